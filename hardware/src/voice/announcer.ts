// Calls over the PA: a chime, then "Талон дэ сто пять, пройдите в кабину номер два". Announcements wait
// their turn so two calls never talk over each other. The pieces come from the cache, so speech is
// handed to the player within milliseconds of the call; only a piece never heard before waits for the
// synthesizer. With no synthesizer at all, the chime still sounds.
import { chime } from './chime.js';
import { announcementPieces, allPieces, DEFAULT_TEMPLATES, NEXT_STEP_TEMPLATES } from './phrase.js';
import type { PieceCache } from './piece-cache.js';
import type { Player } from './player.js';
import type { EngineChoice } from './speech-engine.js';
import type { VoiceLanguage } from './spoken-numbers.js';
import { playerProblem, type VoiceProblem } from './voice-problem.js';
import { concat, durationMs, scale, silence, wavBytes, type Pcm } from './wav.js';

export interface VoiceStatus {
  state: 'ok' | 'simulated' | 'fallback' | 'off' | 'failed';
  engine?: string;
  /** What is wrong, as a code the screens put in words; the raw message is in `detail`. */
  problem?: VoiceProblem;
  detail?: string;
}

export interface AnnouncerOptions {
  language: VoiceLanguage;
  template?: string;
  volume: number;
  /** How many times the words are said after one chime. */
  repeat: number;
  choice: EngineChoice;
  cache: PieceCache | null;
  player: Player;
  log?: (line: string) => void;
}

export interface Announcement {
  label: string;
  /** The booth called to (or sent on to); null when a life situation's next step waits in a direction's line. */
  booth: number | null;
  /** The ALSA devices it was played on (a hall's speaker, or every hall's); [undefined] is the office's one PA. */
  devices: (string | undefined)[];
  /** From the call reaching the announcer to the whole sound handed to the player. */
  handoffMs: number;
  durationMs: number;
  pieces: string[];
}

const WORD_GAP_MS = 40;
const REPEAT_GAP_MS = 700;

export class Announcer {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly template: string;
  private readonly chime: Pcm;
  private playerError: string | null = null;
  private statusListeners = new Set<(s: VoiceStatus) => void>();
  readonly history: Announcement[] = [];

  constructor(private o: AnnouncerOptions) {
    this.template = o.template ?? DEFAULT_TEMPLATES[o.language];
    this.chime = chime();
  }

  status(): VoiceStatus {
    const { choice, player } = this.o;
    const engine = choice.engine?.name;
    if (this.playerError) return { state: 'failed', engine, problem: playerProblem(this.playerError), detail: this.playerError };
    if (choice.state === 'failed') return { state: 'failed', problem: 'no-engine', detail: choice.detail };
    if (choice.state === 'fallback') return { state: 'fallback', engine, problem: 'fallback-voice', detail: choice.detail };
    return { state: player.kind === 'file' ? 'simulated' : 'ok', engine };
  }

  /** Called whenever the status changes: the PA failing or coming back is news for the staff at once. */
  onStatus(fn: (s: VoiceStatus) => void): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  private setPlayerError(error: string | null) {
    if (error === this.playerError) return;
    this.playerError = error;
    const status = this.status();
    for (const fn of this.statusListeners) fn(status);
  }

  /** Synthesizes every piece the office's tickets and booths can need, in the background. */
  async warm(prefixes: string[], booths: number[]): Promise<number> {
    if (!this.o.cache) return 0;
    const pieces = allPieces(this.template, prefixes, booths, this.o.language);
    await this.o.cache.get(pieces);
    return pieces.length;
  }

  /** Queues a call; resolves when it has been handed to the player and played on each device (at once). */
  announce(label: string, booth: number, devices: (string | undefined)[] = [undefined]): Promise<Announcement> {
    return this.queue(this.template, label, booth, devices);
  }

  /**
   * A life situation's step finished: the citizen is sent on to the next step's booth, or told to wait to
   * be called when the next step is a direction's line (NEXT_STEP_TEMPLATES), in the office's language.
   */
  announceNextStep(label: string, booth: number | null, devices: (string | undefined)[] = [undefined]): Promise<Announcement> {
    const t = NEXT_STEP_TEMPLATES[this.o.language];
    return this.queue(booth === null ? t.queue : t.booth, label, booth, devices);
  }

  private queue(template: string, label: string, booth: number | null, devices: (string | undefined)[]): Promise<Announcement> {
    const receivedAt = performance.now();
    const job = this.tail.then(() => this.speak(template, label, booth, devices, receivedAt));
    this.tail = job.catch(() => {});
    return job;
  }

  private async speak(template: string, label: string, booth: number | null, devices: (string | undefined)[], receivedAt: number): Promise<Announcement> {
    // The sound is put together on the next turn of the event loop, once the screens have the call:
    // mixing a few seconds of audio must not hold up the hall display.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const pieces = announcementPieces(template, label, booth ?? 0, this.o.language);
    const texts = pieces.flatMap((p) => ('text' in p ? [p.text] : []));
    const parts: Pcm[] = [this.chime, silence(150)];
    if (this.o.cache) {
      let words: Map<string, Pcm> | null = null;
      try {
        words = await this.o.cache.get(texts);
      } catch (e) {
        this.o.log?.(`voice: synthesis failed, chime only: ${(e as Error).message}`);
      }
      if (words) {
        for (let r = 0; r < this.o.repeat; r++) {
          if (r > 0) parts.push(silence(REPEAT_GAP_MS));
          for (const p of pieces) parts.push('text' in p ? words.get(p.text)! : silence(p.pauseMs), silence(WORD_GAP_MS));
        }
      }
    }
    const sound = scale(concat(parts), this.o.volume);
    const wav = wavBytes(sound);
    const handoffMs = performance.now() - receivedAt;
    try {
      await Promise.all(devices.map((d) => this.o.player.play(wav, `${label}-${booth ?? 'next'}`, d)));
      this.setPlayerError(null);
    } catch (e) {
      const error = `cannot play: ${(e as Error).message}`;
      this.o.log?.(`voice: ${error}`);
      this.setPlayerError(error);
    }
    const done: Announcement = { label, booth, devices, handoffMs, durationMs: durationMs(sound), pieces: texts };
    this.history.push(done);
    if (this.history.length > 100) this.history.shift();
    return done;
  }

  idle(): Promise<unknown> {
    return this.tail;
  }
}
