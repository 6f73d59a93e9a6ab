// The kiosk's speaker in its accessible mode: plays the daemon's spoken prompts (GET /kiosk/speech, in the
// office's own offline voice) one after another. A new step cuts off what is still being said, so the
// visitor always hears the step in front of them; "5" on the keypad says the last prompts again.
export interface Prompt {
  say: string;
  id?: string;
  label?: string;
  ahead?: number;
}

export const promptUrl = (p: Prompt, lang: string): string => {
  const q = new URLSearchParams({ lang, say: p.say });
  if (p.id !== undefined) q.set('id', p.id);
  if (p.label !== undefined) q.set('label', p.label);
  if (p.ahead !== undefined) q.set('ahead', String(p.ahead));
  return `/kiosk/speech?${q}`;
};

export class KioskVoice {
  private audio: HTMLAudioElement | null = null;
  private run = 0;
  private last: { prompts: Prompt[]; lang: string } | null = null;

  /** Says the prompts in order, after stopping whatever was being said. */
  say(prompts: Prompt[], lang: string): void {
    this.last = { prompts, lang };
    void this.play(prompts, lang);
  }

  /** Says the last prompts again. */
  again(): void {
    if (this.last) void this.play(this.last.prompts, this.last.lang);
  }

  stop(): void {
    this.run++;
    this.audio?.pause();
    this.audio = null;
  }

  private async play(prompts: Prompt[], lang: string) {
    this.stop();
    const run = this.run;
    for (const p of prompts) {
      if (run !== this.run) return;
      const audio = new Audio(promptUrl(p, lang));
      this.audio = audio;
      // A prompt that cannot be played (no voice on the daemon, a network hiccup) is skipped: the screen
      // still shows every word in very large type.
      await new Promise<void>((resolve) => {
        audio.addEventListener('ended', () => resolve(), { once: true });
        audio.addEventListener('error', () => resolve(), { once: true });
        audio.addEventListener('pause', () => resolve(), { once: true });
        audio.play().catch(() => resolve());
      });
    }
  }
}
