// The touchscreen kiosk: one large button per direction, then "do you have a priority?" when the office
// has priority categories, check-in with a booking code, and the ticket shown large. One tap makes one
// ticket: the screen leaves the buttons at once, and the request carries a key that the daemon honours
// once even if the link drops mid-way. Keyboards are ignored (keyboard.ts); every screen but the start
// goes back to it by itself (return-to-start.ts).
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { QueueClient, Snapshot, Notice, Ticket } from 'queue-core/protocol';
import { goToHallText } from 'queue-core/domain';
import { LANGUAGES, LANGUAGE_NAMES, QueueController, clock, errorText, longDate, minutesText, pick, scheduleLines, type Language } from 'queue-core/ui';
import { TEXT } from './strings.js';
import { kioskStyles } from './kiosk-styles.js';
import { ignoreKeyboard } from './keyboard.js';
import { ReturnToStart, type Stay } from './return-to-start.js';
import { refusalText } from './refusal-text.js';
import { kioskToken } from './kiosk-token.js';
import './code-keypad.js';
import './priority-choice.js';

/** `hall`: where to go, when the office has more than one hall (the daemon says which). */
type Hall = { id: string; name: { ru: string; uk?: string; en?: string } };
type Issued = { label: string; ticketId: string; directionId: string; priority: string | null; ahead: number; waitMinutes: number; hall: Hall | null; print: 'pending' | 'ok' | 'failed' };
type Screen =
  | { kind: 'start' }
  | { kind: 'priority'; directionId: string }
  | { kind: 'issuing' }
  | { kind: 'ticket'; issued: Issued }
  | { kind: 'code' }
  | { kind: 'error'; message: string; codeAgain: boolean };

// How long screens stay before the kiosk returns to the start; ?idle=<seconds> shortens the idle reset.
const IDLE_MS = (Number(new URLSearchParams(location.search).get('idle')) || 60) * 1000;
const TICKET: Stay = { ms: 20_000, from: 'opening' };
/** Long enough to write the number down when the printer failed; still not extended by touches. */
const TICKET_UNPRINTED: Stay = { ms: 45_000, from: 'opening' };
const ERROR: Stay = { ms: Math.min(30_000, IDLE_MS), from: 'last-touch' };
const IDLE: Stay = { ms: IDLE_MS, from: 'last-touch' };

function stayOf(screen: Screen): Stay | null {
  switch (screen.kind) {
    case 'issuing': return null;
    case 'ticket': return screen.issued.print === 'failed' ? TICKET_UNPRINTED : TICKET;
    case 'error': return ERROR;
    default: return IDLE;
  }
}

export class KioskApp extends LitElement {
  static override styles = kioskStyles;
  static override properties = {
    screen: { state: true },
    lang: { state: true },
  };

  declare screen: Screen;
  declare lang: Language;
  /** The connection, the daemon's clock, and a redraw on each minute for the clock face. */
  private readonly queue = new QueueController(this, { hello: { role: 'kiosk', client: 'kiosk', ...kioskToken() }, tickMs: 60_000 });
  private readonly returns = new ReturnToStart(() => this.reset());
  private hearKeyboard: (() => void) | null = null;

  constructor() {
    super();
    this.screen = { kind: 'start' };
    this.lang = 'ru';
    let first = true;
    this.client.onChange((c) => {
      if (c.view && first) {
        first = false;
        this.lang = c.view.office.language;
      }
    });
    this.client.onNotice((n) => this.onNotice(n));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.hearKeyboard = ignoreKeyboard();
    for (const ev of ['pointerdown', 'touchstart'] as const) window.addEventListener(ev, this.touched, { passive: true });
    this.returns.opened(stayOf(this.screen));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.hearKeyboard?.();
    for (const ev of ['pointerdown', 'touchstart'] as const) window.removeEventListener(ev, this.touched);
    this.returns.stop();
  }

  private touched = () => this.returns.touched();

  /** Every move to another screen goes through here, so that each screen's stay starts with it. */
  private go(screen: Screen) {
    this.screen = screen;
    this.returns.opened(stayOf(screen));
  }

  /** Back to the start screen in the office's language, as the next citizen should find it. */
  private reset() {
    this.go({ kind: 'start' });
    this.lang = this.client.view?.office.language ?? 'ru';
  }

  private get t() {
    return TEXT[this.lang];
  }

  private get client(): QueueClient {
    return this.queue.client!;
  }

  private now() {
    return this.queue.now();
  }

  private onNotice(n: Notice) {
    if (n.kind !== 'print' || this.screen.kind !== 'ticket' || this.screen.issued.ticketId !== n.ticketId) return;
    this.screen = { kind: 'ticket', issued: { ...this.screen.issued, print: n.ok ? 'ok' : 'failed' } };
    this.returns.changed(stayOf(this.screen)!);
  }

  /** A service was tapped: ask about a priority first when the office has priority categories. */
  private chooseService(directionId: string) {
    if (this.screen.kind !== 'start') return;
    if ((this.client.view?.priorities.length ?? 0) > 0) this.go({ kind: 'priority', directionId });
    else void this.issue(directionId, null);
  }

  private async issue(directionId: string, priority: string | null) {
    if (this.screen.kind !== 'start' && this.screen.kind !== 'priority') return;
    this.go({ kind: 'issuing' });
    try {
      const r = await this.client.request('issue', { directionId, priority });
      this.showTicket(r.ticket, r.ahead, r.waitMinutes, r.hall);
    } catch (e) {
      this.fail(e);
    }
  }

  private async checkIn(code: string) {
    this.go({ kind: 'issuing' });
    try {
      const r = await this.client.request('checkIn', { code });
      this.showTicket(r.ticket, r.ahead, r.waitMinutes, r.hall);
    } catch (e) {
      this.fail(e);
    }
  }

  private showTicket(ticket: Pick<Ticket, 'id' | 'label' | 'directionId' | 'priority'>, ahead: number, waitMinutes: number, hall: Hall | null) {
    this.go({ kind: 'ticket', issued: { label: ticket.label, ticketId: ticket.id, directionId: ticket.directionId, priority: ticket.priority, ahead, waitMinutes, hall, print: 'pending' } });
  }

  private fail(e: unknown) {
    this.go({ kind: 'error', ...refusalText(e, this.t, this.lang, this.client.view) });
  }

  protected override updated(changed: PropertyValues) {
    if (changed.has('lang')) document.documentElement.lang = this.lang;
  }

  override render() {
    const view = this.client.view;
    return html`
      <header>
        <div class="office">${view?.office.name ?? ''}</div>
        <div class="time">${view ? html`<span>${clock(this.now(), view.office.timezone, this.lang)}</span><small>${longDate(this.now(), view.office.timezone, this.lang)}</small>` : nothing}</div>
      </header>
      <nav class="languages" aria-label="Язык / Мова / Language">
        ${LANGUAGES.map((l) => html`<button class=${l === this.lang ? 'on' : ''} aria-pressed=${l === this.lang} @click=${() => (this.lang = l)}>${LANGUAGE_NAMES[l]}</button>`)}
      </nav>
      <main>${view ? this.body(view) : html`<p class="status" role="alert">${this.client.status === 'refused' ? this.refusedText() : this.t.offline}</p>`}</main>
      ${this.client.status === 'online' || !view ? nothing : html`<div class="offline" role="alert">${this.client.status === 'refused' ? this.refusedText() : this.t.offline}</div>`}
    `;
  }

  /** Why the daemon would not have this kiosk: not enrolled, or another refusal in words. */
  private refusedText(): string {
    return this.client.refusal?.code === 'KIOSK_NOT_ENROLLED' ? this.t.notEnrolled : this.t.refused;
  }

  private body(view: Snapshot) {
    switch (this.screen.kind) {
      case 'start': return this.start(view);
      case 'priority': return this.priorityQuestion(view, this.screen.directionId);
      case 'issuing': return html`<section class="centre"><div class="spinner" aria-hidden="true"></div><p class="big">${this.t.issuing}</p></section>`;
      case 'ticket': return this.ticket(view, this.screen.issued);
      case 'code': return html`<code-keypad .title=${this.t.enterCode} .hint=${this.t.codeHint} .submitText=${this.t.getTicket} .backText=${this.t.back} .eraseText=${this.t.erase}
          @submit=${(e: CustomEvent<string>) => this.checkIn(e.detail)} @back=${() => this.go({ kind: 'start' })}></code-keypad>`;
      case 'error': return html`<section class="centre"><p class="big error-text" role="alert">${this.screen.message}</p>
          ${this.screen.codeAgain ? html`<button class="again" @click=${() => this.go({ kind: 'code' })}>${this.t.codeAgain}</button>` : nothing}
          <button class=${this.screen.codeAgain ? 'done quiet' : 'done'} @click=${() => this.reset()}>${this.t.done}</button></section>`;
    }
  }

  private priorityQuestion(view: Snapshot, directionId: string) {
    const t = this.t;
    const direction = view.directions.find((d) => d.id === directionId);
    return html`<priority-choice .service=${direction ? t.service(pick(direction.name, this.lang)) : ''}
      .choices=${view.priorities.map((p) => ({ id: p.id, name: pick(p.name, this.lang) }))}
      .words=${{ question: t.priorityQuestion, hint: t.priorityHint, none: t.noPriority, back: t.back }}
      @choose=${(e: CustomEvent<string | null>) => this.issue(directionId, e.detail)} @back=${() => this.go({ kind: 'start' })}></priority-choice>`;
  }

  private start(view: Snapshot) {
    const t = this.t;
    const summary = view.summary;
    const refusals = summary.directions.map((d) => d.refusal);
    const allRefused = refusals.every((r) => r !== null);
    if (allRefused && (refusals[0] === 'OFFICE_CLOSED' || refusals[0] === 'ISSUING_STOPPED')) return this.closed(view, refusals[0]);
    return html`
      <h1>${t.choose}</h1>
      <div class="directions">
        ${view.directions.map((d) => {
          const s = summary.directions.find((x) => x.id === d.id);
          const refusal = s?.refusal ?? null;
          return html`<button class="direction" ?disabled=${refusal !== null || this.client.status !== 'online'} @click=${() => this.chooseService(d.id)}>
            <span class="letter" aria-hidden="true">${d.prefix}</span>
            <span class="name">${pick(d.name, this.lang)}</span>
            <span class="meta">${refusal ? errorText(refusal, this.lang) : html`${t.waiting(s?.waiting ?? 0)} · ${s && s.waitMinutes > 0 ? t.wait(minutesText(s.waitMinutes, this.lang)) : t.noWait}`}</span>
          </button>`;
        })}
      </div>
      <button class="booked" ?disabled=${this.client.status !== 'online'} @click=${() => this.go({ kind: 'code' })}>${t.booked}</button>
    `;
  }

  private closed(view: Snapshot, why: 'OFFICE_CLOSED' | 'ISSUING_STOPPED') {
    const t = this.t;
    const opensAt = view.summary.schedule.opensAt;
    return html`
      <section class="closed" role="status">
        <h1>${why === 'OFFICE_CLOSED' ? t.closedTitle : t.stoppedTitle}</h1>
        ${opensAt ? html`<p class="big">${t.opensAt(`${longDate(opensAt, view.office.timezone, this.lang)}, ${clock(opensAt, view.office.timezone, this.lang)}`)}</p>` : nothing}
        <h2>${t.hours}</h2>
        <ul>${scheduleLines(view.schedule, this.lang).map((l) => html`<li>${l}</li>`)}</ul>
        <button class="booked" @click=${() => this.go({ kind: 'code' })}>${t.booked}</button>
      </section>`;
  }

  private ticket(view: Snapshot, i: Issued) {
    const t = this.t;
    const direction = view.directions.find((d) => d.id === i.directionId);
    const priority = view.priorities.find((p) => p.id === i.priority);
    return html`
      <section class="ticket" aria-live="polite">
        <p class="caption">${t.yourTicket}</p>
        <p class="number">${i.label}</p>
        <p class="direction-name">${direction ? pick(direction.name, this.lang) : ''}</p>
        ${i.hall ? html`<p class="ticket-hall" data-hall=${i.hall.id}>${goToHallText(i.hall.name, this.lang)}</p>` : nothing}
        ${priority ? html`<p class="ticket-priority">${t.ticketPriority(pick(priority.name, this.lang))}</p>` : nothing}
        <p class="line">${t.ahead(i.ahead)}</p>
        ${i.waitMinutes > 0 ? html`<p class="line">${t.estimated(minutesText(i.waitMinutes, this.lang))}</p>` : nothing}
        ${i.print === 'failed'
          ? html`<p class="print failed" role="alert">${t.printFailed(i.label)}</p>`
          : html`<p class="print">${i.print === 'ok' ? t.printed : t.printing}</p>`}
        <p class="line">${t.watchBoard}</p>
        <button class="done" @click=${() => this.reset()}>${t.done}</button>
      </section>`;
  }
}

customElements.define('kiosk-app', KioskApp);
