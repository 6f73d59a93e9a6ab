// An announcement as a list of pieces to be spoken, from the configured template:
// "Талон {ticket}, пройдите в кабину номер {booth}" with Д105 and booth 2 →
// ["Талон", "дэ", "сто", "пять", <pause>, "пройдите в кабину номер", "два"].
// The template's own words stay whole (they sound best so); numbers and letters go word by word,
// so that a few dozen cached pieces say every ticket there is.
import { numberWords, ticketWords, type VoiceLanguage } from './spoken-numbers.js';

export type Piece = { text: string } | { pauseMs: number };

export const DEFAULT_TEMPLATES: Record<VoiceLanguage, string> = {
  ru: 'Талон {ticket}, пройдите в кабину номер {booth}',
  uk: 'Талон {ticket}, пройдіть до кабіни номер {booth}',
};

/**
 * A life situation's step finished and the next one is queued: the citizen is sent on. With a booth (the
 * next step is that booth's), "{booth}" names it; without one (the next step waits in a direction's
 * line), the citizen waits to be called. The call at the next step is then the ordinary one above.
 */
export const NEXT_STEP_TEMPLATES: Record<VoiceLanguage, { booth: string; queue: string }> = {
  ru: { booth: 'Талон {ticket}, следующий шаг: пройдите к кабине номер {booth}', queue: 'Талон {ticket}, следующий шаг: ожидайте вызова' },
  uk: { booth: 'Талон {ticket}, наступний крок: пройдіть до кабіни номер {booth}', queue: 'Талон {ticket}, наступний крок: очікуйте виклику' },
};

const COMMA_PAUSE_MS = 180;

export function announcementPieces(template: string, label: string, booth: number, lang: VoiceLanguage): Piece[] {
  const pieces: Piece[] = [];
  for (const part of template.split(/(\{ticket\}|\{booth\})/)) {
    if (part === '{ticket}') pieces.push(...ticketWords(label, lang).map((text) => ({ text })));
    else if (part === '{booth}') pieces.push(...numberWords(booth, lang).map((text) => ({ text })));
    else {
      // A comma or a full stop in the template becomes a short pause between the spoken pieces.
      for (const [i, chunk] of part.split(/[,.;:!?]+/).entries()) {
        if (i > 0) pieces.push({ pauseMs: COMMA_PAUSE_MS });
        const text = chunk.trim();
        if (text) pieces.push({ text });
      }
    }
  }
  return pieces;
}

/** Every piece any ticket of these prefixes (numbers from..to) and booths may need: cached up front. */
export function allPieces(template: string, prefixes: string[], booths: number[], lang: VoiceLanguage, numbers: [number, number] = [100, 999]): string[] {
  const set = new Set<string>();
  const add = (ps: Piece[]) => ps.forEach((p) => 'text' in p && set.add(p.text));
  for (const prefix of prefixes) add(announcementPieces(template, `${prefix}${numbers[0]}`, booths[0] ?? 1, lang));
  // The words of a life situation's next step, so that sending a citizen on is as quick as a call.
  for (const t of Object.values(NEXT_STEP_TEMPLATES[lang])) add(announcementPieces(t, `${prefixes[0] ?? 'А'}${numbers[0]}`, booths[0] ?? 1, lang));
  for (let n = numbers[0]; n <= numbers[1]; n++) numberWords(n, lang).forEach((w) => set.add(w));
  for (const b of booths) numberWords(b, lang).forEach((w) => set.add(w));
  return [...set];
}

/** What may reach a speech engine: letters, digits, spaces, the apostrophe and plain punctuation. */
export function speakable(text: string): string {
  return text.replace(/[^\p{L}\p{N}\s,.!?'-]/gu, ' ').replace(/\s+/g, ' ').trim();
}
