// Each spoken piece is synthesized once: kept in memory and as a WAV file in the cache folder, so that
// after the first start of the day a call never waits for a synthesizer. A file appears whole (written
// aside, then renamed), so several daemons may share one cache folder.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SPEECH_LEVEL_DBFS } from './loudness.js';
import type { SpeechEngine } from './speech-engine.js';
import { parseWav, wavBytes, type Pcm } from './wav.js';

export class PieceCache {
  private memory = new Map<string, Pcm>();
  private tail: Promise<unknown> = Promise.resolve();
  renders = 0;

  constructor(private engine: SpeechEngine, private dir: string | null) {}

  private file(text: string): string | null {
    if (!this.dir) return null;
    const hash = createHash('sha1').update(text).digest('hex').slice(0, 20);
    // The level is in the name: pieces cached before every voice was brought to one loudness, or at
    // another level, are rendered again rather than played too loud or too soft.
    return join(this.dir, `${this.engine.name}-${this.engine.language}-L${-SPEECH_LEVEL_DBFS}-${hash}.wav`);
  }

  has(text: string): boolean {
    return this.memory.has(text);
  }

  /** The pieces, from memory, disk, or one synthesizer run for all that are missing. */
  async get(texts: string[]): Promise<Map<string, Pcm>> {
    const missing = [...new Set(texts.filter((t) => !this.memory.has(t)))];
    if (missing.length > 0) {
      // Renders run one at a time: festival takes hundreds of MB while it works.
      const job = this.tail.then(() => this.fill(missing));
      this.tail = job.catch(() => {});
      await job;
    }
    return new Map(texts.map((t) => [t, this.memory.get(t)!]));
  }

  private async fill(texts: string[]) {
    const toRender: string[] = [];
    for (const t of texts) {
      if (this.memory.has(t)) continue;
      const file = this.file(t);
      const cached = file ? await readFile(file).then(parseWav, () => null) : null;
      if (cached) this.memory.set(t, cached);
      else toRender.push(t);
    }
    if (toRender.length === 0) return;
    const rendered = await this.engine.render(toRender);
    this.renders += toRender.length;
    if (this.dir) await mkdir(this.dir, { recursive: true });
    for (const [t, pcm] of rendered) {
      this.memory.set(t, pcm);
      const file = this.file(t);
      if (file) {
        const aside = `${file}.${randomBytes(4).toString('hex')}.tmp`;
        await writeFile(aside, wavBytes(pcm));
        await rename(aside, file);
      }
    }
  }
}
