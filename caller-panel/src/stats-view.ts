// The head of the service's statistics: any date range (with this month, quarter and year at a click),
// the totals, and every table with its bar chart and a CSV download — load by hour and weekday for staff
// planning, the quarterly analysis of appeals, directions, specialists, results, categories and matters.
import { LitElement, css, html, nothing } from 'lit';
import type { QueueClient, ReportTable, StatsReport } from 'queue-core/protocol';
import { APPEAL_TYPE_TEXT, CATEGORY_TEXT, RESULT_TEXT, numberText, pick, type Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import type { JournalText } from './journal-strings.js';
import { barChart } from './bar-chart.js';
import { downloadCsv } from './journal-print.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;

/** First and last day of this month, quarter or year, from the office day "YYYY-MM-DD". */
export function presetRange(day: string, preset: 'month' | 'quarter' | 'year'): [string, string] {
  const y = Number(day.slice(0, 4)), m = Number(day.slice(5, 7));
  const first = preset === 'month' ? m : preset === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
  const last = preset === 'month' ? m : preset === 'quarter' ? first + 2 : 12;
  const end = new Date(Date.UTC(y, last, 0)).getUTCDate();
  return [`${y}-${String(first).padStart(2, '0')}-01`, `${y}-${String(last).padStart(2, '0')}-${String(end).padStart(2, '0')}`];
}

export class StatsView extends LitElement {
  static override properties = {
    client: { attribute: false }, j: { attribute: false }, lang: {}, act: { attribute: false }, report: { state: true }, loading: { state: true }, from: { state: true }, to: { state: true },
  };
  declare client: QueueClient;
  declare j: JournalText;
  declare lang: Language;
  declare act: Act;
  declare report: StatsReport | null;
  declare loading: boolean;
  declare from: string;
  declare to: string;

  static override styles = [panelStyles, css`
    .range { display: flex; gap: 10px; align-items: flex-end; flex-wrap: wrap; margin-bottom: 14px; }
    .totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin-bottom: 14px; }
    .total { background: #f4f7fb; border-radius: 10px; padding: 8px 12px; }
    .total b { display: block; font-size: 26px; color: #0b3d91; }
    .tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(520px, 100%), 1fr)); gap: 14px; }
    /* A table wider than its card scrolls inside the card, never past the screen's edge. */
    .table-card { min-width: 0; }
    .table-card .scroll { overflow-x: auto; }
    .table-card header { display: flex; justify-content: space-between; align-items: center; gap: 10px; }
    .table-card h2 { margin: 0; }
    .table-card[data-table="byQuarter"], .table-card[data-table="byMonth"], .table-card[data-table="byDirection"] { grid-column: 1 / -1; }
    svg.chart { width: 100%; height: auto; max-height: 220px; display: block; margin: 6px 0 10px; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .table-card th, .table-card td { padding: 4px 6px; font-size: 14px; }
    .table-card th { font-size: 12px; }
  `];

  constructor() {
    super();
    this.report = null;
    this.loading = false;
    this.from = '';
    this.to = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    [this.from, this.to] = presetRange(this.client.view!.summary.day, 'month');
    void this.load();
  }

  private async load() {
    this.loading = true;
    const answer = (await this.act(this.client.request('stats', { from: this.from, to: this.to }))) as { report: StatsReport } | undefined;
    this.loading = false;
    if (answer) this.report = answer.report;
  }

  private preset(p: 'month' | 'quarter' | 'year') {
    [this.from, this.to] = presetRange(this.client.view!.summary.day, p);
    void this.load();
  }

  /** A row's first cell in words: an hour, a weekday, a direction's or specialist's name, a category. */
  private label(table: ReportTable, key: string | number | null): string {
    const view = this.client.view!;
    const j = this.j;
    const k = String(key ?? '');
    switch (table.id) {
      case 'byHour': return `${k.padStart(2, '0')}:00`;
      case 'byWeekday': return j.weekdays[Number(k) - 1] ?? k;
      case 'byDirection': { const d = view.directions.find((x) => x.id === k); return d ? pick(d.name, this.lang) : k || '—'; }
      case 'byStaff': return view.staff?.find((s) => s.id === k)?.name ?? (k || '—');
      case 'byResult': return RESULT_TEXT[k as keyof typeof RESULT_TEXT]?.[this.lang] ?? k;
      case 'byCategory': return CATEGORY_TEXT[k as keyof typeof CATEGORY_TEXT]?.[this.lang] ?? k;
      case 'byType': return APPEAL_TYPE_TEXT[k as keyof typeof APPEAL_TYPE_TEXT]?.[this.lang] ?? k;
      case 'byReason': { const r = view.reasons?.find((x) => x.id === k); return r ? pick(r.name, this.lang) : k; }
      default: return k;
    }
  }

  /** Column headings; the quarterly table's "type:complaint" columns read as the appeal type's name. */
  private heading(column: string): string {
    const [group, id] = column.split(':') as [string, string | undefined];
    if (id && group === 'type') return APPEAL_TYPE_TEXT[id as keyof typeof APPEAL_TYPE_TEXT][this.lang];
    if (id && group === 'category') return CATEGORY_TEXT[id as keyof typeof CATEGORY_TEXT][this.lang];
    if (id && group === 'result') return RESULT_TEXT[id as keyof typeof RESULT_TEXT][this.lang];
    return this.j.columns[column] ?? column;
  }

  /** The office language (office.language): numbers on screen and in the CSV are written its way. */
  private get office(): Language {
    return this.client.view?.office.language ?? this.lang;
  }

  /** A figure in the office's way of writing numbers, with the decimal mark the CSV uses (csvStyle). */
  private cell(v: string | number | null | undefined): string {
    return typeof v === 'number' ? numberText(v, this.office) : (v ?? '—');
  }

  private csv(table: ReportTable) {
    const rows = table.rows.map((r) => [this.label(table, r[0] ?? null), ...r.slice(1)]);
    downloadCsv(`${table.id}_${this.from}_${this.to}.csv`, table.columns.map((c) => this.heading(c)), rows, this.office);
  }

  override render() {
    const j = this.j;
    const r = this.report;
    return html`
      <section class="card range">
        <label>${j.from}<input type="date" id="stats-from" .value=${this.from} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></label>
        <label>${j.to}<input type="date" id="stats-to" .value=${this.to} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} /></label>
        <button class="primary" id="stats-show" @click=${() => this.load()}>${j.show}</button>
        <button @click=${() => this.preset('month')}>${j.month}</button>
        <button @click=${() => this.preset('quarter')}>${j.quarter}</button>
        <button @click=${() => this.preset('year')}>${j.year}</button>
        ${this.loading ? html`<span class="muted" role="status">${j.loading}</span>` : nothing}
      </section>
      ${r ? html`
        <div class="totals" id="stats-totals">${Object.entries(r.totals).map(([k, v]) => html`<div class="total">${j.totals[k] ?? k}<b>${this.cell(v)}</b></div>`)}</div>
        <div class="tables">${r.tables.map((t) => this.table(t))}</div>` : nothing}`;
  }

  private table(table: ReportTable) {
    const chartAt = table.columns.indexOf(table.chart);
    const labels = table.rows.map((row) => this.label(table, row[0] ?? null));
    return html`<section class="card table-card" data-table=${table.id}>
      <header><h2>${this.j.tables[table.id]}</h2><button class="csv" @click=${() => this.csv(table)}>${this.j.csv}</button></header>
      ${table.rows.length ? barChart(labels, table.rows.map((row) => (row[chartAt] as number | null) ?? null), `${this.j.tables[table.id]}: ${this.heading(table.chart)}`) : html`<p class="muted">${this.j.nothingFound}</p>`}
      ${table.rows.length ? html`<div class="scroll"><table>
        <tr>${table.columns.map((c, i) => html`<th class=${i ? 'num' : ''}>${this.heading(c)}</th>`)}</tr>
        ${table.rows.map((row, ri) => html`<tr><td>${labels[ri]}</td>${row.slice(1).map((v) => html`<td class="num">${this.cell(v)}</td>`)}</tr>`)}
      </table></div>` : nothing}
    </section>`;
  }
}

customElements.define('stats-view', StatsView);
