// The management's reception in the panel: the consultant (and the head) see the coming reception days
// with their slots, book a citizen into a free slot naming the journal appeals the question was considered
// in, move or cancel a booking and print the citizen's invitation; a day's materials (the booked citizens
// with their considered appeals and case files) are read and printed on A4; the head records the decision
// per citizen, puts it under control with a deadline and a responsible staff member, and the control list
// shows what is on control, overdue and done "to the file". The rules are the daemon's: this screen asks and shows.
import { LitElement, css, html, nothing } from 'lit';
import { CASE_FILE_STATE_WORDS, ClientError, type AppealSummary, type CaseFile, type QueueClient, type ReceptionBooking, type ResultOf } from 'queue-core/protocol';
import { addDays, localTime, officeDay } from 'queue-core/domain';
import { APPEAL_TYPE_TEXT, RESULT_TEXT, longDate, slotPassed, type Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { RECEPTION_TEXT } from './reception-strings.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;
type Session = ResultOf['receptionSchedule']['sessions'][number];
type ControlItem = ResultOf['receptionControl']['items'][number];
type Filter = 'all' | 'on-control' | 'overdue' | 'done';
type Slot = { day: string; session: number; time: string };
type LinkedFile = ResultOf['receptionMaterials']['caseFiles'][number];

const dotted = (day: string, lang: Language) => {
  const [y, m, d] = day.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};
const list = (s: FormDataEntryValue | null) => String(s ?? '').split(/[,;\s]+/).map((x) => x.trim()).filter(Boolean);

export class ReceptionView extends LitElement {
  static override properties = {
    client: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number },
    sessions: { state: true }, bookings: { state: true }, booking: { state: true }, moving: { state: true },
    day: { state: true }, dayBookings: { state: true }, appeals: { state: true }, filter: { state: true }, control: { state: true }, counts: { state: true },
    offered: { state: true }, linked: { state: true }, controlAsked: { state: true }, fieldWords: { state: true },
  };
  declare client: QueueClient;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  declare sessions: Session[];
  declare bookings: ReceptionBooking[];
  /** The free slot the booking form is open for. */
  declare booking: Slot | null;
  /** The booking being moved: free slots offer "here". */
  declare moving: ReceptionBooking | null;
  /** The reception day whose materials are open. */
  declare day: string | null;
  declare dayBookings: ReceptionBooking[];
  declare appeals: AppealSummary[];
  declare filter: Filter;
  declare control: ControlItem[];
  declare counts: ResultOf['receptionControl']['counts'] | null;
  /** The citizen's case files found by name in the booking form (null: not looked up yet). */
  declare offered: CaseFile[] | null;
  /** Where each case file of the open day's materials is now, as the daemon read it. */
  declare linked: LinkedFile[];
  /** The bookings whose decision form has "put under control" ticked: their deadline and responsible are asked. */
  declare controlAsked: Set<string>;
  /** The daemon's words on a refused decision or booking, by booking (or "book") and field ("R-20261208-1 control.deadline", "book booking.appealIds"), shown next to the field. */
  declare fieldWords: Record<string, string>;

  static override styles = [panelStyles, css`
    .stack { display: flex; flex-direction: column; gap: 12px; }
    .scroll { max-height: 470px; overflow: auto; }
    .session { border-top: 2px solid #d9e2ec; padding-top: 8px; margin-top: 8px; }
    .session h3 { margin: 0 0 6px; font-size: 17px; }
    .layout { display: grid; grid-template-columns: 520px minmax(0, 1fr); gap: 16px; align-items: start; }
    .slots { display: grid; grid-template-columns: 56px 1fr auto; gap: 4px 10px; align-items: center; font-size: 15px; }
    .slots .booked { grid-column: 2 / 4; display: flex; flex-direction: column; gap: 4px; padding: 4px 0; }
    .slots .time { font-weight: 700; font-variant-numeric: tabular-nums; }
    .slots .actions { display: flex; gap: 6px; flex-wrap: wrap; }
    td.nowrap { white-space: nowrap; }
    table.case-files { margin: 4px 0 8px; font-size: 15px; }
    #case-files-offered { border: 1px solid #d9e2ec; border-radius: 6px; display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
    .slots button { padding: 4px 10px; font-size: 14px; }
    .q { color: #486581; font-size: 14px; }
    .who { font-weight: 700; }
    textarea { width: 100%; min-height: 54px; font: inherit; font-size: 15px; box-sizing: border-box; }
    .citizen { border: 1px solid #d9e2ec; border-radius: 10px; padding: 10px 14px; margin-bottom: 10px; }
    .citizen h4 { margin: 0 0 4px; font-size: 16px; }
    .citizen ul { margin: 4px 0; padding-left: 20px; font-size: 14px; }
    .decide { display: grid; grid-template-columns: 1fr; gap: 6px; margin-top: 6px; }
    .decide .row label { font-size: 14px; }
    table { width: 100%; }
    td, th { font-size: 14px; }
    label.check { flex-direction: row; align-items: center; gap: 6px; }
    .control-asked { align-items: flex-start; gap: 16px; }
    .control-asked .field { display: flex; flex-direction: column; gap: 4px; max-width: 420px; }
    #reception-book .field { display: flex; flex-direction: column; gap: 4px; }
    .required { color: #b71c1c; font-size: 13px; }
    .field-problem { color: #b71c1c; font-size: 14px; font-weight: 700; }
    input[aria-invalid='true'] { border-color: #b71c1c; outline: 2px solid #b71c1c; }
  `];

  constructor() {
    super();
    this.sessions = [];
    this.bookings = [];
    this.booking = null;
    this.moving = null;
    this.day = null;
    this.dayBookings = [];
    this.appeals = [];
    this.offered = null;
    this.linked = [];
    this.controlAsked = new Set();
    this.fieldWords = {};
    this.filter = 'all';
    this.control = [];
    this.counts = null;
    this.now = Date.now();
  }

  private get t() {
    return RECEPTION_TEXT[this.lang];
  }

  private get isHead() {
    return this.client.session?.role === 'supervisor';
  }

  private get tz() {
    return this.client.view!.office.timezone;
  }

  private get today() {
    return officeDay(this.now, this.tz);
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
    void this.loadControl();
  }

  private async load() {
    const r = (await this.act(this.client.request('receptionSchedule', { from: this.today, to: addDays(this.today, 90) }))) as ResultOf['receptionSchedule'] | undefined;
    if (r) (this.sessions = r.sessions, this.bookings = r.bookings);
  }

  private async loadControl() {
    const r = (await this.act(this.client.request('receptionControl', { state: this.filter }))) as ResultOf['receptionControl'] | undefined;
    if (r) (this.control = r.items, this.counts = r.counts);
  }

  private async openDay(day: string) {
    const r = (await this.act(this.client.request('receptionMaterials', { day }))) as ResultOf['receptionMaterials'] | undefined;
    if (r) {
      (this.day = day, this.dayBookings = r.bookings, this.appeals = r.appeals, this.linked = r.caseFiles);
      this.controlAsked = new Set(r.bookings.filter((b) => b.decision?.control).map((b) => b.id));
      this.fieldWords = {};
    }
  }

  /** The booking form offers the citizen's case files: the daemon's search by the name typed. */
  private async findFiles(form: HTMLFormElement) {
    const name = String(new FormData(form).get('fullName') ?? '').trim();
    const r = (await this.act(this.client.request('caseFileSearch', { name }))) as ResultOf['caseFileSearch'] | undefined;
    if (r) this.offered = r.files;
  }

  private openForm(slot: Slot) {
    this.booking = slot;
    this.offered = null;
    this.fieldWords = {};
  }

  private async book(e: Event) {
    e.preventDefault();
    const slot = this.booking;
    if (!slot) return;
    const data = new FormData(e.target as HTMLFormElement);
    // Whether the question was considered in an appeal of the journal is the daemon's to check: its
    // refusal names the field, and its words stand next to that field.
    this.fieldWords = {};
    try {
      await this.client.request('receptionBook', {
        booking: { ...slot, citizen: { fullName: String(data.get('fullName') ?? ''), phone: String(data.get('phone') ?? '') }, question: String(data.get('question') ?? ''), appealIds: list(data.get('appeals')), caseFiles: data.getAll('caseFile').map(String) },
      });
    } catch (err) {
      const fields = err instanceof ClientError ? err.details?.fields : undefined;
      if (fields && typeof fields === 'object') {
        this.fieldWords = Object.fromEntries(Object.entries(fields as Record<string, string>).map(([field, words]) => [`book ${field}`, words]));
        return;
      }
      await this.act(Promise.reject(err));
      return;
    }
    this.booking = null;
    await this.load();
  }

  private async moveTo(slot: Slot) {
    const b = this.moving;
    if (!b) return;
    const r = await this.act(this.client.request('receptionMove', { bookingId: b.id, ...slot }));
    this.moving = null;
    if (r) await this.load();
  }

  private async cancel(b: ReceptionBooking) {
    if (await this.act(this.client.request('receptionCancel', { bookingId: b.id }))) await this.load();
  }

  private async print(what: { day: string } | { bookingId: string }) {
    // The tab is opened at the click, before the answer, so that no pop-up blocker stops it.
    const tab = window.open('', '_blank');
    const r = (await this.act(this.client.request('receptionPrint', { ...what, lang: this.lang }))) as { html: string } | undefined;
    if (!r) return tab?.close();
    const url = URL.createObjectURL(new Blob([r.html], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private async decide(e: Event, b: ReceptionBooking) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const given = (name: string) => { const v = String(data.get(name) ?? '').trim(); return v ? v : undefined; };
    // Under control the deadline and the responsible are the daemon's to require: what is empty is not
    // sent, and its refusal names the field, shown next to it.
    const control = data.get('control') ? { deadline: given('deadline'), responsible: given('responsible') } : null;
    this.fieldWords = {};
    try {
      await this.client.request('receptionDecide', { bookingId: b.id, decision: String(data.get('decision') ?? ''), control });
    } catch (err) {
      const fields = err instanceof ClientError ? err.details?.fields : undefined;
      if (fields && typeof fields === 'object') {
        this.fieldWords = Object.fromEntries(Object.entries(fields as Record<string, string>).map(([field, words]) => [`${b.id} ${field}`, words]));
        return;
      }
      await this.act(Promise.reject(err));
      return;
    }
    await this.openDay(b.day);
    await this.loadControl();
  }

  private askControl(id: string, on: boolean) {
    const asked = new Set(this.controlAsked);
    if (on) asked.add(id);
    else asked.delete(id);
    this.controlAsked = asked;
    this.fieldWords = {};
  }

  private async toFile(item: ControlItem) {
    if (await this.act(this.client.request('receptionDone', { bookingId: item.id }))) await this.loadControl();
  }

  override render() {
    if (!this.client.view) return nothing;
    if (this.day) return this.materialsScreen(this.day);
    return html`<div class="stack">
      <div class="layout">${this.scheduleCard()}${this.booking ? this.bookForm(this.booking) : this.controlCard()}</div>
      ${this.booking ? this.controlCard() : nothing}
    </div>`;
  }

  private staffName(id: string) {
    return this.client.view!.staff?.find((s) => s.id === id)?.name ?? id;
  }

  private scheduleCard() {
    const t = this.t;
    const byId = new Map(this.bookings.map((b) => [b.id, b]));
    // The daemon marked the slots passed when it answered; a view left open marks those whose time has come since by the same rule.
    const here = localTime(this.now, this.tz);
    return html`<section class="card" id="reception-schedule"><h2>${t.schedule}</h2>
      ${this.moving ? html`<p class="pill warn" role="status">${t.moving}: ${this.moving.citizen?.fullName ?? this.moving.id} <button @click=${() => (this.moving = null)}>✕</button></p>` : nothing}
      ${this.sessions.length === 0 ? html`<p class="muted">${t.noDays}</p>` : html`<div class="scroll">${this.sessions.map((s) => html`
        <div class="session" data-day=${s.day} data-session=${s.session}>
          <div class="row" style="justify-content:space-between;align-items:center"><h3>${longDate(Date.parse(`${s.day}T12:00:00Z`), 'UTC', this.lang)}, ${s.from}–${s.to} · ${s.who[this.lang] ?? s.who.ru}</h3>
            <button class="open-day" @click=${() => this.openDay(s.day)}>${t.materials}</button></div>
          <div class="slots">${s.slots.map((slot) => {
            const b = slot.bookingId ? byId.get(slot.bookingId) : undefined;
            const at = { day: s.day, session: s.session, time: slot.time };
            return html`<span class="time">${slot.time}</span>
              ${b ? html`<div class="booked" data-booking=${b.id}><span><span class="who">${b.citizen?.fullName ?? t.erased}</span> <span class="q">— ${b.question}</span></span>
                <span class="actions"><button @click=${() => this.print({ bookingId: b.id })}>${t.invitation}</button>
                  ${b.decision ? nothing : html`<button @click=${() => (this.moving = b)}>${t.move}</button><button class="danger" @click=${() => this.cancel(b)}>${t.cancel}</button>`}</span></div>`
              : slot.passed || slotPassed(here, s.day, slot.time) ? html`<span class="muted passed" data-time=${slot.time}>${t.passed}</span><span></span>`
              : html`<span class="muted">${t.free}</span><span class="actions">${this.moving
                ? html`<button class="primary" @click=${() => this.moveTo(at)}>${t.moveHere}</button>`
                : html`<button class="book-slot" data-time=${slot.time} @click=${() => this.openForm(at)}>${t.book}</button>`}</span>`}`;
          })}</div>
        </div>`)}</div>`}
    </section>`;
  }

  private bookForm(slot: Slot) {
    const t = this.t;
    const appealWords = this.fieldWords['book booking.appealIds'];
    return html`<section class="card"><div class="row" style="justify-content:space-between"><h2 style="margin:0">${t.bookTitle}</h2><button @click=${() => (this.booking = null)}>${t.closeForm}</button></div>
      <p><b>${dotted(slot.day, this.lang)}, ${slot.time}</b></p>
      <form id="reception-book" class="stack" @submit=${(e: Event) => this.book(e)}>
        <label>${t.fullName}<input name="fullName" required maxlength="200" autocomplete="off" /></label>
        <label>${t.phone}<input name="phone" maxlength="40" autocomplete="off" /></label>
        <label>${t.question}<input name="question" required maxlength="500" autocomplete="off" /></label>
        <div class="field"><label>${t.appeals}<input name="appeals" autocomplete="off" placeholder="J-20261202-0001"
          aria-invalid=${appealWords ? 'true' : 'false'} aria-describedby="appeals-problem" /></label>
          ${appealWords ? html`<span class="field-problem" id="appeals-problem" role="alert">${appealWords}</span>` : nothing}</div>
        <fieldset id="case-files-offered"><legend>${t.caseFiles}</legend>
          <button type="button" id="find-case-files" @click=${(e: Event) => this.findFiles((e.target as HTMLElement).closest('form')!)}>${t.findCaseFiles}</button>
          ${this.offered === null ? nothing : this.offered.length === 0 ? html`<p class="muted">${t.noCaseFiles}</p>` : this.offered.map((f) => html`
            <label class="check"><input type="checkbox" name="caseFile" value=${f.id} />${f.id} — ${f.fullName}, ${this.paymentName(f.paymentType)}, ${CASE_FILE_STATE_WORDS[f.state][this.lang]}</label>`)}
        </fieldset>
        <div><button class="primary" type="submit" id="reception-book-button">${t.bookButton}</button></div>
      </form></section>`;
  }

  private stateText(c: ControlItem['control']) {
    const t = this.t;
    return { 'on-control': html`<span class="pill warn">${t.stateOnControl}</span>`, overdue: html`<span class="pill bad">${t.stateOverdue}</span>`, done: html`<span class="pill good">${t.stateDone}</span>`,
      decided: html`<span class="pill">${t.stateDecided}</span>`, 'no-decision': html`<span class="pill">${t.noDecision}</span>` }[c];
  }

  private controlCard() {
    const t = this.t;
    const c = this.counts;
    const pick = (f: Filter) => {
      this.filter = f;
      void this.loadControl();
    };
    return html`<section class="card" id="reception-control"><h2>${t.control}</h2>
      <div class="row" style="align-items:center">
        <label>${t.filter}<select id="control-filter" @change=${(e: Event) => pick((e.target as HTMLSelectElement).value as Filter)}>
          ${(['all', 'on-control', 'overdue', 'done'] as const).map((f) => html`<option value=${f} ?selected=${this.filter === f}>${{ all: t.all, 'on-control': t.stateOnControl, overdue: t.stateOverdue, done: t.stateDone }[f]}</option>`)}
        </select></label>
        ${c ? html`<span class="pill warn" id="count-on-control">${t.stateOnControl}: ${c.onControl}</span><span class="pill bad" id="count-overdue">${t.stateOverdue}: ${c.overdue}</span><span class="pill good">${t.stateDone}: ${c.done}</span>` : nothing}
      </div>
      ${this.control.length === 0 ? html`<p class="muted">${t.none}</p>` : html`<div class="scroll"><table id="control-list">
        <tr><th>${t.booking}</th><th>${t.citizen}</th><th>${t.decision}</th><th>${t.deadline}</th><th>${t.responsible}</th><th></th></tr>
        ${this.control.map((i) => html`<tr data-booking=${i.id} data-state=${i.control}><td class="nowrap">${i.id}<br><span class="muted">${dotted(i.day, this.lang)}</span></td><td>${i.citizen?.fullName ?? t.erased}</td><td>${i.decision?.text}</td>
          <td>${i.decision?.control ? dotted(i.decision.control.deadline, this.lang) : ''}</td><td>${i.decision?.control ? this.staffName(i.decision.control.responsible) : ''}</td>
          <td class="nowrap">${this.stateText(i.control)}${i.control === 'on-control' || i.control === 'overdue' ? html`<br><button class="to-file" @click=${() => this.toFile(i)}>${t.toFile}</button>` : nothing}</td></tr>`)}
      </table></div>`}
    </section>`;
  }

  private paymentName(id: string | null): string {
    const r = (this.client.view!.reasons ?? []).find((x) => x.id === id)?.name;
    return r ? (r[this.lang] ?? r.ru) : id ?? '';
  }

  /** A booking's case files with where each is now: the number, the payment type, the state since when, who holds it or the shelf. */
  private filesTable(ids: string[]) {
    const t = this.t;
    const where = new Map(this.linked.map((f) => [f.id, f]));
    const holder = (f: LinkedFile) => f.place ?? (f.holder?.startsWith('payments:') ? f.holder.slice('payments:'.length) : f.holder ? this.staffName(f.holder) : '');
    return html`<table class="case-files"><tr><th>${t.fileNo}</th><th>${t.paymentType}</th><th>${t.fileState}</th><th>${t.fileWhere}</th></tr>
      ${ids.map((id) => { const f = where.get(id); return f && f.state ? html`<tr data-file=${id} data-state=${f.state}><td class="nowrap">${id}</td><td>${this.paymentName(f.paymentType)}</td>
        <td>${CASE_FILE_STATE_WORDS[f.state][this.lang]}${f.since === null ? '' : `, ${t.since} ${dotted(officeDay(f.since, this.tz), this.lang)}`}</td><td>${holder(f)}</td></tr>`
        : html`<tr data-file=${id}><td>${id}</td><td colspan="3" class="muted">${t.noFile}</td></tr>`; })}</table>`;
  }

  /** The head's decision; ticking "put under control" asks for the deadline (required) and the responsible. */
  private decideForm(b: ReceptionBooking, day: string, staff: { id: string; name: string }[]) {
    const t = this.t;
    const asked = this.controlAsked.has(b.id);
    const words = (field: string) => this.fieldWords[`${b.id} ${field}`];
    const problem = (field: string, id: string) => words(field) ? html`<span class="field-problem" id=${id} role="alert">${words(field)}</span>` : nothing;
    return html`<form class="decide" novalidate @submit=${(e: Event) => this.decide(e, b)}>
      <label>${t.decision}<textarea name="decision" required maxlength="2000">${b.decision?.text ?? ''}</textarea></label>
      <div class="row"><label class="check"><input type="checkbox" name="control" ?checked=${asked} @change=${(e: Event) => this.askControl(b.id, (e.target as HTMLInputElement).checked)} />${t.onControl}</label></div>
      ${asked ? html`<div class="row control-asked">
        <div class="field"><label><span>${t.deadline} <span class="required">(${t.deadlineRequired})</span></span><input type="date" name="deadline" min=${day} required aria-required="true"
          aria-invalid=${words('control.deadline') ? 'true' : 'false'} aria-describedby="deadline-problem-${b.id}" value=${b.decision?.control?.deadline ?? ''} /></label>
          ${problem('control.deadline', `deadline-problem-${b.id}`)}</div>
        <div class="field"><label>${t.responsible}<select name="responsible" aria-describedby="responsible-problem-${b.id}">${staff.map((s) => html`<option value=${s.id} ?selected=${b.decision?.control?.responsible === s.id}>${s.name}</option>`)}</select></label>
          ${problem('control.responsible', `responsible-problem-${b.id}`)}</div>
      </div>` : nothing}
      <div><button class="primary" type="submit">${t.save}</button></div>
    </form>`;
  }

  private materialsScreen(day: string) {
    const t = this.t;
    const appeals = new Map(this.appeals.map((a) => [a.id, a]));
    const reasons = this.client.view!.reasons ?? [];
    const reasonName = (id: string) => { const r = reasons.find((x) => x.id === id)?.name; return r ? (r[this.lang] ?? r.ru) : id; };
    const held = day <= this.today;
    const staff = (this.client.view!.staff ?? []).filter((s) => s.role !== 'supervisor');
    return html`<div class="stack">
      <div class="row" style="align-items:center"><button id="back" @click=${() => { this.day = null; void this.load(); }}>← ${t.back}</button>
        <h2 style="margin:0">${t.materials}: ${dotted(day, this.lang)}</h2>
        <button class="primary" id="print-materials" @click=${() => this.print({ day })}>${t.printMaterials}</button></div>
      <section class="card scroll" id="materials">${this.dayBookings.length === 0 ? html`<p class="muted">${t.none}</p>` : this.dayBookings.map((b) => html`
        <div class="citizen" data-booking=${b.id}><h4>${b.time} — ${b.citizen?.fullName ?? t.erased} <span class="muted">(${b.id}${b.citizen?.phone ? `, ${b.citizen.phone}` : ''})</span></h4>
          <div>${b.question}</div>
          <div class="muted">${t.considered}:</div>
          <ul>${b.appealIds.map((id) => { const a = appeals.get(id); return html`<li>${id}${a ? ` — ${dotted(officeDay(a.at, this.tz), this.lang)}, ${APPEAL_TYPE_TEXT[a.appealType][this.lang]}, ${reasonName(a.reason)}: ${RESULT_TEXT[a.result][this.lang]}` : ''}</li>`; })}</ul>
          ${b.caseFiles.length ? this.filesTable(b.caseFiles) : nothing}
          ${b.decision ? html`<div><b>${t.decision}:</b> ${b.decision.text}${b.decision.control ? html` · ${t.deadline}: ${dotted(b.decision.control.deadline, this.lang)}, ${this.staffName(b.decision.control.responsible)}` : nothing}</div>` : nothing}
          ${this.isHead && held && !b.decision?.control?.doneAt ? this.decideForm(b, day, staff) : nothing}
        </div>`)}
      </section>
    </div>`;
  }
}

customElements.define('reception-view', ReceptionView);
