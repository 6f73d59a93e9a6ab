// The kiosk's own voice for its accessible mode: a prompt (phrases, numbers, ticket numbers, pauses) made
// into one WAV that the kiosk plays through its speaker. It speaks with the office's offline voice of each
// language — festival for Russian, espeak-ng for Ukrainian and English — through the same piece cache as
// the PA's calls, so numbers and letters are synthesized once and shared with them; whole prompts are kept
// in a small memory cache of the most recent ones.
import { createHash } from 'node:crypto';
import { PieceCache } from './piece-cache.js';
import { chooseEngine, EspeakEngine, type EngineName } from './speech-engine.js';
import { numberWords, ticketWords } from './spoken-numbers.js';
import { concat, silence, wavBytes, type Pcm } from './wav.js';

export type PromptLanguage = 'ru' | 'uk' | 'en';
export type PromptPart = { text: string } | { number: number } | { ticket: string } | { pauseMs: number };

export interface PromptVoiceOptions {
  /** The engine the office chose for its PA (`hardware.voice.engine`); Ukrainian and English speak with espeak-ng. */
  engine: EngineName;
  /** Where pieces are cached on disk (shared with the PA's); null keeps them in memory only. */
  cacheDir: string | null;
  /** How many whole prompts are kept (default 200). */
  maxPrompts?: number;
  log?: (line: string) => void;
}

const WORD_GAP_MS = 60;

/** The words a part is spoken with: numbers and tickets word by word in Russian and Ukrainian; English
 * reads the digits itself. */
function words(part: PromptPart, lang: PromptLanguage): string[] {
  if ('text' in part) return [part.text];
  if ('pauseMs' in part) return [];
  if (lang === 'en') return 'number' in part ? [String(part.number)] : [part.ticket.replace(/^(\p{L}+)(\d+)$/u, '$1 $2')];
  return 'number' in part ? numberWords(part.number, lang) : ticketWords(part.ticket, lang);
}

export class PromptVoice {
  private readonly caches = new Map<PromptLanguage, Promise<PieceCache | null>>();
  private readonly wavs = new Map<string, Buffer>();
  /** Prompts put together from pieces (not served from the prompt cache): for tests and the log. */
  built = 0;

  constructor(private readonly o: PromptVoiceOptions) {}

  private cache(lang: PromptLanguage): Promise<PieceCache | null> {
    let c = this.caches.get(lang);
    if (!c) {
      c = (async () => {
        if (lang === 'en') return (await EspeakEngine.available()).ok ? new PieceCache(new EspeakEngine('en'), this.o.cacheDir) : null;
        const choice = await chooseEngine(this.o.engine, lang);
        if (!choice.engine) this.o.log?.(`kiosk voice (${lang}): ${choice.detail}`);
        return choice.engine ? new PieceCache(choice.engine, this.o.cacheDir) : null;
      })();
      this.caches.set(lang, c);
    }
    return c;
  }

  /** The prompt as WAV bytes, or null when no voice can speak the language here. */
  async wav(parts: PromptPart[], lang: PromptLanguage): Promise<Buffer | null> {
    const key = createHash('sha1').update(JSON.stringify([lang, parts])).digest('hex');
    const kept = this.wavs.get(key);
    if (kept) {
      // The most recently used stays longest.
      this.wavs.delete(key);
      this.wavs.set(key, kept);
      return kept;
    }
    const cache = await this.cache(lang);
    if (!cache) return null;
    const texts = parts.flatMap((p) => words(p, lang));
    const pcm = await cache.get(texts);
    const sound: Pcm[] = [silence(120)];
    for (const p of parts) {
      if ('pauseMs' in p) sound.push(silence(p.pauseMs));
      else for (const w of words(p, lang)) sound.push(pcm.get(w)!, silence(WORD_GAP_MS));
    }
    sound.push(silence(200));
    const bytes = wavBytes(concat(sound));
    this.built++;
    this.wavs.set(key, bytes);
    while (this.wavs.size > (this.o.maxPrompts ?? 200)) this.wavs.delete(this.wavs.keys().next().value!);
    return bytes;
  }
}
