// The office's halls: which booths and directions each holds, which hall a ticket is in, and where its
// call is spoken. An office that lists no halls has one, holding every booth and direction, so
// everything reads as it did before halls existed. Booths and directions a hall list leaves out belong
// to the first hall. Pure: the configuration goes in, answers come out.

type Names = { ru: string; uk?: string; en?: string };

/** What this module reads of the configuration (structural, so the config schema may use it too). */
export interface HallsSource {
  /** A direction with `steps` is a life situation: it belongs to no hall, its ticket is in the hall of its step's direction. */
  directions: { id: string; steps?: unknown[] | undefined }[];
  booths: { number: number; directions: string[] }[];
  halls?: { id: string; name: Names; booths?: number[]; directions?: string[]; speaker?: string }[];
}

/** A hall with every booth and direction it holds. `speaker`: an ALSA device, "everywhere", or absent (the office's one PA). */
export interface Hall {
  id: string;
  name: Names;
  booths: number[];
  directions: string[];
  speaker?: string;
}

/** The hall id of an office that lists none. */
export const DEFAULT_HALL_ID = 'main';

/** What a speaker set to this plays on: every hall's speaker. */
export const EVERYWHERE = 'everywhere';

const DEFAULT_HALL_NAME: Readonly<Names> = { ru: 'Зал', uk: 'Зал', en: 'Hall' };

/** Every hall with what it holds; always at least one. */
/** The directions with a line of their own: not the life situations, whose tickets wait in their steps' lines. */
const lines = (c: HallsSource) => c.directions.filter((d) => d.steps === undefined);

export function hallsOf(c: HallsSource): Hall[] {
  const listed = c.halls ?? [];
  if (listed.length === 0) {
    return [{ id: DEFAULT_HALL_ID, name: DEFAULT_HALL_NAME, booths: c.booths.map((b) => b.number), directions: lines(c).map((d) => d.id) }];
  }
  const halls: Hall[] = listed.map((h) => ({ id: h.id, name: h.name, booths: [...(h.booths ?? [])], directions: [...(h.directions ?? [])], ...(h.speaker ? { speaker: h.speaker } : {}) }));
  const boothsPlaced = new Set(halls.flatMap((h) => h.booths));
  const directionsPlaced = new Set(halls.flatMap((h) => h.directions));
  const first = halls[0]!;
  for (const b of c.booths) if (!boothsPlaced.has(b.number)) first.booths.push(b.number);
  for (const d of lines(c)) if (!directionsPlaced.has(d.id)) first.directions.push(d.id);
  return halls;
}

/** More than one hall: only then does a ticket say which hall to go to. */
export const hasSeveralHalls = (c: HallsSource): boolean => (c.halls?.length ?? 0) > 1;

export const hallById = (c: HallsSource, id: string): Hall | undefined => hallsOf(c).find((h) => h.id === id);

export const hallOfDirection = (c: HallsSource, directionId: string): Hall | undefined => hallsOf(c).find((h) => h.directions.includes(directionId));

export const hallOfBooth = (c: HallsSource, booth: number): Hall | undefined => hallsOf(c).find((h) => h.booths.includes(booth));

/**
 * The hall a ticket is in: the hall of the booth that called it, else of the booth it was sent to, else of
 * its direction. One hall a ticket, so a call shows on the display of the hall the citizen must go to.
 */
export function hallOfTicket(c: HallsSource, t: { directionId: string; booth: number | null; targetBooth: number | null }): Hall | undefined {
  if (t.booth !== null) return hallOfBooth(c, t.booth);
  if (t.targetBooth !== null) return hallOfBooth(c, t.targetBooth);
  return hallOfDirection(c, t.directionId);
}

/**
 * The ALSA devices a call at this booth is played on: its hall's speaker; for "everywhere", every speaker
 * of the office once. `undefined` stands for the office's one PA (hardware.voice.alsaDevice), which is the
 * speaker of every hall that names no device of its own.
 */
export function speakersForBooth(c: HallsSource, booth: number): (string | undefined)[] {
  const own = (s: string | undefined) => (s === EVERYWHERE ? undefined : s);
  const speaker = hallOfBooth(c, booth)?.speaker;
  if (speaker !== EVERYWHERE) return [speaker];
  return [...new Set(hallsOf(c).map((h) => own(h.speaker)))];
}

/** What the configuration's halls get wrong, each with the path of the field and English words. */
export function hallProblems(c: HallsSource): { path: (string | number)[]; message: string }[] {
  const listed = c.halls ?? [];
  if (listed.length === 0) return [];
  const problems: { path: (string | number)[]; message: string }[] = [];
  const boothNumbers = new Set(c.booths.map((b) => b.number));
  const directionIds = new Set(c.directions.map((d) => d.id));
  const boothHall = new Map<number, string>();
  const directionHall = new Map<string, string>();
  listed.forEach((h, i) => {
    (h.booths ?? []).forEach((b) => {
      if (!boothNumbers.has(b)) problems.push({ path: ['halls', i, 'booths'], message: `unknown booth ${b}` });
      else if (boothHall.has(b)) problems.push({ path: ['halls', i, 'booths'], message: `booth ${b} is already in hall "${boothHall.get(b)}"` });
      else boothHall.set(b, h.id);
    });
    (h.directions ?? []).forEach((d) => {
      if (!directionIds.has(d)) problems.push({ path: ['halls', i, 'directions'], message: `unknown direction ${JSON.stringify(d)}` });
      else if (directionHall.has(d)) problems.push({ path: ['halls', i, 'directions'], message: `direction "${d}" is already in hall "${directionHall.get(d)}"` });
      else directionHall.set(d, h.id);
    });
  });
  if (problems.length) return problems;
  // A citizen is sent to the hall of the direction; a booth in another hall would call them in vain.
  const halls = hallsOf(c);
  c.booths.forEach((b, i) => {
    const hall = halls.find((h) => h.booths.includes(b.number))!;
    b.directions.forEach((d) => {
      const home = halls.find((h) => h.directions.includes(d));
      if (home && home.id !== hall.id) problems.push({ path: ['booths', i, 'directions'], message: `booth ${b.number} is in hall "${hall.id}" but direction "${d}" is in hall "${home.id}"` });
    });
  });
  halls.forEach((h, i) => {
    if (h.booths.length === 0) problems.push({ path: ['halls', i, 'booths'], message: `hall "${h.id}" has no booth` });
  });
  return problems;
}

/** What one hall's display is sent: its booths, its directions and the tickets in it. */
export interface HallFilter {
  hall: Hall;
  hasBooth(booth: number): boolean;
  hasDirection(directionId: string): boolean;
  hasTicket(t: { directionId: string; booth: number | null; targetBooth: number | null }): boolean;
}

/** The filter of one hall, built once for a frame; undefined for a hall the configuration does not have. */
export function hallFilter(c: HallsSource, id: string): HallFilter | undefined {
  const halls = hallsOf(c);
  const hall = halls.find((h) => h.id === id);
  if (!hall) return undefined;
  const booths = new Set(hall.booths);
  const directions = new Set(hall.directions);
  return {
    hall,
    hasBooth: (b) => booths.has(b),
    hasDirection: (d) => directions.has(d),
    hasTicket: (t) => (t.booth !== null ? booths.has(t.booth) : t.targetBooth !== null ? booths.has(t.targetBooth) : directions.has(t.directionId)),
  };
}
