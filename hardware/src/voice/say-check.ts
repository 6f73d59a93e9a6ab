// `npm run doctor` speaks its test phrase through the `say` package, the way it drives festival live
// on Linux: say writes `(voice) (SayText "text")` into `festival --pipe`, so the voice must be one of
// ours and the text must hold nothing festival's Scheme reader would take for code.
import say from 'say';
import { FESTIVAL_RU_VOICE } from './speech-engine.js';
import { speakable } from './phrase.js';

export function sayAloud(text: string): Promise<void> {
  const safe = speakable(text).replace(/["\\]/g, '');
  return new Promise((resolve, reject) => {
    say.speak(safe, FESTIVAL_RU_VOICE, undefined, (err) => (err ? reject(typeof err === 'string' ? new Error(err) : err) : resolve()));
  });
}
