// Every sound of an announcement at one loudness: festival's Russian voice, espeak-ng's Ukrainian one and
// the chime come out of their makers up to several dB apart, and a PA set for one would blare or mumble
// the other. Each piece is brought to one speech level, measured as the RMS of its sounding stretches
// (20 ms windows within 30 dB of its loudest, so the pauses between syllables do not count), without
// letting its peaks clip. Done here on the samples, so no sox is needed.
import type { Pcm } from './wav.js';

/** The level every piece is brought to, in dBFS (RMS of its sounding stretches). */
export const SPEECH_LEVEL_DBFS = -21;
/** The highest a peak may reach after the gain, in dBFS. */
const PEAK_CEILING_DBFS = -1;
const WINDOW_MS = 20;
const GATE_DB = 30;

export const dbfs = (amplitude: number) => 20 * Math.log10(Math.max(amplitude, 1e-9) / 32768);
const amplitude = (db: number) => 32768 * 10 ** (db / 20);

/** The RMS level of the sounding stretches of a piece, in dBFS (-Infinity for silence). */
export function speechLevel(pcm: Pcm): number {
  const w = Math.max(1, Math.round((pcm.rate * WINDOW_MS) / 1000));
  const energies: number[] = [];
  for (let i = 0; i < pcm.samples.length; i += w) {
    const end = Math.min(pcm.samples.length, i + w);
    let e = 0;
    for (let j = i; j < end; j++) e += pcm.samples[j]! ** 2;
    energies.push(e / (end - i));
  }
  const loudest = Math.max(0, ...energies);
  if (loudest === 0) return -Infinity;
  const gate = loudest / 10 ** (GATE_DB / 10);
  const sounding = energies.filter((e) => e >= gate);
  return dbfs(Math.sqrt(sounding.reduce((a, b) => a + b, 0) / sounding.length));
}

/** The piece brought to `level` dBFS, its peaks kept under the ceiling. Silence stays silence. */
export function normaliseLoudness(pcm: Pcm, level = SPEECH_LEVEL_DBFS): Pcm {
  const now = speechLevel(pcm);
  if (!Number.isFinite(now)) return pcm;
  let peak = 0;
  for (const v of pcm.samples) peak = Math.max(peak, Math.abs(v));
  const gain = Math.min(amplitude(level) / amplitude(now), amplitude(PEAK_CEILING_DBFS) / peak);
  const out = new Int16Array(pcm.samples.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(-32768, Math.min(32767, Math.round(pcm.samples[i]! * gain)));
  return { rate: pcm.rate, samples: out };
}
