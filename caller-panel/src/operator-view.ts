// The specialist at a booth: the current ticket with every action (and a keyboard shortcut for each),
// the booth's break, and the line the booth is calling from — in calling order, with why each ticket stands
// where it does, by the daemon's own routing (`lineOf` from queue-core/domain, which "call next" follows).
import { LitElement, css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { QueueClient, Ticket } from 'queue-core/protocol';
import { lineOf, type LinePlace } from 'queue-core/domain';
import { clock, pick, type Language } from 'queue-core/ui';
import { ClientRedraw } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { whenLoaded } from './lazy.js';
import { TAB_PARTS } from './tab-parts.js';
import type { PanelText } from './strings.js';
import { JOURNAL_TEXT } from './journal-strings.js';
import './visit-card.js';
import './break-dialog.js';
import type { VisitCard } from './visit-card.js';
import { OUTREACH_TEXT } from './outreach-strings.js';
import { CASE_FILE_TEXT } from './case-file-strings.js';
import './phone-view.js';
import { mineCounts, mineTab } from './my-control.js';
import { RECEPTION_TEXT } from './reception-strings.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;

const mmss = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export class OperatorView extends LitElement {
  static override properties = { mine: { state: true }, client: { attribute: false }, t: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number }, dialog: { state: true }, tab: { state: true }, busy: { state: true } };
  declare client: QueueClient;
  declare t: PanelText;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  declare dialog: 'transfer' | 'break' | 'unsaved' | null;
  declare tab: 'queue' | 'journal' | 'phone' | 'outreach' | 'case-files' | 'my-control';
  /** How many decisions on control are the signed-in staff member's (the tab's count); null until known. */
  declare mine: { onControl: number; overdue: number } | null;
  /** A booth action is on its way to the daemon: its button is disabled and a second press does nothing. */
  declare busy: boolean;
  /** The ticket the visitor card is for: the current one, or the one just finished until the next call. */
  private cardTicket: Ticket | null = null;

  static override styles = [panelStyles, css`
    .current { display: flex; flex-direction: column; gap: 12px; }
    .label { font-size: 96px; font-weight: 700; line-height: 1; color: #0b3d91; }
    .actions { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
    .actions button { min-height: 56px; font-size: 18px; }
    .big { font-size: 22px; min-height: 72px; }
    .finish { display: flex; gap: 10px; }
    .finish { align-items: center; }
    .finish button { white-space: nowrap; }
    dialog, .dialog { border: 2px solid #0b3d91; border-radius: 12px; padding: 16px; background: #f4f7fb; display: flex; flex-direction: column; gap: 10px; }
    .line td.prio { color: #8d6e00; font-weight: 700; }
    .dirs { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; margin-bottom: 12px; }
    .dir { background: #f4f7fb; border-radius: 8px; padding: 8px 10px; }
    .dir b { font-size: 26px; }
    .tabs { display: flex; gap: 6px; margin-bottom: 12px; }
    .tabs button.on { background: #0b3d91; color: #fff; }
    /* With a visitor card open: the ticket and the line on the left, the card on the right, all on one screen. */
    .with-card { display: grid; grid-template-columns: minmax(0, 0.75fr) minmax(0, 1.25fr); gap: 16px; height: calc(100vh - 146px); min-height: 0; }
    .with-card .side { display: flex; flex-direction: column; gap: 12px; min-height: 0; }
    .with-card .side > section:last-child { flex: 1; min-height: 0; overflow: auto; }
    .with-card .label { font-size: 56px; }
    .with-card .current { gap: 8px; }
    .bundle { background: #eef3fb; border-left: 4px solid #0b3d91; border-radius: 6px; padding: 6px 10px; font-size: 16px; }
    .bundle ol { margin: 4px 0 0; padding-left: 22px; }
    .bundle li.done { color: #2e7d32; }
    .bundle li.now { font-weight: 700; }
    .bundle li.ahead { color: #555; }
    .with-card .actions button { min-height: 44px; font-size: 16px; }
    .with-card .dirs { grid-template-columns: repeat(auto-fill, minmax(110px, 1fr)); }
    .with-card .dir b { font-size: 20px; }
    .with-card .line .dirname { display: none; }
  `];

  constructor() {
    super();
    this.mine = null;
    this.dialog = null;
    this.tab = 'queue';
    this.now = Date.now();
    this.busy = false;
    // Redraw on every change of the office at once: a specialist sees her own call as the hall does.
    new ClientRedraw(this, () => this.client);
  }

  override connectedCallback() {
    super.connectedCallback();
    void mineCounts(this.client).then((c) => (this.mine = c));
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
  }

  /**
   * Alt+letter shortcuts press the button on screen that shows that letter, and nothing when there is none
   * or it is disabled: a second Alt+N while the first call is on its way, or once a ticket is current (when
   * "call next" is no longer on screen), sends nothing. Function keys are left alone, as booth buttons may
   * send them.
   */
  private onKey = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || !/^Key[A-Z]$/.test(e.code)) return;
    const letter = e.code.slice(3);
    const button = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.querySelector('kbd')?.textContent === `Alt+${letter}`);
    if (!button) return;
    e.preventDefault();
    if (!button.disabled) button.click();
  };

  private get booth() {
    return this.client.view?.booths.find((b) => b.number === this.client.session?.booth);
  }

  private get current(): Ticket | undefined {
    const id = this.booth?.ticketId;
    const t = id ? this.client.view?.tickets.find((x) => x.id === id) : undefined;
    return t && (t.state === 'called' || t.state === 'serving') ? (t as Ticket) : undefined;
  }

  private req(type: 'callNext' | 'recall' | 'start' | 'noShow' | 'breakEnd') {
    if (type === 'callNext') return this.unlessUnsaved(() => this.once(() => this.client.request(type, {})));
    return this.once(() => this.client.request(type, {}));
  }

  /** What waits for the specialist's answer about an unsaved visitor card. */
  private pending: (() => unknown) | null = null;

  /**
   * Finishing or calling the next with a visitor card typed and not saved asks first: save it, throw it
   * away, or go back to it. Nothing typed is lost without a word.
   */
  private unlessUnsaved(go: () => unknown) {
    const card = this.renderRoot.querySelector<VisitCard>('visit-card');
    if (!card?.unsaved) return go();
    this.pending = go;
    this.dialog = 'unsaved';
    return undefined;
  }

  private async answerUnsaved(choice: 'save' | 'discard' | 'cancel') {
    const go = this.pending;
    const card = this.renderRoot.querySelector<VisitCard>('visit-card');
    this.pending = null;
    this.dialog = null;
    if (choice === 'cancel' || !go) return;
    if (choice === 'save' && card && !(await card.saveNow())) return;
    if (choice === 'discard' && card) await card.discard();
    await go();
  }

  private unsavedDialog() {
    const t = this.t;
    return html`<div class="dialog" role="alertdialog" aria-label=${t.unsavedCard} id="unsaved-card">
      <b>${t.unsavedCard}</b><span>${t.unsavedCardWhat}</span>
      <div class="row"><button class="primary" id="unsaved-save" @click=${() => this.answerUnsaved('save')}>${t.saveCard}</button>
        <button class="danger" id="unsaved-discard" @click=${() => this.answerUnsaved('discard')}>${t.discardCard}</button>
        <button id="unsaved-cancel" @click=${() => this.answerUnsaved('cancel')}>${t.cancel}</button></div>
    </div>`;
  }

  /**
   * One result per visit, picked once: in the visitor card beside the ticket. Finishing sends the card's
   * result as it stands (a card typed and not saved is asked about first); the daemon gives the saved card
   * the same result, so the ticket and its card never disagree.
   */
  private finish() {
    return this.unlessUnsaved(() => {
      const result = this.renderRoot.querySelector<VisitCard>('visit-card')?.result;
      return this.once(() => this.client.request('finish', result ? { result } : {}));
    });
  }

  /**
   * One booth action at a time. A double click on "call next" would otherwise send a second call that
   * the daemon refuses (the first one's ticket is now current); the button stays disabled until the
   * screen shows what the answer did (the update follows the answer at once).
   */
  private async once(send: () => Promise<unknown>) {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.shown(await this.act(send()));
    } finally {
      this.busy = false;
    }
  }

  /** Resolves when the view holds the answer's ticket as the answer left it, or after two seconds. */
  private shown(answer: unknown): Promise<void> {
    const ticket = (answer as { ticket?: Ticket } | undefined)?.ticket;
    const holds = () => {
      const view = this.client.view;
      return !ticket || !view || view.tickets.some((x) => x.id === ticket.id && x.state === ticket.state && x.recalls === ticket.recalls);
    };
    if (holds()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        off();
        clearTimeout(timer);
        resolve();
      };
      const off = this.client.onChange(() => holds() && done());
      const timer = setTimeout(done, 2000);
    });
  }

  private transfer() {
    const to = this.renderRoot.querySelector<HTMLSelectElement>('#transfer-to')!.value;
    const keepPlace = this.renderRoot.querySelector<HTMLInputElement>('#keep-place')!.checked;
    const body = to.startsWith('booth:') ? { toBooth: Number(to.slice(6)), keepPlace } : { toDirection: to, keepPlace };
    this.dialog = null;
    return this.act(this.client.request('transfer', body));
  }

  private startBreak(e: CustomEvent<{ kind: 'lunch' | 'technical'; until: number }>) {
    this.dialog = null;
    return this.act(this.client.request('breakStart', e.detail));
  }

  override render() {
    const view = this.client.view;
    const booth = this.booth;
    if (!view || !booth) return nothing;
    const j = JOURNAL_TEXT[this.lang];
    const tab = (id: OperatorView['tab'], text: unknown) => html`<button role="tab" id="tab-${id}" aria-selected=${this.tab === id} class=${this.tab === id ? 'on' : ''} @click=${() => (this.tab = id)}>${text}</button>`;
    return html`<div class="tabs" role="tablist">${tab('queue', j.tabQueue)}${tab('journal', j.tabJournal)}${tab('phone', j.tabPhone)}${tab('outreach', OUTREACH_TEXT[this.lang].tab)}${tab('case-files', CASE_FILE_TEXT[this.lang].tab)}${tab('my-control', mineTab(this.lang, this.mine))}</div>
      ${this.tab === 'journal' ? whenLoaded(this, TAB_PARTS.journal, this.lang, () => html`<journal-view .client=${this.client} .j=${j} .lang=${this.lang} .act=${this.act} .now=${this.now}></journal-view>`)
      : this.tab === 'outreach' ? whenLoaded(this, TAB_PARTS.outreach, this.lang, () => html`<outreach-view .client=${this.client} .lang=${this.lang} .act=${this.act} .now=${this.now}></outreach-view>`)
      : this.tab === 'my-control' ? html`<my-control .client=${this.client} .lang=${this.lang} .act=${this.act} @mine-counts=${(e: CustomEvent) => (this.mine = e.detail)}></my-control>`
      : this.tab === 'case-files' ? whenLoaded(this, TAB_PARTS.caseFiles, this.lang, () => html`<case-files-view mode="operator" .client=${this.client} .lang=${this.lang} .act=${this.act} .now=${this.now}></case-files-view>`)
      : this.tab === 'phone' ? html`<phone-view .client=${this.client} .j=${j} .lang=${this.lang} .act=${this.act}></phone-view>`
      : this.reception()}`;
  }

  private reception() {
    const view = this.client.view!;
    const booth = this.booth!;
    const t = this.t;
    const current = this.current;
    if (current) this.cardTicket = current;
    const cardTicket = this.cardTicket;
    const reception = html`<section class="card current">
        ${booth.status === 'break' ? html`
          <h2>${t.onBreak}: ${booth.breakKind === 'lunch' ? t.lunch : t.technical} ${booth.breakUntil ? `${t.until} ${clock(booth.breakUntil, view.office.timezone)}` : ''}</h2>
          <button class="primary big" @click=${() => this.req('breakEnd')}>${t.breakEnd}</button>`
        : current ? this.ticketCard(current) : html`
          <h2 class="muted">${t.noTicket}</h2>
          <button class="primary big" id="call-next" ?disabled=${this.busy} @click=${() => this.req('callNext')}>${t.callNext}<kbd>Alt+N</kbd></button>
          <button @click=${() => (this.dialog = 'break')}>${t.breakStart}<kbd>Alt+B</kbd></button>`}
        ${this.dialog === 'transfer' && current ? this.transferDialog() : nothing}
        ${this.dialog === 'break' && !current ? this.breakDialog() : nothing}
        ${this.dialog === 'unsaved' ? this.unsavedDialog() : nothing}
      </section>`;
    if (!cardTicket) return html`<div class="grid2">${reception}${this.line()}</div>${this.virtualButton()}`;
    // With a card open the screen is the card's: the demo's virtual button waits until it is closed.
    // One card a visit: a life situation's next step at this same booth is a visit of its own, so its card
    // is a new one (opened with the citizen of the step before), never the saved card of the step before.
    return html`<div class="with-card"><div class="side">${reception}${this.line()}</div>
      ${keyed(`${cardTicket.id}:${cardTicket.bundle?.step ?? ''}`, html`<visit-card .client=${this.client} .j=${JOURNAL_TEXT[this.lang]} .lang=${this.lang} .act=${this.act} .ticket=${cardTicket}></visit-card>`)}</div>`;
  }

  /** The demo only: the booth's simulated call button, pressed as the real one would be (README, "Try a call button"). */
  private virtualButton() {
    const t = this.t;
    const number = this.booth!.number;
    if (this.client.view!.devices.buttons.find((b) => b.booth === number)?.state !== 'simulated') return nothing;
    const press = (action: 'callNext' | 'recall' | 'finish') => this.act(this.client.request('pressButton', { action }));
    return html`<section class="card virtual-button" style="margin-top:16px"><h3>${t.virtualButton}</h3>
      <div class="actions"><button id="press-call" @click=${() => press('callNext')}>${t.callNext}</button>
      <button @click=${() => press('recall')}>${t.recall}</button><button @click=${() => press('finish')}>${t.finish}</button></div>
      <p class="muted">${t.virtualButtonNote}</p></section>`;
  }

  private ticketCard(ticket: Ticket) {
    const t = this.t;
    const view = this.client.view!;
    const direction = view.directions.find((d) => d.id === ticket.directionId);
    const since = ticket.state === 'serving' ? ticket.startedAt! : ticket.calledAt!;
    return html`
      <div class="row" style="justify-content:space-between;align-items:center">
        <span class="label" id="current-label">${ticket.label}</span>
        <span class="pill ${ticket.state === 'called' ? 'warn' : 'good'}">${ticket.state === 'called' ? t.called : t.serving}</span>
      </div>
      <div>${direction ? pick(direction.name, this.lang) : ''}${ticket.priority ? html` · <b>${pick(view.priorities.find((p) => p.id === ticket.priority)?.name ?? { ru: ticket.priority }, this.lang)}</b>` : nothing}</div>
      <div class="muted">${mmss(this.now - since)} ${ticket.state === 'serving' ? t.sinceStart : t.sinceCall}${ticket.recalls ? ` · ${t.recalls}: ${ticket.recalls}` : ''}</div>
      ${ticket.bundle ? this.lifeSteps(ticket) : nothing}
      <div class="actions">
        ${ticket.state === 'called' ? html`
          <button ?disabled=${this.busy} @click=${() => this.req('recall')}>${t.recall}<kbd>Alt+R</kbd></button>
          <button class="primary" ?disabled=${this.busy} @click=${() => this.req('start')}>${t.start}<kbd>Alt+S</kbd></button>
          <button class="danger" ?disabled=${this.busy} @click=${() => this.req('noShow')}>${t.noShow}<kbd>Alt+X</kbd></button>` : nothing}
        <button @click=${() => (this.dialog = 'transfer')}>${t.transfer}<kbd>Alt+T</kbd></button>
      </div>
      <div class="finish">
        <button class="primary" id="finish" ?disabled=${this.busy} @click=${() => this.finish()}>${t.finish}<kbd>Alt+F</kbd></button>
        <span class="muted">${t.resultInCard}</span>
      </div>`;
  }

  /**
   * A ticket of a life situation: which step of which situation it is at, and every step in order — those
   * done (at which booth, when), this one, and those to come.
   */
  private lifeSteps(ticket: Ticket) {
    const t = this.t;
    const view = this.client.view!;
    const b = ticket.bundle!;
    const name = (id: string) => { const d = view.directions.find((x) => x.id === id); return d ? pick(d.name, this.lang) : id; };
    // The steps left behind each ended with a finish, in order (a transfer within a step adds none).
    const done = ticket.history.filter((h) => h.action === 'finished');
    return html`<div class="bundle" id="life-steps" aria-label=${t.lifeStepsTitle}>
      <b id="life-step">${t.lifeStep(b.step + 1, b.steps.length, name(b.id))}</b>
      <ol>${b.steps.map((s, i) => {
        const finished = i < b.step ? done[i] : undefined;
        const state = i < b.step ? 'done' : i === b.step ? 'now' : 'ahead';
        return html`<li class=${state} data-step=${i + 1}>${name(s.direction)}${s.booth !== null ? ` (${t.stepBooth(s.booth)})` : ''} —
          ${state === 'done' ? `${t.stepDone}${finished?.booth !== undefined ? `, ${t.stepBooth(finished.booth)}` : ''}${finished ? `, ${clock(finished.at, view.office.timezone)}` : ''}` : state === 'now' ? t.stepNow : t.stepAhead}</li>`;
      })}</ol>
    </div>`;
  }

  private transferDialog() {
    const t = this.t;
    const view = this.client.view!;
    return html`<div class="dialog" role="dialog" aria-label=${t.transfer}>
      <label>${t.transfer}
        <select id="transfer-to">
          <optgroup label=${t.toDirection}>${view.directions.filter((d) => !d.lifeSituation).map((d) => html`<option value=${d.id}>${pick(d.name, this.lang)}</option>`)}</optgroup>
          <optgroup label=${t.toBooth}>${view.booths.filter((b) => b.number !== this.booth?.number).map((b) => html`<option value="booth:${b.number}">${t.booth} ${b.number}${b.staffName ? ` — ${b.staffName}` : ''}</option>`)}</optgroup>
        </select></label>
      <label style="flex-direction:row;align-items:center"><input type="checkbox" id="keep-place" checked style="min-height:0" /> ${t.keepPlace}</label>
      <div class="row"><button class="primary" id="transfer-confirm" @click=${() => this.transfer()}>${t.confirm}</button><button @click=${() => (this.dialog = null)}>${t.cancel}</button></div>
    </div>`;
  }

  private breakDialog() {
    const view = this.client.view!;
    return html`<break-dialog .t=${this.t} .schedule=${view.schedule} .zone=${view.office.timezone} .booth=${this.booth!.number} .now=${this.now}
      @break-start=${(e: CustomEvent<{ kind: 'lunch' | 'technical'; until: number }>) => this.startBreak(e)} @cancel=${() => (this.dialog = null)}></break-dialog>`;
  }

  private line() {
    const t = this.t;
    const view = this.client.view!;
    const booth = this.booth!;
    const bookings = new Map((view.bookings ?? []).map((b) => [b.id, b.at]));
    const waiting: LinePlace[] = view.routing ? lineOf(view.tickets as Ticket[], (id) => bookings.get(id), view.routing, booth, this.now) : [];
    return html`<section class="card">
      <h2>${t.queue}</h2>
      <div class="dirs">${view.summary.directions.filter((d) => booth.directions.includes(d.id)).map((d) => html`
        <div class="dir">${pick(view.directions.find((x) => x.id === d.id)!.name, this.lang)}<br /><b>${d.waiting}</b> <span class="muted">${t.longest} ${d.longestWaitMinutes} ${t.min}</span></div>`)}</div>
      ${waiting.length === 0 ? html`<p class="muted">${t.nobody}</p>` : html`<table class="line">
        <tr><th>${t.label}</th><th class="dirname">${t.direction}</th><th>${t.why}</th><th>${t.waiting}</th><th></th></tr>
        ${waiting.slice(0, 12).map(({ ticket: x, reason, since, bookedAt }) => html`<tr data-ticket=${x.label} data-reason=${reason}>
          <td><b>${x.label}</b></td>
          <td class="dirname ${x.priority ? 'prio' : ''}">${pick(view.directions.find((d) => d.id === x.directionId)!.name, this.lang)}${x.priority ? ` · ${pick(view.priorities.find((p) => p.id === x.priority)?.name ?? { ru: '' }, this.lang)}` : ''}</td>
          <td class="why">${t.reasons[reason]}${bookedAt !== null ? ` ${clock(bookedAt, view.office.timezone)}` : ''}</td>
          <td>${Math.max(0, Math.floor((this.now - since) / 60_000))} ${t.min}</td>
          <td><button ?disabled=${!!this.current || booth.status !== 'open'} @click=${() => this.act(this.client.request('callTicket', { ticketId: x.id }))}>${t.call}</button></td>
        </tr>`)}</table>`}
    </section>`;
  }
}

customElements.define('operator-view', OperatorView);
