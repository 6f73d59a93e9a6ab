// When the kiosk goes back to its start screen, so that the next citizen finds it fresh. The ticket screen
// goes back a fixed time after it opened, whatever is touched: a touch on it must never keep one person's
// number on screen for the next. Every other screen goes back after a spell in which nobody touched it.

/** How long a screen stays: counted from when it opened, or from the last touch. */
export interface Stay {
  ms: number;
  from: 'opening' | 'last-touch';
}

export class ReturnToStart {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stay: Stay | null = null;
  private openedAt = 0;

  constructor(private readonly back: () => void) {}

  /** A new screen opened; null: it stays until something else moves on (a ticket being issued). */
  opened(stay: Stay | null): void {
    this.openedAt = Date.now();
    this.stay = stay;
    this.arm(stay?.ms ?? null);
  }

  /** The same screen now stays for another time, still counted from when it opened or last touched. */
  changed(stay: Stay): void {
    this.stay = stay;
    this.arm(stay.from === 'opening' ? Math.max(0, this.openedAt + stay.ms - Date.now()) : stay.ms);
  }

  /** Someone touched the screen: a screen that waits for the last touch waits again. */
  touched(): void {
    if (this.stay?.from === 'last-touch') this.arm(this.stay.ms);
  }

  stop(): void {
    this.arm(null);
  }

  private arm(ms: number | null) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = ms === null ? null : setTimeout(() => this.back(), ms);
  }
}
