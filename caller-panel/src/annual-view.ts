// The head's annual analysis: pick a year or one of its quarters, read the figures beside the same period
// a year before with the sentences the director reads, the sets by kind of payment, the missing documents
// and the visitors by month, weekday and hour; download the same as the daemon's A4 PDF. Nothing is
// counted here: the daemon answers `annualReport` and `annualReportPdf`.
import { LitElement, css, html, nothing } from 'lit';
import type { AnnualReport, Bar, QueueClient } from 'queue-core/protocol';
import { ANNUAL_WORDS, FIGURE_WORDS, changeText, columnText, monthName, num, partialNote, periodText, pick, reportPeriodText, summarySentences, valueText, weekdayName, type Language } from 'queue-core/ui';
import { officeDay } from 'queue-core/domain';
import { panelStyles } from './panel-styles.js';
import { barChart } from './bar-chart.js';
import { ANNUAL_TEXT } from './annual-strings.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;

export class AnnualView extends LitElement {
  static override properties = {
    client: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number },
    report: { state: true }, loading: { state: true }, year: { state: true }, quarter: { state: true },
  };
  declare client: QueueClient;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  declare report: AnnualReport | null;
  declare loading: boolean;
  declare year: number;
  declare quarter: number;

  static override styles = [panelStyles, css`
    .pick { display: flex; gap: 10px; align-items: flex-end; flex-wrap: wrap; margin-bottom: 12px; }
    .cols { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: 14px; align-items: start; }
    .summary p { margin: 0 0 6px; font-size: 15px; line-height: 1.35; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    /* A quarter's name is long: the column heads wrap, the figures never. */
    th.num { white-space: normal; width: 16%; }
    table th, table td { padding: 4px 6px; font-size: 14px; }
    .up { color: #1b5e20; } .down { color: #b71c1c; }
    .charts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 14px; }
    svg.chart { width: 100%; height: auto; max-height: 180px; display: block; }
    .note { color: #486581; font-size: 13px; margin-top: 6px; }
    .summary p.partial { font-weight: 700; color: #9a3412; background: #fff7ed; border-left: 4px solid #ea580c; padding: 6px 10px; }
  `];

  constructor() {
    super();
    this.report = null;
    this.loading = false;
    this.quarter = 0;
  }

  private get t() {
    return ANNUAL_TEXT[this.lang];
  }

  override connectedCallback() {
    super.connectedCallback();
    // The last whole year by default: this year's is still being made.
    this.year = Number(officeDay(this.now, this.client.view!.office.timezone).slice(0, 4)) - 1;
    void this.load();
  }

  private get ask() {
    return { year: this.year, ...(this.quarter ? { quarter: this.quarter } : {}) };
  }

  private async load() {
    this.loading = true;
    const answer = (await this.act(this.client.request('annualReport', this.ask))) as { report: AnnualReport } | undefined;
    this.loading = false;
    if (answer) this.report = answer.report;
  }

  private async download() {
    const answer = (await this.act(this.client.request('annualReportPdf', { ...this.ask, lang: this.lang }))) as { pdf: string; fileName: string } | undefined;
    if (!answer) return;
    const bytes = Uint8Array.from(atob(answer.pdf), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = answer.fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private reasonName = (id: string) => {
    const r = this.client.view?.reasons?.find((x) => x.id === id);
    return r ? pick(r.name, this.lang) : id;
  };

  override render() {
    if (!this.client.view) return nothing;
    const t = this.t;
    const thisYear = Number(officeDay(this.now, this.client.view.office.timezone).slice(0, 4));
    const years = Array.from({ length: 10 }, (_, i) => thisYear - i);
    return html`<section class="card">
      <h2>${t.title}</h2>
      <form class="pick" id="annual-pick" @submit=${(e: Event) => { e.preventDefault(); void this.load(); }}>
        <label>${t.year}<select id="annual-year" @change=${(e: Event) => (this.year = Number((e.target as HTMLSelectElement).value))}>
          ${years.map((y) => html`<option value=${y} ?selected=${y === this.year}>${y}</option>`)}
        </select></label>
        <label>${t.period}<select id="annual-quarter" @change=${(e: Event) => (this.quarter = Number((e.target as HTMLSelectElement).value))}>
          <option value="0" ?selected=${this.quarter === 0}>${t.wholeYear}</option>
          ${[1, 2, 3, 4].map((q) => html`<option value=${q} ?selected=${q === this.quarter}>${['I', 'II', 'III', 'IV'][q - 1]} ${t.quarter}</option>`)}
        </select></label>
        <button class="primary" type="submit" id="annual-show">${t.show}</button>
        <button type="button" id="annual-pdf" @click=${() => this.download()}>${t.pdf}</button>
        ${this.loading ? html`<span>${t.loading}</span>` : nothing}
      </form>
      ${this.report ? this.body(this.report) : nothing}
    </section>`;
  }

  private body(r: AnnualReport) {
    const t = this.t, lang = this.lang;
    const is = periodText(r.period, lang), was = periodText(r.previous, lang);
    // The charts' titles and the note on what they count are the PDF's own words.
    const w = ANNUAL_WORDS[lang];
    // A year or a quarter not over yet: its figures are partial, and the screen says so as the PDF does.
    const partial = partialNote(r, lang);
    const chart = (title: string, bars: Bar[], label: (k: string) => string) => html`<div><h3>${title}</h3>${barChart(bars.map((b) => label(b.key)), bars.map((b) => b.now), title)}
      <p class="note">${w.chartsNote}</p></div>`;
    return html`
      <div class="cols">
        <div class="summary" id="annual-summary"><h3>${t.summary}: ${reportPeriodText(r, lang)}</h3>
          ${partial ? html`<p class="partial" id="annual-as-of" role="note">${partial}</p>` : nothing}${summarySentences(r, lang, this.reasonName).map((s) => html`<p>${s}</p>`)}
          <p class="note" id="annual-served-note">${w.servedNote}</p>
          <p class="note">${t.howCounted}</p></div>
        <table id="annual-figures"><thead><tr><th>${t.figure}</th><th class="num">${is}</th><th class="num">${was}</th><th class="num">${t.change}</th></tr></thead>
          <tbody>${r.figures.map((f) => html`<tr data-figure=${f.id}><td>${FIGURE_WORDS[f.id][lang]}</td><td class="num">${valueText(f.now, f.unit, lang)}</td>
            <td class="num">${valueText(f.before, f.unit, lang)}</td><td class="num ${f.change === null || f.change === 0 ? '' : f.change > 0 ? 'up' : 'down'}">${changeText(f, f.unit, lang)}</td></tr>`)}</tbody></table>
      </div>
      <div class="cols" style="margin-top:12px">
        <table id="annual-sets"><caption style="text-align:left;font-weight:700">${t.sets}</caption>
          <thead><tr><th></th><th class="num">${is}</th><th class="num">${was}</th></tr></thead>
          <tbody>${r.setsByReason.map((b) => html`<tr><td>${this.reasonName(b.key)}</td><td class="num">${num(b.now, lang)}</td><td class="num">${num(b.before, lang)}</td></tr>`)}</tbody></table>
        <table id="annual-missing"><caption style="text-align:left;font-weight:700">${t.missing}</caption>
          <thead><tr><th>${t.document}</th><th class="num">${columnText(t.returned, r.period, lang)}</th></tr></thead>
          <tbody>${r.missingDocuments.map((m) => html`<tr><td>${m.document}</td><td class="num">${num(m.appeals, lang)}</td></tr>`)}</tbody></table>
      </div>
      <div class="charts" style="margin-top:12px">
        ${chart(w.byMonth, r.byMonth, (k) => monthName(k, lang).slice(0, r.period.quarter ? 12 : 3))}
        ${chart(w.byWeekday, r.byWeekday, (k) => weekdayName(k, lang, 'short'))}
        ${chart(w.byHour, r.byHour, (k) => String(Number(k)))}
      </div>`;
  }
}

customElements.define('annual-view', AnnualView);
