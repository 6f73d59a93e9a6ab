// Outreach visits in the panel: the consultant and the head plan a visit, move it or cancel it, and import
// the settlement's list (each refused line shown with what is wrong; a corrected list replaces the first
// after the panel asks); every staff member opens a visit's list, prints it and
// records the appeals taken on the spot in the journal; the head reads the analysis by settlement and year
// with next year's suggestion. The rules are the daemon's: this screen only asks and shows.
import { LitElement, css, html, nothing } from 'lit';
import { ClientError, type ListedCitizen, type OutreachAnalysis, type OutreachVisit, type QueueClient } from 'queue-core/protocol';
import { cancelRefusal, importRefusal, officeDay, rescheduleRefusal } from 'queue-core/domain';
import type { Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { JOURNAL_TEXT } from './journal-strings.js';
import { OUTREACH_TEXT } from './outreach-strings.js';
import { downloadCsv } from './journal-print.js';
import './visit-card.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;
type Problem = { line: number; code: string; text: string };
/** A question the person answers before a change is sent: its words, the button that agrees, what it does. */
type Confirm = { id: string; text: string; yes: string; run: () => Promise<void> };

const dateText = (day: string, lang: Language) => {
  const [y, m, d] = day.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

export class OutreachView extends LitElement {
  static override properties = {
    client: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number },
    year: { state: true }, visits: { state: true }, opened: { state: true }, citizens: { state: true }, problems: { state: true },
    importNote: { state: true }, recording: { state: true }, analysis: { state: true }, changing: { state: true }, confirming: { state: true }, notice: { state: true },
  };
  declare client: QueueClient;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  declare year: number;
  declare visits: OutreachVisit[];
  declare opened: OutreachVisit | null;
  declare citizens: ListedCitizen[];
  declare problems: Problem[];
  declare importNote: string;
  declare recording: { fullName?: string; address?: string } | null;
  declare analysis: OutreachAnalysis | null;
  declare changing: 'reschedule' | 'cancel' | null;
  declare confirming: Confirm | null;
  /** What the last change did, said beside the visit's title. */
  declare notice: string;

  static override styles = [panelStyles, css`
    .stack { display: flex; flex-direction: column; gap: 12px; }
    .specialists { display: flex; flex-wrap: wrap; gap: 4px 14px; }
    .specialists label { flex-direction: row; align-items: center; gap: 6px; font-size: 15px; }
    .problems td { color: #b71c1c; }
    td.num, th.num { text-align: right; }
    .scroll { max-height: 430px; overflow: auto; }
    .rule { font-size: 14px; color: #486581; margin: 6px 0; }
    input[type='file'] { font-size: 15px; }
    button.open { font-weight: 700; text-align: left; }
    tr.cancelled td { color: #607080; }
    .confirm { border: 2px solid #b26a00; background: #fff8e1; }
    .confirm p { font-size: 18px; font-weight: 700; margin: 0 0 12px; }
    .cancelled-note { color: #b71c1c; font-weight: 700; margin: 0; }
  `];

  constructor() {
    super();
    this.visits = [];
    this.opened = null;
    this.citizens = [];
    this.problems = [];
    this.importNote = '';
    this.recording = null;
    this.analysis = null;
    this.changing = null;
    this.confirming = null;
    this.notice = '';
    this.year = 0;
    this.now = Date.now();
  }

  private get t() {
    return OUTREACH_TEXT[this.lang];
  }

  private get sessionRole() {
    return this.client.session?.role;
  }

  private get today() {
    return officeDay(this.now, this.client.view!.office.timezone);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.year = Number(this.today.slice(0, 4));
    void this.load();
    if (this.sessionRole === 'supervisor') void this.analyse(this.year - 2, this.year);
  }

  private async load() {
    const r = (await this.act(this.client.request('outreachVisits', { from: `${this.year}-01-01`, to: `${this.year}-12-31` }))) as { visits: OutreachVisit[] } | undefined;
    if (r) this.visits = r.visits;
  }

  private async plan(e: Event) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const specialists = data.getAll('specialist').map(String);
    const r = (await this.act(this.client.request('outreachPlan', { visit: { settlement: String(data.get('settlement') ?? ''), day: String(data.get('day') ?? ''), specialists } }))) as { visit: OutreachVisit } | undefined;
    if (!r) return;
    form.reset();
    await this.load();
    await this.open(r.visit);
  }

  private async open(v: OutreachVisit) {
    const r = (await this.act(this.client.request('outreachList', { visitId: v.id }))) as { visit: OutreachVisit; citizens: ListedCitizen[] } | undefined;
    if (!r) return;
    this.opened = r.visit;
    this.citizens = r.citizens;
    this.problems = [];
    this.importNote = '';
    this.recording = null;
    this.changing = null;
    this.confirming = null;
    this.notice = '';
  }

  /** After an appeal is saved: the visit's counts as the daemon has them now; the card stays open. */
  private async refreshOpened() {
    if (!this.opened) return;
    const r = (await this.act(this.client.request('outreachList', { visitId: this.opened.id }))) as { visit: OutreachVisit; citizens: ListedCitizen[] } | undefined;
    if (r) (this.opened = r.visit, this.citizens = r.citizens);
  }

  private async importFile(e: Event) {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#list-file')!;
    const file = input.files?.[0];
    if (!file || !this.opened) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    await this.sendList(this.opened.id, btoa(binary));
    input.value = '';
  }

  /** Sends a settlement's file; over an earlier list the daemon answers LIST_EXISTS and the panel asks first. */
  private async sendList(visitId: string, file: string, replaces?: number) {
    try {
      const r = await this.client.request('outreachImport', { visitId, file, ...(replaces === undefined ? {} : { replaces }) });
      await this.open(r.visit);
      this.problems = r.problems;
      this.importNote = `${this.t.imported}: ${r.imported}`;
      await this.load();
    } catch (err) {
      // A broken file: nothing was taken; what is wrong is shown line by line.
      if (err instanceof ClientError && err.code === 'LIST_BROKEN') {
        this.problems = (err.details?.problems as Problem[] | undefined) ?? [];
        this.importNote = this.t.broken;
      } else if (err instanceof ClientError && err.code === 'LIST_EXISTS') {
        const { listed, incoming } = err.details as { listed: number; incoming: number };
        this.confirming = { id: 'replace', text: this.t.replaceQuestion(listed, incoming), yes: this.t.replace, run: () => this.sendList(visitId, file, listed) };
      } else await this.act(Promise.reject(err));
    }
  }

  private askReschedule(e: Event, v: OutreachVisit) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const day = String(data.get('new-day') ?? '');
    const specialists = data.getAll('new-specialist').map(String);
    if (!day || specialists.length === 0) return;
    this.confirming = {
      id: 'reschedule', yes: this.t.rescheduleButton, text: this.t.rescheduleQuestion(v.settlement, dateText(v.day, this.lang), dateText(day, this.lang)),
      run: async () => {
        const r = (await this.act(this.client.request('outreachReschedule', { visitId: v.id, day, specialists }))) as { visit: OutreachVisit } | undefined;
        if (!r) return;
        await this.open(r.visit);
        this.notice = this.t.rescheduled;
        await this.load();
      },
    };
  }

  private askCancel(e: Event, v: OutreachVisit) {
    e.preventDefault();
    const reason = String(new FormData(e.target as HTMLFormElement).get('reason') ?? '').trim();
    if (!reason) return;
    this.confirming = {
      id: 'cancel', yes: this.t.cancelButton, text: this.t.cancelQuestion(v.settlement, dateText(v.day, this.lang)),
      run: async () => {
        const r = (await this.act(this.client.request('outreachCancel', { visitId: v.id, reason }))) as { visit: OutreachVisit } | undefined;
        if (!r) return;
        await this.open(r.visit);
        await this.load();
      },
    };
  }

  private async answer(yes: boolean) {
    const c = this.confirming;
    this.confirming = null;
    if (yes && c) await c.run();
  }

  private async print() {
    if (!this.opened) return;
    const tab = window.open('', '_blank');
    const r = (await this.act(this.client.request('outreachPrint', { visitId: this.opened.id, lang: this.lang }))) as { html: string } | undefined;
    if (!r) return tab?.close();
    const url = URL.createObjectURL(new Blob([r.html], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private async analyse(fromYear: number, toYear: number) {
    const r = (await this.act(this.client.request('outreachAnalysis', { fromYear, toYear }))) as { analysis: OutreachAnalysis } | undefined;
    if (r) this.analysis = r.analysis;
  }

  private csv() {
    const a = this.analysis!;
    const t = this.t;
    downloadCsv(`outreach-${a.fromYear}-${a.toYear}.csv`, [t.settlement, t.year, t.visitsCount, t.cancelledCount, t.listed, t.appeals, t.late],
      a.rows.map((r) => [r.settlement, r.year, r.visits, r.cancelled, r.listed, r.appeals, r.late]), this.lang);
  }

  override render() {
    if (!this.client.view) return nothing;
    if (this.opened) return this.visitScreen(this.opened);
    const planner = this.sessionRole === 'consultant' || this.sessionRole === 'supervisor';
    return html`<div class="stack">
      <div class=${planner ? 'grid2' : ''}>
        ${planner ? this.planForm() : nothing}
        ${this.visitList()}
      </div>
      ${this.sessionRole === 'supervisor' ? this.analysisScreen() : nothing}
    </div>`;
  }

  private planForm() {
    const t = this.t;
    const staff = this.client.view!.staff ?? [];
    return html`<section class="card"><h2>${t.plan}</h2>
      <form id="plan-visit" class="stack" @submit=${(e: Event) => this.plan(e)}>
        <div class="row">
          <label style="flex:2">${t.settlement}<input name="settlement" required maxlength="120" autocomplete="off" /></label>
          <label style="flex:1">${t.day}<input name="day" type="date" required min=${this.today} /></label>
        </div>
        <fieldset><legend>${t.specialists}</legend><div class="specialists">
          ${staff.filter((s) => s.role === 'operator' || s.role === 'consultant').map((s) => html`<label><input type="checkbox" name="specialist" value=${s.id} />${s.name}</label>`)}
        </div></fieldset>
        <div><button class="primary" type="submit" id="plan-button">${t.planButton}</button></div>
      </form></section>`;
  }

  private visitList() {
    const t = this.t;
    const staff = this.client.view!.staff ?? [];
    const name = (id: string) => staff.find((s) => s.id === id)?.name.split(' ')[0] ?? id;
    return html`<section class="card"><h2>${t.visits} · ${this.year}</h2>
      ${this.visits.length === 0 ? html`<p class="muted">${t.none}</p>` : html`<div class="scroll"><table id="visits">
        <tr><th>${t.day}</th><th>${t.settlement}</th><th>${t.specialists}</th><th class="num">${t.listed}</th><th class="num">${t.appeals}</th></tr>
        ${this.visits.map((v) => html`<tr data-visit=${v.id} class=${v.cancelledAt ? 'cancelled' : ''}><td>${dateText(v.day, this.lang)}</td><td><button class="open" title=${t.open} @click=${() => this.open(v)}>${v.settlement}</button>${v.cancelledAt ? html` <span class="pill bad">${t.cancelled}</span>` : nothing}</td><td>${v.specialists.map(name).join(', ')}</td>
          <td class="num">${v.listed}</td><td class="num">${v.appeals}${v.late ? html` <span class="pill bad" title=${t.late}>${v.late}</span>` : nothing}</td></tr>`)}
      </table></div>`}</section>`;
  }

  private visitScreen(v: OutreachVisit) {
    const t = this.t;
    const planner = this.sessionRole === 'consultant' || this.sessionRole === 'supervisor';
    const held = v.day <= this.today && !v.cancelledAt;
    const title = `${v.settlement}, ${dateText(v.day, this.lang)}`;
    const canImport = planner && !importRefusal(v, this.today);
    const canReschedule = planner && !rescheduleRefusal(v, v.day, this.today);
    const canCancel = planner && !cancelRefusal(v, '-');
    return html`<div class="stack">
      <div class="row"><button id="back" @click=${() => { this.opened = null; void this.load(); }}>← ${t.back}</button>
        <h2 style="margin:0">${title}</h2>
        <span class="muted">${t.listed}: ${v.listed} · ${t.appeals}: ${v.appeals}${v.late ? ` · ${t.late}: ${v.late}` : ''}</span>
        ${this.notice ? html`<b id="change-note" role="status">${this.notice}</b>` : nothing}
        ${canReschedule ? html`<button id="reschedule" @click=${() => (this.changing = 'reschedule', this.confirming = null)}>${t.reschedule}</button>` : nothing}
        ${canCancel ? html`<button id="cancel-visit" class="danger" @click=${() => (this.changing = 'cancel', this.confirming = null)}>${t.cancel}</button>` : nothing}</div>
      ${v.cancelledAt ? html`<p class="cancelled-note" id="cancelled-note">${t.cancelledOn(dateText(officeDay(v.cancelledAt, this.client.view!.office.timezone), this.lang), v.cancelReason ?? '')}</p>` : nothing}
      ${this.confirming ? html`<section class="card confirm" id="confirm" data-ask=${this.confirming.id} role="alertdialog"><p>${this.confirming.text}</p>
        <div class="row"><button class="primary" id="confirm-yes" @click=${() => this.answer(true)}>${this.confirming.yes}</button>
          <button id="confirm-no" @click=${() => this.answer(false)}>${t.no}</button></div></section>` : nothing}
      ${this.changing === 'reschedule' && canReschedule ? this.rescheduleForm(v) : nothing}
      ${this.changing === 'cancel' && canCancel ? html`<section class="card"><h3>${t.cancelTitle}</h3>
        <form id="cancel-form" class="row" @submit=${(e: Event) => this.askCancel(e, v)}>
          <label style="flex:1">${t.reason}<input name="reason" required maxlength="300" autocomplete="off" /></label>
          <button class="danger" type="submit" id="cancel-ask">${t.cancelButton}</button><button type="button" @click=${() => (this.changing = null)}>${t.close}</button>
        </form></section>` : nothing}
      ${canImport ? html`<section class="card"><h3>${t.importTitle}</h3>
        <form class="row" @submit=${(e: Event) => this.importFile(e)}>
          <input type="file" id="list-file" accept=".csv,text/csv,text/plain" required />
          <button class="primary" type="submit" id="import-button">${t.importButton}</button>
          ${this.importNote ? html`<b id="import-note" role="status">${this.importNote}</b>` : nothing}
        </form>
        ${this.problems.length ? html`<p>${t.refused}:</p><table class="problems" id="problems">
          ${this.problems.map((p) => html`<tr><td>${p.text}</td></tr>`)}</table>` : nothing}
      </section>` : nothing}
      ${this.recording ? html`<visit-card .client=${this.client} .j=${JOURNAL_TEXT[this.lang]} .lang=${this.lang} .act=${this.act}
          .outreach=${{ id: v.id, title, ...this.recording }} @saved=${() => void this.refreshOpened()}></visit-card>` : nothing}
      <section class="card"><div class="row"><h3 style="margin:0">${t.list}</h3>
        <button id="print-list" @click=${() => this.print()}>${t.print}</button>
        ${held ? html`<button id="record-other" @click=${() => (this.recording = {})}>${t.recordOther}</button>` : nothing}</div>
        ${v.erasedAt ? html`<p class="muted">${t.erased}</p>` : this.citizens.length === 0 ? html`<p class="muted">${t.noList}</p>` : html`<div class="scroll"><table id="citizens">
          <tr><th>№</th><th>${t.fullName}</th><th>${t.address}</th><th>${t.phone}</th><th>${t.question}</th><th></th></tr>
          ${this.citizens.map((c, i) => html`<tr><td>${i + 1}</td><td>${c.fullName}</td><td>${c.address}</td><td style="white-space:nowrap">${c.phone}</td><td>${c.question}</td>
            <td>${held ? html`<button @click=${() => (this.recording = { fullName: c.fullName, address: c.address })}>${t.record}</button>` : nothing}</td></tr>`)}
        </table></div>`}
      </section>
    </div>`;
  }

  private rescheduleForm(v: OutreachVisit) {
    const t = this.t;
    const staff = (this.client.view!.staff ?? []).filter((s) => s.role === 'operator' || s.role === 'consultant');
    return html`<section class="card"><h3>${t.rescheduleTitle}</h3>
      <form id="reschedule-form" class="stack" @submit=${(e: Event) => this.askReschedule(e, v)}>
        <label style="max-width:260px">${t.newDay}<input name="new-day" type="date" required min=${this.today} .value=${v.day} /></label>
        <fieldset><legend>${t.specialists}</legend><div class="specialists">
          ${staff.map((s) => html`<label><input type="checkbox" name="new-specialist" value=${s.id} ?checked=${v.specialists.includes(s.id)} />${s.name}</label>`)}
        </div></fieldset>
        <div class="row"><button class="primary" type="submit" id="reschedule-ask">${t.rescheduleButton}</button><button type="button" @click=${() => (this.changing = null)}>${t.close}</button></div>
      </form></section>`;
  }

  private analysisScreen() {
    const t = this.t;
    const a = this.analysis;
    const years = Array.from({ length: 12 }, (_, i) => this.year - 10 + i);
    const pickYear = (id: string, selected: number) => html`<select id=${id}>${years.map((y) => html`<option value=${y} ?selected=${y === selected}>${y}</option>`)}</select>`;
    const go = () => {
      const v = (id: string) => Number(this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`)!.value);
      void this.analyse(v('from-year'), v('to-year'));
    };
    return html`<section class="card" id="analysis"><h2>${t.analysis}</h2>
      <div class="row"><label>${t.fromYear}${pickYear('from-year', a?.fromYear ?? this.year - 2)}</label><label>${t.toYear}${pickYear('to-year', a?.toYear ?? this.year)}</label>
        <button @click=${go}>${t.show}</button>${a && a.rows.length ? html`<button id="outreach-csv" @click=${() => this.csv()}>${t.csv}</button>` : nothing}</div>
      ${!a ? nothing : a.rows.length === 0 ? html`<p class="muted">${t.nothingYet}</p>` : html`<div class="grid2">
        <div class="scroll"><table id="analysis-rows">
          <tr><th>${t.settlement}</th><th class="num">${t.year}</th><th class="num">${t.visitsCount}</th><th class="num">${t.cancelledCount}</th><th class="num">${t.listed}</th><th class="num">${t.appeals}</th><th class="num">${t.late}</th></tr>
          ${a.rows.map((r) => html`<tr><td>${r.settlement}</td><td class="num">${r.year}</td><td class="num">${r.visits}</td><td class="num">${r.cancelled}</td><td class="num">${r.listed}</td><td class="num">${r.appeals}</td><td class="num">${r.late}</td></tr>`)}
          ${a.totals.map((r) => html`<tr><td><b>${t.total}</b></td><td class="num">${r.year}</td><td class="num"><b>${r.visits}</b></td><td class="num">${r.cancelled}</td><td class="num"><b>${r.listed}</b></td><td class="num"><b>${r.appeals}</b></td><td class="num">${r.late}</td></tr>`)}
        </table></div>
        <div><h3>${t.suggestion} ${a.suggestion.year}</h3>
          <p class="rule">${t.suggestionRule} ${a.suggestion.appealsPerVisit} ${t.perVisit} (${a.suggestion.basedOn.join(', ')}).</p>
          <table id="suggestion"><tr><th>${t.settlement}</th><th class="num">${t.past}</th><th class="num">${t.expected}</th><th class="num">${t.suggested}</th></tr>
          ${a.suggestion.settlements.map((s) => html`<tr><td>${s.settlement}</td><td class="num">${s.pastAppeals.join(' · ')}</td><td class="num">${s.expectedAppeals}</td><td class="num"><b>${s.suggestedVisits}</b></td></tr>`)}
          </table></div>
      </div>`}
    </section>`;
  }
}

customElements.define('outreach-view', OutreachView);
