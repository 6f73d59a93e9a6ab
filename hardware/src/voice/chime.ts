// The office's own call chime: three soft bell tones (E5, G#5, B5 — a major triad going up), each a sine
// with a few overtones and an exponential fade. Generated here, not copied from anywhere; as loud as the
// speech that follows it (loudness.ts).
import { normaliseLoudness } from './loudness.js';
import { RATE, type Pcm } from './wav.js';

export function chime(rate = RATE): Pcm {
  const notes = [659.25, 830.61, 987.77];
  const noteMs = 380, overlapMs = 120;
  const step = Math.round((rate * (noteMs - overlapMs)) / 1000);
  const len = Math.round((rate * noteMs) / 1000);
  const total = step * (notes.length - 1) + len + Math.round(rate * 0.25);
  const mix = new Float64Array(total);
  notes.forEach((f, n) => {
    const start = n * step;
    const tail = n === notes.length - 1 ? Math.round(rate * 0.25) : 0;
    for (let i = 0; i < len + tail; i++) {
      const t = i / rate;
      const env = Math.min(1, i / (rate * 0.005)) * Math.exp(-t * 5.5);
      const tone = Math.sin(2 * Math.PI * f * t) + 0.35 * Math.sin(2 * Math.PI * 2 * f * t) + 0.12 * Math.sin(2 * Math.PI * 3 * f * t);
      mix[start + i]! += tone * env;
    }
  });
  let peak = 0;
  for (const v of mix) peak = Math.max(peak, Math.abs(v));
  const samples = new Int16Array(total);
  for (let i = 0; i < total; i++) samples[i] = Math.round((mix[i]! / peak) * 0.5 * 32767);
  return normaliseLoudness({ rate, samples });
}
