// What the hall and booth displays share: the connection, the office's clock (the daemon's time, not the
// screen's own, which a Pi without network time may have wrong), the language and a redraw each second.
import { LitElement } from 'lit';
import { connect, LANGUAGES, type Language } from 'queue-core/ui';
import type { QueueClient } from 'queue-core/protocol';
import { TEXT } from './strings.js';

export abstract class DisplayElement extends LitElement {
  static override properties = { tick: { state: true } };
  declare tick: number;
  protected client: QueueClient;
  private offsetMs = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly langParam: Language | null;

  constructor(booth?: number) {
    super();
    this.tick = 0;
    const params = new URLSearchParams(location.search);
    const lang = params.get('lang');
    this.langParam = LANGUAGES.includes(lang as Language) ? (lang as Language) : null;
    this.client = connect({ role: 'display', client: booth ? `booth display ${booth}` : 'hall display', ...(booth ? { booth } : {}) });
    this.client.onChange((c) => {
      if (c.view) this.offsetMs = c.view.now - Date.now();
      this.requestUpdate();
    });

  }

  override connectedCallback() {
    super.connectedCallback();
    this.timer = setInterval(() => (this.tick = Date.now()), 1000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }


  protected now(): number {
    return Date.now() + this.offsetMs;
  }

  protected get language(): Language {
    return this.langParam ?? this.client.view?.office.language ?? 'ru';
  }

  protected get t() {
    return TEXT[this.language];
  }
}
