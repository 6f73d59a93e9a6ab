// What the hall and booth displays share: the connection, the office's clock (the daemon's time, not the
// screen's own, which a Pi without network time may have wrong) and the tick, all kept by the shared
// QueueController; and the language.
import { LitElement } from 'lit';
import { LANGUAGES, QueueController, type Language } from 'queue-core/ui';
import type { QueueClient } from 'queue-core/protocol';
import { TEXT } from './strings.js';

export abstract class DisplayElement extends LitElement {
  protected readonly queue: QueueController;
  private readonly langParam: Language | null;

  /** `hall`: a hall display of one hall (/display/hall/<id>); the daemon sends that hall alone. `rating`: a booth
   * screen that lets citizens rate (the booth display, or the tablet beside it), with its token if it has one. */
  constructor(booth?: number, hall?: string, rating?: { ratingScreen: 'booth-display' | 'tablet'; token?: string }) {
    super();
    const params = new URLSearchParams(location.search);
    const lang = params.get('lang');
    this.langParam = LANGUAGES.includes(lang as Language) ? (lang as Language) : null;
    const client = !booth ? (hall ? `hall display ${hall}` : 'hall display') : rating?.ratingScreen === 'tablet' ? `rating tablet ${booth}` : `booth display ${booth}`;
    this.queue = new QueueController(this, { hello: { role: 'display', client, ...(booth ? { booth } : {}), ...(hall ? { hall } : {}), ...(rating ?? {}) } });
  }

  protected get client(): QueueClient {
    return this.queue.client!;
  }

  /** The daemon's time now. */
  protected now(): number {
    return this.queue.now();
  }

  protected get language(): Language {
    return this.langParam ?? this.client.view?.office.language ?? 'ru';
  }

  protected get t() {
    return TEXT[this.language];
  }
}
