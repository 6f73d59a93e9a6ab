// Outreach visits in the panel: the consultant and the head plan a visit and import the settlement's list
// (each refused line shown with what is wrong); every staff member opens a visit's list, prints it and
// records the appeals taken on the spot in the journal; the head reads the analysis by settlement and year
// with next year's suggestion. The rules are the daemon's: this screen only asks and shows.
import { LitElement, css, html, nothing } from 'lit';
import { ClientError, type ListedCitizen, type OutreachAnalysis, type OutreachVisit, type QueueClient } from 'queue-core/protocol';
import { officeDay } from 'queue-core/domain';
import type { Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { JOURNAL_TEXT } from './journal-strings.js';
import { OUTREACH_TEXT } from './outreach-strings.js';
import { downloadCsv } from './journal-print.js';
import './visit-card.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;
type Problem = { line: number; code: string; text: string };

const dateText = (day: string, lang: Language) => {
  const [y, m, d] = day.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

export class OutreachView extends LitElement {
  static override properties = {
    client: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number },
    year: { state: true }, visits: { state: true }, opened: { state: true }, citizens: { state: true }, problems: { state: true },
    importNote: { state: true }, recording: { state: true }, analysis: { state: true },
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
    try {
      const r = await this.client.request('outreachImport', { visitId: this.opened.id, file: btoa(binary) });
      this.problems = r.problems;
      this.importNote = `${this.t.imported}: ${r.imported}`;
      await this.open(r.visit);
      this.problems = r.problems;
      this.importNote = `${this.t.imported}: ${r.imported}`;
      await this.load();
    } catch (err) {
      // A broken file: nothing was taken; what is wrong is shown line by line.
      if (err instanceof ClientError && err.code === 'LIST_BROKEN') {
        this.problems = (err.details?.problems as Problem[] | undefined) ?? [];
        this.importNote = this.t.broken;
      } else await this.act(Promise.reject(err));
    }
    input.value = '';
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
    downloadCsv(`outreach-${a.fromYear}-${a.toYear}.csv`, [t.settlement, t.year, t.visitsCount, t.listed, t.appeals, t.late],
      a.rows.map((r) => [r.settlement, r.year, r.visits, r.listed, r.appeals, r.late]), this.lang);
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
        ${this.visits.map((v) => html`<tr data-visit=${v.id}><td>${dateText(v.day, this.lang)}</td><td><button class="open" title=${t.open} @click=${() => this.open(v)}>${v.settlement}</button></td><td>${v.specialists.map(name).join(', ')}</td>
          <td class="num">${v.listed}</td><td class="num">${v.appeals}${v.late ? html` <span class="pill bad" title=${t.late}>${v.late}</span>` : nothing}</td></tr>`)}
      </table></div>`}</section>`;
  }

  private visitScreen(v: OutreachVisit) {
    const t = this.t;
    const planner = this.sessionRole === 'consultant' || this.sessionRole === 'supervisor';
    const held = v.day <= this.today;
    const title = `${v.settlement}, ${dateText(v.day, this.lang)}`;
    return html`<div class="stack">
      <div class="row"><button id="back" @click=${() => { this.opened = null; void this.load(); }}>← ${t.back}</button>
        <h2 style="margin:0">${title}</h2>
        <span class="muted">${t.listed}: ${v.listed} · ${t.appeals}: ${v.appeals}${v.late ? ` · ${t.late}: ${v.late}` : ''}</span></div>
      ${planner ? html`<section class="card"><h3>${t.importTitle}</h3>
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
          <tr><th>${t.settlement}</th><th class="num">${t.year}</th><th class="num">${t.visitsCount}</th><th class="num">${t.listed}</th><th class="num">${t.appeals}</th><th class="num">${t.late}</th></tr>
          ${a.rows.map((r) => html`<tr><td>${r.settlement}</td><td class="num">${r.year}</td><td class="num">${r.visits}</td><td class="num">${r.listed}</td><td class="num">${r.appeals}</td><td class="num">${r.late}</td></tr>`)}
          ${a.totals.map((r) => html`<tr><td><b>${t.total}</b></td><td class="num">${r.year}</td><td class="num"><b>${r.visits}</b></td><td class="num"><b>${r.listed}</b></td><td class="num"><b>${r.appeals}</b></td><td class="num">${r.late}</td></tr>`)}
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
