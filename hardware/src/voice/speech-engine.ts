// Speech synthesis to WAV files, never to a live pipe: festival with the Russian voice (Debian festvox-ru)
// renders many pieces in one run of `festival --batch`; espeak-ng is the fast fallback and the voice for
// Ukrainian. Text reaches an engine only after `speakable()` has left letters, digits and plain
// punctuation: festival reads its input as Scheme, where a quote or a backslash would be code.
import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { normaliseLoudness } from './loudness.js';
import { speakable } from './phrase.js';
import type { VoiceLanguage } from './spoken-numbers.js';
import { parseWav, resample, trimSilence, type Pcm } from './wav.js';

const run = promisify(execFile);

export type EngineName = 'festival' | 'espeak-ng';
/** The PA speaks Russian or Ukrainian; the kiosk's accessible mode speaks English too (espeak-ng). */
export type EngineLanguage = VoiceLanguage | 'en';

export interface SpeechEngine {
  readonly name: EngineName;
  readonly language: EngineLanguage;
  /** Renders each text to mono 16 kHz PCM with the silence around it trimmed, at the speech level
   * every voice shares (loudness.ts). */
  render(texts: string[]): Promise<Map<string, Pcm>>;
}

export const FESTIVAL_RU_VOICE = 'voice_msu_ru_nsh_clunits';
const FESTIVAL_VOICE_DIRS = ['/usr/share/festival/voices/russian/msu_ru_nsh_clunits'];

/** A string literal for festival's Scheme reader. */
export const schemeString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

async function exists(path: string) {
  return access(path).then(() => true, () => false);
}

async function onPath(bin: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && (await exists(join(dir, bin)))) return true;
  return false;
}

export class FestivalEngine implements SpeechEngine {
  readonly name = 'festival' as const;
  readonly language = 'ru' as const;
  constructor(private timeoutMs = 120_000) {}

  static async available(): Promise<{ ok: boolean; why?: string }> {
    if (!(await onPath('festival'))) return { ok: false, why: 'festival is not installed (apt-get install festival festvox-ru)' };
    for (const dir of FESTIVAL_VOICE_DIRS) if (await exists(dir)) return { ok: true };
    return { ok: false, why: 'the Russian festival voice is not installed (apt-get install festvox-ru)' };
  }

  async render(texts: string[]): Promise<Map<string, Pcm>> {
    const out = new Map<string, Pcm>();
    if (texts.length === 0) return out;
    const dir = await mkdtemp(join(tmpdir(), 'queue-festival-'));
    try {
      const files = texts.map((_, i) => join(dir, `${i}.wav`));
      const script = [`(${FESTIVAL_RU_VOICE})`, ...texts.map((t, i) => `(utt.save.wave (utt.synth (Utterance Text ${schemeString(speakable(t))})) ${schemeString(files[i]!)} 'riff)`)].join('\n');
      await writeFile(join(dir, 'render.scm'), script, 'utf8');
      await run('festival', ['--batch', join(dir, 'render.scm')], { timeout: this.timeoutMs });
      for (const [i, t] of texts.entries()) out.set(t, normaliseLoudness(trimSilence(resample(parseWav(await readFile(files[i]!))))));
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

export class EspeakEngine implements SpeechEngine {
  readonly name = 'espeak-ng' as const;
  constructor(readonly language: EngineLanguage, private timeoutMs = 20_000) {}

  static async available(): Promise<{ ok: boolean; why?: string }> {
    return (await onPath('espeak-ng')) ? { ok: true } : { ok: false, why: 'espeak-ng is not installed (apt-get install espeak-ng)' };
  }

  async render(texts: string[]): Promise<Map<string, Pcm>> {
    const out = new Map<string, Pcm>();
    const dir = await mkdtemp(join(tmpdir(), 'queue-espeak-'));
    try {
      for (const [i, t] of texts.entries()) {
        const file = join(dir, `${i}.wav`);
        // The text is one argument after "--": no shell, and never read as an option.
        await run('espeak-ng', ['-v', this.language, '-s', '150', '-w', file, '--', speakable(t)], { timeout: this.timeoutMs });
        out.set(t, normaliseLoudness(trimSilence(resample(parseWav(await readFile(file))))));
      }
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

export interface EngineChoice {
  engine: SpeechEngine | null;
  /** 'ok' when the configured engine is used, 'fallback' when espeak-ng stands in, 'failed' when none. */
  state: 'ok' | 'fallback' | 'failed';
  detail?: string;
}

/** The voice each language is meant to speak with: festival has a Russian voice (festvox-ru) and no
 * Ukrainian one, so a Ukrainian office speaks with espeak-ng by design — that is no fallback. */
export const EXPECTED_ENGINE: Record<VoiceLanguage, EngineName> = { ru: 'festival', uk: 'espeak-ng' };

/** What to install for a language's voice, for the doctor's hints. */
export const VOICE_PACKAGES: Record<VoiceLanguage, string> = { ru: 'festival festvox-ru espeak-ng', uk: 'espeak-ng' };

/** The configured engine if it can speak the language here, else espeak-ng, else none (the chime still
 * sounds). Only a voice other than the one configured for the language is a fallback. */
export async function chooseEngine(wanted: EngineName, language: VoiceLanguage): Promise<EngineChoice> {
  const engine = wanted === 'festival' && language !== 'ru' ? EXPECTED_ENGINE[language] : wanted;
  if (engine === 'festival') {
    const f = await FestivalEngine.available();
    if (f.ok) return { engine: new FestivalEngine(), state: 'ok' };
    const e = await EspeakEngine.available();
    return e.ok ? { engine: new EspeakEngine(language), state: 'fallback', detail: `${f.why}; speaking with espeak-ng` } : { engine: null, state: 'failed', detail: `${f.why}; ${e.why}` };
  }
  const e = await EspeakEngine.available();
  return e.ok ? { engine: new EspeakEngine(language), state: 'ok' } : { engine: null, state: 'failed', detail: e.why };
}
