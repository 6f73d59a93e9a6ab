// The hall's information line edited one language at a time: the head types the Russian, Ukrainian or
// English messages, one a line, and the other languages of each message are kept as they were.
import type { Language } from 'queue-core/ui';

export type InfoLine = { ru: string; uk?: string; en?: string };

/**
 * The information line after the messages of one language were typed anew. Messages are matched by their
 * place: the Russian text decides how many there are (a message without it cannot be shown); a Ukrainian
 * or English line left empty drops that translation only, and the Russian text stands in for it.
 */
export function editInfoLine(current: InfoLine[], lang: Language, typed: string): InfoLine[] {
  const lines = typed.split('\n').map((s) => s.trim());
  if (lang === 'ru') {
    const kept = lines.filter(Boolean);
    return kept.map((ru, i) => ({ ...(current[i] ?? {}), ru }));
  }
  return current.map((item, i) => {
    const { [lang]: _old, ...rest } = item;
    const text = lines[i] ?? '';
    return text ? { ...rest, [lang]: text } : rest;
  });
}
