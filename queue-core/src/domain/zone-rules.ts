// A time zone's offsets from UTC, read from the system's time zone database (TZif, RFC 8536) rather than
// through Intl: the first use of Intl makes Node bring ICU's locale data into memory, some 8 MB that a
// Raspberry Pi serving 200 screens would rather keep. Pure: it is given the file's bytes.
//
// A TZif file lists the zone's past transitions; what follows the last one is a POSIX TZ rule in the footer
// ("EET-2EEST,M3.5.0/3,M10.5.0/4": standard time 2 h east of UTC, summer time from the last Sunday of March
// 03:00 to the last Sunday of October 04:00).

export interface PosixRule {
  /** Seconds east of UTC in standard and in daylight-saving time. */
  stdOffset: number;
  dstOffset: number;
  /** Null when the zone keeps one offset all year. */
  start: RuleDate | null;
  end: RuleDate | null;
}

type RuleDate =
  | { kind: 'julian'; day: number; time: number } // Jn: 1..365, February 29 never counted
  | { kind: 'zero'; day: number; time: number } // n: 0..365, February 29 counted in leap years
  | { kind: 'month'; month: number; week: number; weekday: number; time: number }; // Mm.w.d

export interface ZoneRules {
  name: string;
  /** Transition instants (seconds since the epoch, ascending) and the offset (seconds east) from each on. */
  transitions: number[];
  offsets: number[];
  /** The offset before the first transition. */
  initialOffset: number;
  /** What applies after the last transition; null when the last offset simply continues. */
  rule: PosixRule | null;
}

export class ZoneFileError extends Error {
  constructor(name: string, why: string) {
    super(`time zone ${name}: ${why}`);
    this.name = 'ZoneFileError';
  }
}

/** Reads a TZif file (versions 1 to 4). */
export function parseZoneFile(name: string, bytes: Uint8Array): ZoneRules {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (why: string): never => {
    throw new ZoneFileError(name, why);
  };
  const header = (at: number) => {
    if (bytes.length < at + 44) fail('the file is truncated');
    if (String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!) !== 'TZif') fail('not a TZif file');
    const count = (i: number) => view.getUint32(at + 20 + i * 4);
    return { version: bytes[at + 4]!, isut: count(0), isstd: count(1), leap: count(2), time: count(3), type: count(4), chars: count(5) };
  };
  const v1 = header(0);
  const v1Size = v1.time * 5 + v1.type * 6 + v1.chars + v1.leap * 8 + v1.isstd + v1.isut;
  // Version 2 and later repeat the data with 64-bit times and add the footer rule.
  const wide = v1.version >= 0x32;
  const start = wide ? 44 + v1Size : 0;
  const h = wide ? header(start) : v1;
  const timeSize = wide ? 8 : 4;
  let p = start + 44;
  const blockSize = h.time * (timeSize + 1) + h.type * 6 + h.chars + h.leap * (timeSize + 4) + h.isstd + h.isut;
  if (bytes.length < p + blockSize) fail('the file is truncated');
  if (h.type === 0) fail('no local time types');
  const times: number[] = [];
  for (let i = 0; i < h.time; i++, p += timeSize) times.push(wide ? Number(view.getBigInt64(p)) : view.getInt32(p));
  const typeIndex: number[] = [];
  for (let i = 0; i < h.time; i++, p++) typeIndex.push(bytes[p]!);
  const typeOffsets: number[] = [];
  for (let i = 0; i < h.type; i++, p += 6) typeOffsets.push(view.getInt32(p));
  if (typeIndex.some((t) => t >= h.type)) fail('a transition names a missing local time type');
  p += h.chars + h.leap * (timeSize + 4) + h.isstd + h.isut;
  let rule: PosixRule | null = null;
  if (wide && bytes[p] === 0x0a) {
    const end = bytes.indexOf(0x0a, p + 1);
    const footer = new TextDecoder().decode(bytes.subarray(p + 1, end < 0 ? bytes.length : end));
    if (footer) rule = parsePosixRule(footer) ?? fail(`cannot read its rule "${footer}"`);
  }
  return { name, transitions: times, offsets: typeIndex.map((t) => typeOffsets[t]!), initialOffset: typeOffsets[0]!, rule };
}

/** Parses a POSIX TZ string such as "MSK-3" or "EET-2EEST,M3.5.0/3,M10.5.0/4"; null if it is not one. */
export function parsePosixRule(text: string): PosixRule | null {
  let i = 0;
  const name = (): boolean => {
    if (text[i] === '<') {
      const close = text.indexOf('>', i);
      if (close < 0) return false;
      i = close + 1;
      return true;
    }
    const m = /^[A-Za-z]{3,}/.exec(text.slice(i));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  /** [+-]hh[:mm[:ss]] in seconds. */
  const clock = (): number | null => {
    const m = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(text.slice(i));
    if (!m) return null;
    i += m[0].length;
    const s = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === '-' ? -s : s;
  };
  const date = (): RuleDate | null => {
    let d: RuleDate;
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^M(\d{1,2})\.(\d)\.(\d)/.exec(rest))) {
      const [month, week, weekday] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (month < 1 || month > 12 || week < 1 || week > 5 || weekday > 6) return null;
      d = { kind: 'month', month, week, weekday, time: 7200 };
    } else if ((m = /^J(\d{1,3})/.exec(rest))) {
      const day = Number(m[1]);
      if (day < 1 || day > 365) return null;
      d = { kind: 'julian', day, time: 7200 };
    } else if ((m = /^(\d{1,3})/.exec(rest))) {
      const day = Number(m[1]);
      if (day > 365) return null;
      d = { kind: 'zero', day, time: 7200 };
    } else return null;
    i += m[0].length;
    if (text[i] === '/') {
      i++;
      const t = clock();
      if (t === null) return null;
      d.time = t;
    }
    return d;
  };

  if (!name()) return null;
  const std = clock();
  if (std === null) return null;
  const stdOffset = -std; // POSIX counts hours west of Greenwich
  if (i === text.length) return { stdOffset, dstOffset: stdOffset, start: null, end: null };
  if (!name()) return null;
  let dstOffset = stdOffset + 3600;
  if (text[i] !== ',' && i < text.length) {
    const dst = clock();
    if (dst === null) return null;
    dstOffset = -dst;
  }
  let start: RuleDate | null, end: RuleDate | null;
  if (i === text.length) {
    // No dates: POSIX leaves them to the implementation; the usual choice is the US rule.
    start = { kind: 'month', month: 3, week: 2, weekday: 0, time: 7200 };
    end = { kind: 'month', month: 11, week: 1, weekday: 0, time: 7200 };
  } else {
    if (text[i++] !== ',') return null;
    start = date();
    if (!start || text[i++] !== ',') return null;
    end = date();
    if (!end || i !== text.length) return null;
  }
  return { stdOffset, dstOffset, start, end };
}

const DAY = 86_400;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Seconds since the epoch of local midnight (in the offset's own terms) that starts the rule's day in `year`. */
function ruleDay(d: RuleDate, year: number): number {
  const jan1 = Date.UTC(year, 0, 1) / 1000;
  switch (d.kind) {
    case 'julian':
      return jan1 + (d.day - 1 + (isLeap(year) && d.day >= 60 ? 1 : 0)) * DAY;
    case 'zero':
      return jan1 + d.day * DAY;
    case 'month': {
      const first = new Date(Date.UTC(year, d.month - 1, 1));
      const days = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
      let day = 1 + ((d.weekday - first.getUTCDay() + 7) % 7) + (d.week - 1) * 7;
      while (day > days) day -= 7;
      return Date.UTC(year, d.month - 1, day) / 1000;
    }
  }
}

/** Offset (seconds east) of a POSIX rule at an instant (seconds since the epoch). */
export function ruleOffsetAt(rule: PosixRule, at: number): number {
  if (!rule.start || !rule.end) return rule.stdOffset;
  const year = new Date((at + rule.stdOffset) * 1000).getUTCFullYear();
  // Summer time starts at a time given in standard time and ends at one given in summer time.
  const starts = ruleDay(rule.start, year) + rule.start.time - rule.stdOffset;
  const ends = ruleDay(rule.end, year) + rule.end.time - rule.dstOffset;
  const summer = starts < ends ? at >= starts && at < ends : !(at >= ends && at < starts);
  return summer ? rule.dstOffset : rule.stdOffset;
}

/** The zone's offset from UTC, in milliseconds, at an instant in epoch milliseconds. */
export function zoneOffsetMs(zone: ZoneRules, atMs: number): number {
  const at = Math.floor(atMs / 1000);
  const { transitions: t } = zone;
  if (t.length === 0 || at < t[0]!) return (t.length === 0 && zone.rule ? ruleOffsetAt(zone.rule, at) : zone.initialOffset) * 1000;
  if (at >= t[t.length - 1]! && zone.rule) return ruleOffsetAt(zone.rule, at) * 1000;
  // The last transition at or before `at`.
  let lo = 0, hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return zone.offsets[lo]! * 1000;
}
