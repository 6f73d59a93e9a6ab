// The touchscreen kiosk: one large button per direction, then "do you have a priority?" when the office
// has priority categories, check-in with a booking code, and the ticket shown large. One tap makes one
// ticket: the screen leaves the buttons at once, and the request carries a key that the daemon honours
// once even if the link drops mid-way. When the office keeps the book of feedback, a button below leads to
// it (feedback-flow.ts). Keyboards are ignored (keyboard.ts); every screen but the start
// goes back to it by itself (return-to-start.ts). Where the office switched them on (`accessibility`), the
// start offers the accessible mode — high contrast, very large type, one choice per screen read aloud by
// the daemon's voice, the numeric keypad (keypad.ts) — and "call for help", which alerts the staff.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { QueueClient, Snapshot, Notice, Ticket } from 'queue-core/protocol';
import { goToHallText } from 'queue-core/domain';
import { LANGUAGES, LANGUAGE_NAMES, QueueController, clock, errorText, longDate, minutesText, nextReception, pick, receptionLines, RECEPTION_TITLE, scheduleLines, shortDate, type Language } from 'queue-core/ui';
import { TEXT } from './strings.js';
import { kioskStyles } from './kiosk-styles.js';
import { ignoreKeyboard } from './keyboard.js';
import { ReturnToStart, type Stay } from './return-to-start.js';
import { refusalText } from './refusal-text.js';
import { kioskToken } from './kiosk-token.js';
import type { KeypadKey } from './keypad.js';
import { KioskVoice, type Prompt } from './kiosk-voice.js';
import './code-keypad.js';
import './priority-choice.js';
import './feedback-flow.js';
import type { FeedbackEntry } from './feedback-flow.js';
import './one-choice.js';

/** `hall`: where to go, when the office has more than one hall (the daemon says which). */
type Hall = { id: string; name: { ru: string; uk?: string; en?: string } };
/**
 * What the citizen chose: for a life situation the situation itself (its steps below it), not the first
 * step's direction the ticket waits in.
 */
type Issued = { label: string; ticketId: string; directionId: string; steps: { direction: string; booth: number | null }[]; priority: string | null; ahead: number; waitMinutes: number; hall: Hall | null; print: 'pending' | 'ok' | 'failed' };
type Screen =
  | { kind: 'start' }
  | { kind: 'priority'; directionId: string }
  | { kind: 'issuing' }
  | { kind: 'ticket'; issued: Issued }
  | { kind: 'code' }
  | { kind: 'error'; message: string; codeAgain: boolean }
  | { kind: 'feedback' }
  | { kind: 'feedback-sent'; id: string; dueAt: number | null; contact: boolean }
  | { kind: 'help'; seen: boolean };

/** One choice of the accessible mode: what the screen shows, what is said, what choosing it does. */
interface Choice {
  label: string;
  detail: string;
  prompt: Prompt;
  act: () => void;
}

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
    case 'feedback-sent': return TICKET;
    case 'error': return ERROR;
    default: return IDLE;
  }
}

export class KioskApp extends LitElement {
  static override styles = kioskStyles;
  static override properties = {
    screen: { state: true },
    lang: { state: true },
    accessible: { type: Boolean, reflect: true },
    choiceAt: { state: true },
  };

  declare screen: Screen;
  declare lang: Language;
  /** The accessible mode: high contrast, very large type, one choice a screen, spoken, the keypad. */
  declare accessible: boolean;
  /** Which choice of the screen is in front of the visitor in the accessible mode. */
  declare choiceAt: number;
  private readonly voice = new KioskVoice();
  /** The connection, the daemon's clock, and a redraw on each minute for the clock face. */
  private readonly queue = new QueueController(this, { hello: { role: 'kiosk', client: 'kiosk', ...kioskToken() }, tickMs: 60_000 });
  private readonly returns = new ReturnToStart(() => this.reset());
  private hearKeyboard: (() => void) | null = null;

  constructor() {
    super();
    this.screen = { kind: 'start' };
    this.lang = 'ru';
    this.accessible = false;
    this.choiceAt = 0;
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
    this.hearKeyboard = ignoreKeyboard(window, (key) => this.keypad(key));
    for (const ev of ['pointerdown', 'touchstart'] as const) window.addEventListener(ev, this.touched, { passive: true });
    this.returns.opened(stayOf(this.screen));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.hearKeyboard?.();
    for (const ev of ['pointerdown', 'touchstart'] as const) window.removeEventListener(ev, this.touched);
    this.returns.stop();
    this.voice.stop();
  }

  private touched = () => this.returns.touched();

  /** Every move to another screen goes through here, so that each screen's stay starts with it. */
  private go(screen: Screen) {
    this.screen = screen;
    this.returns.opened(stayOf(screen));
    if (this.accessible) {
      this.choiceAt = 0;
      this.speakStep();
    }
  }

  /** Back to the start screen in the office's language and the ordinary mode, as the next citizen should find it. */
  private reset() {
    this.accessible = false;
    this.voice.stop();
    this.go({ kind: 'start' });
    this.lang = this.client.view?.office.language ?? 'ru';
  }

  private enterAccessible() {
    if (!this.client.view?.accessibility.kioskMode) return;
    this.accessible = true;
    this.choiceAt = 0;
    this.screen = { kind: 'start' };
    this.returns.opened(stayOf(this.screen));
    this.speakStep(true);
  }

  private leaveAccessible() {
    this.accessible = false;
    this.voice.stop();
    this.go({ kind: 'start' });
  }

  /** The choices of the screen in front of the visitor, in the accessible mode's order. */
  private choices(view: Snapshot): Choice[] {
    const t = this.t;
    const screen = this.screen;
    if (screen.kind === 'start') {
      if (this.closedReason(view)) return [];
      const out: Choice[] = view.directions.flatMap((d) => {
        const s = view.summary.directions.find((x) => x.id === d.id);
        if (!s || s.refusal !== null) return [];
        return [{ label: pick(d.name, this.lang), detail: t.waiting(s.waiting), prompt: { say: 'direction', id: d.id }, act: () => this.chooseService(d.id) }];
      });
      if (view.accessibility.helpButton) out.push({ label: t.helpChoice, detail: '', prompt: { say: 'help' }, act: () => void this.callHelp() });
      return out;
    }
    if (screen.kind === 'priority') {
      const { directionId } = screen;
      return [
        ...view.priorities.map((p): Choice => ({ label: pick(p.name, this.lang), detail: '', prompt: { say: 'priority', id: p.id }, act: () => void this.issue(directionId, p.id) })),
        { label: t.noPriority, detail: '', prompt: { say: 'no-priority' }, act: () => void this.issue(directionId, null) },
      ];
    }
    return [];
  }

  /** Says the step in front of the visitor: its question and the choice shown, or what happened. */
  private speakStep(welcome = false) {
    const view = this.client.view;
    if (!view) return;
    const screen = this.screen;
    const first = this.choices(view)[this.choiceAt]?.prompt;
    const prompts: Prompt[] = welcome ? [{ say: 'welcome' }] : [];
    switch (screen.kind) {
      case 'start': prompts.push(...(this.closedReason(view) ? [{ say: 'closed' }] : [{ say: 'start' }, ...(first ? [first] : [])])); break;
      case 'priority': prompts.push({ say: 'priority-question' }, ...(first ? [first] : [])); break;
      case 'issuing': prompts.push({ say: 'issuing' }); break;
      case 'ticket': prompts.push({ say: 'ticket', label: screen.issued.label, ahead: screen.issued.ahead }); break;
      case 'help': prompts.push({ say: 'help-called' }); break;
      case 'error': case 'code': prompts.push({ say: 'refused' }); break;
    }
    this.voice.say(prompts, this.lang);
  }

  /** A key of the numeric keypad. On the ordinary start, 5 or Enter opens the accessible mode. */
  private keypad(key: KeypadKey) {
    const view = this.client.view;
    if (!view?.accessibility.kioskMode) return;
    this.returns.touched();
    if (!this.accessible) {
      if (this.screen.kind === 'start' && (key === 'repeat' || key === 'choose')) this.enterAccessible();
      return;
    }
    const choices = this.choices(view);
    const screen = this.screen.kind;
    switch (key) {
      case 'repeat': this.voice.again(); return;
      case 'previous': case 'next': this.move(key === 'next' ? 1 : -1, choices); return;
      case 'choose':
        if (choices.length > 0) choices[this.choiceAt]?.act();
        // The ticket taken, the next visitor finds the ordinary kiosk; after help or a refusal, the start.
        else if (screen === 'ticket') this.reset();
        else if (screen !== 'issuing' && screen !== 'start') this.go({ kind: 'start' });
        return;
      case 'back':
        if (screen !== 'start' && screen !== 'issuing') this.go({ kind: 'start' });
        return;
    }
  }

  private move(step: 1 | -1, choices: Choice[]) {
    if (choices.length === 0) return;
    this.choiceAt = (this.choiceAt + step + choices.length) % choices.length;
    this.voice.say([choices[this.choiceAt]!.prompt], this.lang);
  }

  /** "Call for help": the consultant and the head get an alert; the visitor is told help is coming. */
  private async callHelp() {
    if (this.screen.kind !== 'start') return;
    this.go({ kind: 'issuing' });
    try {
      const r = await this.client.request('callHelp', {});
      this.go({ kind: 'help', seen: r.seen });
    } catch (e) {
      this.fail(e);
    }
  }

  /** Why no ticket can be taken at all now (the office closed, or issuing stopped for the day), if so. */
  private closedReason(view: Snapshot): 'OFFICE_CLOSED' | 'ISSUING_STOPPED' | null {
    const refusals = view.summary.directions.map((d) => d.refusal);
    const allRefused = refusals.every((r) => r !== null);
    return allRefused && (refusals[0] === 'OFFICE_CLOSED' || refusals[0] === 'ISSUING_STOPPED') ? refusals[0] : null;
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
      const r = await this.client.request('issue', { directionId, priority, ...(this.accessible ? { largePrint: true } : {}) });
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

  /** An entry of the book of feedback: sent once (the request is keyed), then thanked for, then the start. */
  private async sendFeedback(entry: FeedbackEntry) {
    if (this.screen.kind !== 'feedback') return;
    this.go({ kind: 'issuing' });
    try {
      const r = await this.client.request('feedbackLeave', { kind: entry.kind, text: entry.text, contactName: entry.contactName || undefined, contactPhone: entry.contactPhone || undefined });
      this.go({ kind: 'feedback-sent', id: r.id, dueAt: r.dueAt, contact: !!entry.contactPhone });
    } catch (e) {
      this.fail(e);
    }
  }

  private showTicket(ticket: Pick<Ticket, 'id' | 'label' | 'directionId' | 'priority' | 'bundle'>, ahead: number, waitMinutes: number, hall: Hall | null) {
    const chosen = ticket.bundle?.id ?? ticket.directionId, steps = ticket.bundle?.steps ?? [];
    this.go({ kind: 'ticket', issued: { label: ticket.label, ticketId: ticket.id, directionId: chosen, steps, priority: ticket.priority, ahead, waitMinutes, hall, print: 'pending' } });
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
    if (this.accessible && (this.screen.kind === 'start' || this.screen.kind === 'priority') && !this.closedReason(view)) return this.oneChoice(view);
    switch (this.screen.kind) {
      case 'help': return html`<section class="centre" role="status"><p class="big">${this.screen.seen ? this.t.helpSeen : this.t.helpCalled}</p>
          <button class="done" @click=${() => (this.accessible ? this.go({ kind: 'start' }) : this.reset())}>${this.t.done}</button></section>`;
      case 'start': return this.start(view);
      case 'priority': return this.priorityQuestion(view, this.screen.directionId);
      case 'issuing': return html`<section class="centre"><div class="spinner" aria-hidden="true"></div><p class="big">${this.t.issuing}</p></section>`;
      case 'feedback': return html`<feedback-flow .t=${this.t} .lang=${this.lang} .maxLength=${view.feedback.maxLength}
          @send=${(e: CustomEvent<FeedbackEntry>) => this.sendFeedback(e.detail)} @back=${() => this.go({ kind: 'start' })}></feedback-flow>`;
      case 'feedback-sent': return this.feedbackSent(view, this.screen);
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

  /** The accessible mode's step: one choice in very large type, moved through with the keypad or the buttons. */
  private oneChoice(view: Snapshot) {
    const t = this.t;
    const choices = this.choices(view);
    const choice = choices[Math.min(this.choiceAt, choices.length - 1)];
    const heading = this.screen.kind === 'priority' ? t.priorityQuestion : t.choose;
    if (!choice) return html`<p class="big" role="status">${t.unavailable}</p>`;
    return html`<one-choice .heading=${heading} .label=${choice.label} .detail=${choice.detail} .position=${t.position(this.choiceAt + 1, choices.length)}
      .words=${{ previous: t.previous, next: t.next, select: t.select, exit: this.screen.kind === 'start' ? t.accessibleExit : t.back, keysHint: t.keysHint }}
      @previous=${() => this.move(-1, choices)} @next=${() => this.move(1, choices)} @choose=${() => choice.act()}
      @exit=${() => (this.screen.kind === 'start' ? this.leaveAccessible() : this.go({ kind: 'start' }))}></one-choice>`;
  }

  private start(view: Snapshot) {
    const t = this.t;
    const summary = view.summary;
    const closed = this.closedReason(view);
    if (closed) return this.closed(view, closed);
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
      ${view.feedback.enabled ? html`<button class="feedback-book" id="feedback-open" ?disabled=${this.client.status !== 'online'} @click=${() => this.go({ kind: 'feedback' })}>${t.feedbackButton}</button>` : nothing}
      ${this.accessRow(view)}
      ${this.receptionInfo(view)}
    `;
  }

  /** The management's next reception, as the daemon publishes it: who and when, for the citizen to ask the consultant. */
  private receptionInfo(view: Snapshot) {
    const next = nextReception(view.reception, this.now(), view.office.timezone);
    if (!next) return nothing;
    const w = receptionLines(next, view.office.timezone, this.lang);
    return html`<p class="reception-info" data-day=${next.day}><b>${RECEPTION_TITLE[this.lang]}:</b> ${w.who} — ${w.when}</p>`;
  }

  private feedbackSent(view: Snapshot, sent: Extract<Screen, { kind: 'feedback-sent' }>) {
    const t = this.t;
    return html`<section class="centre feedback-sent" role="status">
      <p class="big sent-title">${t.feedbackThanks}</p>
      <p class="line">${t.feedbackNumber(sent.id)}</p>
      ${sent.dueAt !== null ? html`<p class="line">${t.feedbackDue(shortDate(sent.dueAt, view.office.timezone, this.lang))}</p>` : nothing}
      ${sent.contact ? html`<p class="line">${t.feedbackAnswerBy}</p>` : nothing}
      <button class="done" @click=${() => this.reset()}>${t.done}</button>
    </section>`;
  }

  /** The way into the accessible mode and "call for help", each where the office switched it on. */
  private accessRow(view: Snapshot) {
    const t = this.t;
    const { kioskMode, helpButton } = view.accessibility;
    if (!kioskMode && !helpButton) return nothing;
    const online = this.client.status === 'online';
    return html`<div class="access">
      ${kioskMode ? html`<button class="accessible-enter" @click=${() => this.enterAccessible()}><span class="eye" aria-hidden="true">◉</span><span>${t.accessibleEnter}<small>${t.accessibleHint}</small></span></button>` : nothing}
      ${helpButton ? html`<button class="help" ?disabled=${!online} @click=${() => void this.callHelp()}>${t.helpButton}</button>` : nothing}
    </div>`;
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
        ${this.receptionInfo(view)}
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
        ${i.steps.length ? html`<div class="life-steps"><p class="life-steps-title">${t.lifeSteps}</p><ol>${i.steps.map((s) => {
          const d = view.directions.find((x) => x.id === s.direction);
          return html`<li data-direction=${s.direction}>${d ? pick(d.name, this.lang) : s.direction}${s.booth !== null ? html` <span class="step-booth">(${t.stepBooth(s.booth)})</span>` : nothing}</li>`;
        })}</ol></div>` : nothing}
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
