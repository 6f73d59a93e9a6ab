// Where an announcement goes: the PA through ALSA's aplay, or — in the simulator and the tests — a WAV
// file per announcement. A call may name the device (a hall's speaker): aplay plays on it; the file player
// keeps the device in the file's name.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Player {
  readonly kind: 'alsa' | 'file';
  /** Resolves when the sound has been played (or written); `device` is an ALSA device, else the player's own. */
  play(wav: Buffer, name: string, device?: string): Promise<void>;
}

export class AplayPlayer implements Player {
  readonly kind = 'alsa' as const;
  constructor(private device?: string) {}

  play(wav: Buffer, _name: string, device = this.device): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn('aplay', ['-q', ...(device ? ['-D', device] : []), '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('error', (e) => reject(new Error(`aplay: ${e.message}`)));
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`aplay exited with ${code}: ${err.trim()}`))));
      child.stdin.on('error', () => {});
      child.stdin.end(wav);
    });
  }
}

export class FilePlayer implements Player {
  readonly kind = 'file' as const;
  readonly written: string[] = [];
  private n = 0;
  constructor(private dir: string) {}

  async play(wav: Buffer, name: string, device?: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const named = device ? `${name}@${device}` : name;
    const file = join(this.dir, `${String(++this.n).padStart(4, '0')}-${named.replace(/[^\p{L}\p{N}-]/gu, '_')}.wav`);
    await writeFile(file, wav);
    this.written.push(file);
    if (this.written.length > 200) this.written.shift();
  }
}
