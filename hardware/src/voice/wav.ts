// Mono 16-bit PCM audio in memory, and the WAV files it comes from and goes to. Every piece of an
// announcement is brought to one rate here, so pieces from festival, espeak-ng and the chime join cleanly.

export const RATE = 16_000;

export interface Pcm {
  rate: number;
  samples: Int16Array;
}

export function parseWav(buf: Buffer): Pcm {
  if (buf.length < 44 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  let off = 12, rate = 0, channels = 0, bits = 0, format = 0;
  let data: Buffer | null = null;
  while (off + 8 <= buf.length) {
    const id = buf.toString('ascii', off, off + 4);
    // Some writers (espeak-ng to a pipe) leave the size at 0xffffffff: take the rest of the file then.
    let size = buf.readUInt32LE(off + 4);
    if (size === 0xffffffff || off + 8 + size > buf.length) size = buf.length - off - 8;
    if (id === 'fmt ') {
      format = buf.readUInt16LE(off + 8);
      channels = buf.readUInt16LE(off + 10);
      rate = buf.readUInt32LE(off + 12);
      bits = buf.readUInt16LE(off + 22);
    } else if (id === 'data') {
      data = buf.subarray(off + 8, off + 8 + size);
    }
    off += 8 + size + (size % 2);
  }
  if (!data || format !== 1 || bits !== 16 || channels < 1) throw new Error(`unsupported WAV (format ${format}, ${bits} bit, ${channels} ch)`);
  const frames = Math.floor(data.length / (2 * channels));
  const samples = new Int16Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += data.readInt16LE((i * channels + c) * 2);
    samples[i] = Math.round(sum / channels);
  }
  return { rate, samples };
}

export function wavBytes(pcm: Pcm): Buffer {
  const data = pcm.samples.length * 2;
  const buf = Buffer.alloc(44 + data);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + data, 4);
  buf.write('WAVEfmt ', 8, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(pcm.rate, 24);
  buf.writeUInt32LE(pcm.rate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(data, 40);
  Buffer.from(pcm.samples.buffer, pcm.samples.byteOffset, data).copy(buf, 44);
  return buf;
}

/** Linear-interpolation resampling: plenty for speech through a PA. */
export function resample(pcm: Pcm, rate = RATE): Pcm {
  if (pcm.rate === rate) return pcm;
  const ratio = pcm.rate / rate;
  const out = new Int16Array(Math.floor(pcm.samples.length / ratio));
  for (let i = 0; i < out.length; i++) {
    const x = i * ratio, j = Math.floor(x), f = x - j;
    const a = pcm.samples[j]!, b = pcm.samples[Math.min(j + 1, pcm.samples.length - 1)]!;
    out[i] = Math.round(a + (b - a) * f);
  }
  return { rate, samples: out };
}

export const silence = (ms: number, rate = RATE): Pcm => ({ rate, samples: new Int16Array(Math.round((rate * ms) / 1000)) });

export function concat(parts: Pcm[], rate = RATE): Pcm {
  const same = parts.map((p) => resample(p, rate));
  const out = new Int16Array(same.reduce((n, p) => n + p.samples.length, 0));
  let off = 0;
  for (const p of same) {
    out.set(p.samples, off);
    off += p.samples.length;
  }
  return { rate, samples: out };
}

export function scale(pcm: Pcm, gain: number): Pcm {
  if (gain === 1) return pcm;
  const out = new Int16Array(pcm.samples.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(-32768, Math.min(32767, Math.round(pcm.samples[i]! * gain)));
  return { rate: pcm.rate, samples: out };
}

/** Cuts the silence a synthesizer leaves around a word, keeping `keepMs` of it. */
export function trimSilence(pcm: Pcm, threshold = 300, keepMs = 30): Pcm {
  const s = pcm.samples;
  let a = 0, b = s.length - 1;
  while (a < s.length && Math.abs(s[a]!) < threshold) a++;
  while (b > a && Math.abs(s[b]!) < threshold) b--;
  if (a >= s.length) return { rate: pcm.rate, samples: new Int16Array(0) };
  const keep = Math.round((pcm.rate * keepMs) / 1000);
  return { rate: pcm.rate, samples: s.slice(Math.max(0, a - keep), Math.min(s.length, b + 1 + keep)) };
}

export const durationMs = (pcm: Pcm) => (pcm.samples.length * 1000) / pcm.rate;

/** Root-mean-square level of a stretch, for checks that speech is really there. */
export function rms(pcm: Pcm, fromMs = 0, toMs = durationMs(pcm)): number {
  const a = Math.floor((fromMs * pcm.rate) / 1000), b = Math.min(pcm.samples.length, Math.floor((toMs * pcm.rate) / 1000));
  let sum = 0;
  for (let i = a; i < b; i++) sum += pcm.samples[i]! ** 2;
  return b > a ? Math.sqrt(sum / (b - a)) : 0;
}
