// The consultant at the front desk: books citizens into free slots and gives them the code, keeps the
// day's bookings (move, cancel, issue the ticket when the citizen arrives), and issues walk-in tickets.
import { LitElement, css, html, nothing } from 'lit';
import type { Booking, QueueClient } from 'queue-core/protocol';
import { addDays, officeDay } from 'queue-core/domain';
import { bookingCodeText, clock, pick, shortDate, type Language } from 'queue-core/ui';
import { ClientRedraw } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { whenLoaded } from './lazy.js';
import { TAB_PARTS } from './tab-parts.js';
import type { PanelText } from './strings.js';
import { JOURNAL_TEXT } from './journal-strings.js';
import { alertList, alertListStyles } from './alert-list.js';
import { OUTREACH_TEXT } from './outreach-strings.js';
import { mineCounts, mineTab } from './my-control.js';
import { RECEPTION_TEXT } from './reception-strings.js';
import './phone-view.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;
type Slot = { at: number; free: number };

export class ConsultantView extends LitElement {
  static override properties = { mine: { state: true },
    tab: { state: true },
    client: { attribute: false }, t: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number },
    day: { state: true }, direction: { state: true }, slots: { state: true }, chosen: { state: true }, booked: { state: true }, moving: { state: true }, issued: { state: true },
  };
  declare client: QueueClient;
  declare t: PanelText;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  declare day: string;
  declare direction: string;
  declare slots: Slot[];
  declare chosen: number | null;
  declare booked: Booking | null;
  declare moving: Booking | null;
  declare issued: string | null;
  declare tab: 'bookings' | 'journal' | 'phone' | 'outreach' | 'reception' | 'my-control';
  /** How many decisions on control are the signed-in staff member's (the tab's count); null until known. */
  declare mine: { onControl: number; overdue: number } | null;

  static override styles = [panelStyles, alertListStyles, css`
    .help-calls { border: 3px solid #b71c1c; margin-bottom: 12px; }
    .tabs { display: flex; gap: 6px; margin-bottom: 12px; }
    .tabs button.on { background: #0b3d91; color: #fff; }
    .slots { display: grid; grid-template-columns: repeat(auto-fill, minmax(84px, 1fr)); gap: 6px; max-height: 260px; overflow: auto; }
    .slots button { padding: 6px; min-height: 44px; }
    .slots button.on { background: #0b3d91; color: #fff; }
    .code { font-size: 48px; font-weight: 700; letter-spacing: 4px; white-space: nowrap; color: #0b3d91; }
    form { display: flex; flex-direction: column; gap: 10px; }
    .walkin { display: flex; gap: 8px; flex-wrap: wrap; }
    .walkin button { min-height: 56px; font-size: 18px; }
  `];

  constructor() {
    super();
    this.mine = null;
    // Redraw on every change of the office at once, not on the panel's next tick.
    new ClientRedraw(this, () => this.client);
    this.tab = 'bookings';
    this.day = '';
    this.direction = '';
    this.slots = [];
    this.chosen = null;
    this.booked = null;
    this.moving = null;
    this.issued = null;
  }

  override connectedCallback() {
    super.connectedCallback();
    void mineCounts(this.client).then((c) => (this.mine = c));
  }

  override willUpdate() {
    const view = this.client.view;
    if (this.day || !view) return;
    this.day = officeDay(this.now, view.office.timezone);
    this.direction = view.directions[0]!.id;
    void this.loadSlots();
  }

  private days(): string[] {
    // The office day by the daemon's calendar rules, counted in days rather than 24-hour steps (a clock change).
    const today = officeDay(this.now, this.client.view!.office.timezone);
    return Array.from({ length: 14 }, (_, i) => addDays(today, i));
  }

  private async loadSlots() {
    if (!this.day || !this.direction) return;
    const r = (await this.act(this.client.request('slots', { directionId: this.direction, day: this.day }))) as { slots: Slot[] } | undefined;
    this.slots = r?.slots ?? [];
    this.chosen = null;
  }

  private async book(e: Event) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    if (this.chosen === null) return;
    if (this.moving) {
      const r = (await this.act(this.client.request('moveBooking', { bookingId: this.moving.id, at: this.chosen }))) as { booking: Booking } | undefined;
      if (r) {
        this.booked = r.booking;
        this.moving = null;
      }
    } else {
      const r = (await this.act(this.client.request('book', { directionId: this.direction, at: this.chosen, citizenName: String(data.get('name') ?? ''), phone: String(data.get('phone') ?? '') }))) as { booking: Booking } | undefined;
      if (r) {
        this.booked = r.booking;
        form.reset();
      }
    }
    await this.loadSlots();
  }

  private async checkIn(b: Booking) {
    const r = (await this.act(this.client.request('checkIn', { code: b.code }))) as { ticket: { label: string } } | undefined;
    if (r) this.issued = r.ticket.label;
  }

  private async walkIn(directionId: string) {
    const priority = this.renderRoot.querySelector<HTMLSelectElement>('#walkin-priority')?.value || null;
    const r = (await this.act(this.client.request('issue', { directionId, priority }))) as { ticket: { label: string } } | undefined;
    if (r) this.issued = r.ticket.label;
  }

  override render() {
    if (!this.client.view) return nothing;
    const j = JOURNAL_TEXT[this.lang];
    const tab = (id: ConsultantView['tab'], text: unknown) => html`<button role="tab" id="tab-${id}" aria-selected=${this.tab === id} class=${this.tab === id ? 'on' : ''} @click=${() => (this.tab = id)}>${text}</button>`;
    return html`${this.helpCalls()}<div class="tabs" role="tablist">${tab('bookings', this.t.bookings)}${tab('journal', j.tabJournal)}${tab('phone', j.tabPhone)}${tab('outreach', OUTREACH_TEXT[this.lang].tab)}${tab('reception', RECEPTION_TEXT[this.lang].tab)}${tab('my-control', mineTab(this.lang, this.mine))}</div>
      ${this.tab === 'journal' ? whenLoaded(this, TAB_PARTS.journal, this.lang, () => html`<journal-view .client=${this.client} .j=${j} .lang=${this.lang} .act=${this.act} .now=${this.now}></journal-view>`)
      : this.tab === 'outreach' ? whenLoaded(this, TAB_PARTS.outreach, this.lang, () => html`<outreach-view .client=${this.client} .lang=${this.lang} .act=${this.act} .now=${this.now}></outreach-view>`)
      : this.tab === 'my-control' ? html`<my-control .client=${this.client} .lang=${this.lang} .act=${this.act} @mine-counts=${(e: CustomEvent) => (this.mine = e.detail)}></my-control>`
      : this.tab === 'reception' ? whenLoaded(this, TAB_PARTS.reception, this.lang, () => html`<reception-view .client=${this.client} .lang=${this.lang} .act=${this.act} .now=${this.now}></reception-view>`)
      : this.tab === 'phone' ? html`<phone-view .client=${this.client} .j=${j} .lang=${this.lang} .act=${this.act}></phone-view>`
      : this.bookingScreen()}`;
  }

  /** A visitor at a kiosk called for help (accessibility.helpButton): the consultant goes and marks it seen. */
  private helpCalls() {
    const view = this.client.view!;
    const calls = (view.alerts ?? []).filter((a) => a.kind === 'kiosk-help');
    if (calls.length === 0) return nothing;
    return html`<section class="card help-calls" role="alert">
      ${alertList({ alerts: calls, notices: [], t: this.t, tz: view.office.timezone, staffName: (id) => view.staff?.find((m) => m.id === id)?.name ?? id,
        acknowledge: (a) => void this.act(this.client.request('alertAck', { alertId: a.id })) })}
    </section>`;
  }

  private bookingScreen() {
    const view = this.client.view!;
    const t = this.t;
    const tz = view.office.timezone;
    const dayBookings = (view.bookings ?? []).filter((b) => b.day === this.day);
    return html`<div class="grid2">
      <section class="card">
        <h2>${this.moving ? `${t.move}: ${this.moving.citizenName}` : t.book}</h2>
        <form @submit=${(e: Event) => this.book(e)}>
          ${this.moving ? nothing : html`<div class="row">
            <label style="flex:2">${t.citizen}<input name="name" required maxlength="200" autocomplete="off" /></label>
            <label style="flex:1">${t.phone}<input name="phone" type="tel" maxlength="40" autocomplete="off" /></label>
          </div>`}
          <div class="row">
            <label>${t.direction}<select id="book-direction" .value=${this.direction} ?disabled=${!!this.moving} @change=${(e: Event) => { this.direction = (e.target as HTMLSelectElement).value; void this.loadSlots(); }}>
              ${view.directions.map((d) => html`<option value=${d.id} ?selected=${d.id === this.direction}>${pick(d.name, this.lang)}</option>`)}</select></label>
            <label>${t.date}<select @change=${(e: Event) => { this.day = (e.target as HTMLSelectElement).value; void this.loadSlots(); }}>
              ${this.days().map((d) => html`<option value=${d} ?selected=${d === this.day}>${shortDate(Date.parse(`${d}T12:00:00Z`), 'UTC', this.lang)}</option>`)}</select></label>
          </div>
          <div class="slots" role="listbox" aria-label=${t.time}>
            ${this.slots.map((s) => html`<button type="button" class=${this.chosen === s.at ? 'on' : ''} ?disabled=${s.free <= 0}
              title="${s.free} ${t.slotsFree}" @click=${() => (this.chosen = s.at)}>${clock(s.at, tz)}</button>`)}
          </div>
          <div class="row">
            <button class="primary" type="submit" ?disabled=${this.chosen === null}>${this.moving ? t.move : t.book}</button>
            ${this.moving ? html`<button type="button" @click=${() => (this.moving = null)}>${t.cancel}</button>` : nothing}
          </div>
        </form>
        ${this.booked ? html`<div class="card" style="margin-top:12px;background:#e8f5e9" role="status">
          <div>${t.giveCode}: ${this.booked.citizenName}, ${shortDate(this.booked.at, tz, this.lang)} ${clock(this.booked.at, tz)}</div>
          <div class="code" id="booking-code">${bookingCodeText(this.booked.code)}</div></div>` : nothing}
        <h3>${t.walkIn}</h3>
        <div class="row" style="margin-bottom:8px"><label>${t.priority}<select id="walkin-priority"><option value="">${t.none}</option>
          ${view.priorities.map((p) => html`<option value=${p.id}>${pick(p.name, this.lang)}</option>`)}</select></label></div>
        <div class="walkin">${view.directions.map((d) => html`<button @click=${() => this.walkIn(d.id)}>${d.prefix} · ${pick(d.name, this.lang)}</button>`)}</div>
        ${this.issued ? html`<p role="status"><b>${t.issued}: <span id="issued-label">${this.issued}</span></b></p>` : nothing}
      </section>
      <section class="card">
        <h2>${t.bookings} · ${shortDate(Date.parse(`${this.day}T12:00:00Z`), 'UTC', this.lang)}</h2>
        <table>
          <tr><th>${t.time}</th><th>${t.citizen}</th><th>${t.direction}</th><th>${t.code}</th><th>${t.state}</th><th></th></tr>
          ${dayBookings.map((b) => html`<tr data-booking=${b.code}>
            <td>${clock(b.at, tz)}</td><td>${b.citizenName}<br /><span class="muted">${b.phone}</span></td>
            <td>${pick(view.directions.find((d) => d.id === b.directionId)!.name, this.lang)}</td><td><b>${bookingCodeText(b.code)}</b></td>
            <td><span class="pill ${b.state === 'cancelled' ? 'bad' : b.state === 'checked-in' ? 'good' : ''}">${t.bookingStates[b.state]}</span></td>
            <td>${b.state === 'booked' ? html`<div class="row">
              <button class="primary" @click=${() => this.checkIn(b)}>${t.issueTicket}</button>
              <button @click=${() => { this.moving = b; this.direction = b.directionId; void this.loadSlots(); }}>${t.move}</button>
              <button class="danger" @click=${() => this.act(this.client.request('cancelBooking', { bookingId: b.id }))}>${t.cancelBooking}</button></div>` : nothing}</td>
          </tr>`)}
        </table>
      </section>
    </div>`;
  }
}

customElements.define('consultant-view', ConsultantView);
