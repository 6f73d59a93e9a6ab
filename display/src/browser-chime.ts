// An optional soft two-tone chime on the hall TV's own speakers (?chime=1); the PA does the voice.
let ctx: AudioContext | null = null;

export function chimeInBrowser(): void {
  try {
    ctx ??= new AudioContext();
    const start = ctx.currentTime;
    [659.25, 987.77].forEach((f, i) => {
      const osc = ctx!.createOscillator();
      const gain = ctx!.createGain();
      osc.frequency.value = f;
      gain.gain.setValueAtTime(0.0001, start + i * 0.3);
      gain.gain.exponentialRampToValueAtTime(0.3, start + i * 0.3 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.3 + 0.9);
      osc.connect(gain).connect(ctx!.destination);
      osc.start(start + i * 0.3);
      osc.stop(start + i * 0.3 + 1);
    });
  } catch {
    /* no audio on this screen */
  }
}
