// The head of the service's statistics: any date range (with this month, quarter and year at a click),
// the totals, and every table with its bar chart and a CSV download — load by hour and weekday for staff
// planning, the quarterly analysis of appeals, directions, specialists, results, categories and matters,
// the waiting-time norm, and the citizens' ratings (the share satisfied by specialist, direction, month, reason).
import { LitElement, css, html, nothing } from 'lit';
import type { QueueClient, ReportTable, StatsReport } from 'queue-core/protocol';
import { APPEAL_TYPE_TEXT, CATEGORY_TEXT, RESULT_TEXT, UNRECORDED_RESULT_TEXT, numberText, pick, quarterKeyText, type Language } from 'queue-core/ui';
import { normCauseText, type NormCauseKind } from 'queue-core/domain';
import { panelStyles } from './panel-styles.js';
import type { JournalText } from './journal-strings.js';
import { barChart } from './bar-chart.js';
import { downloadCsv } from './journal-print.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;
type Cell = ReportTable['rows'][number][number];

/** Columns that only feed another column's words (a breach's cause) and are not shown on their own. */
const FOLDED = new Set(['causeBooths', 'causeCount']);

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
    .note { color: #486581; font-size: 13px; margin: -6px 0 14px; }
    .total { background: #f4f7fb; border-radius: 10px; padding: 8px 12px; }
    .total b { display: block; font-size: 26px; color: #0b3d91; }
    .tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(520px, 100%), 1fr)); gap: 14px; }
    /* A table wider than its card scrolls inside the card, never past the screen's edge. */
    .table-card { min-width: 0; }
    .table-card .scroll { overflow-x: auto; }
    .table-card header { display: flex; justify-content: space-between; align-items: center; gap: 10px; }
    .table-card h2 { margin: 0; }
    .table-card[data-table="byQuarter"], .table-card[data-table="byMonth"], .table-card[data-table="byDirection"], .table-card[data-table="normBreaches"], .table-card[data-table="feedbackByMonth"] { grid-column: 1 / -1; }
    .table-card td:first-child { white-space: nowrap; }
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
  private label(table: ReportTable, key: string | number | null, row: Cell[] = []): string {
    const view = this.client.view!;
    const j = this.j;
    const k = String(key ?? '');
    switch (table.id) {
      case 'byHour': return `${k.padStart(2, '0')}:00`;
      case 'byQuarter': return quarterKeyText(k, this.lang);
      case 'byWeekday': return j.weekdays[Number(k) - 1] ?? k;
      case 'byDirection': { const d = view.directions.find((x) => x.id === k); return d ? pick(d.name, this.lang) : k || '—'; }
      case 'byStaff': return view.staff?.find((s) => s.id === k)?.name ?? (k || '—');
      case 'byResult': return (RESULT_TEXT[k as keyof typeof RESULT_TEXT] ?? UNRECORDED_RESULT_TEXT)[this.lang];
      case 'byCategory': return CATEGORY_TEXT[k as keyof typeof CATEGORY_TEXT]?.[this.lang] ?? k;
      case 'byType': return APPEAL_TYPE_TEXT[k as keyof typeof APPEAL_TYPE_TEXT]?.[this.lang] ?? k;
      case 'byReason': { const r = view.reasons?.find((x) => x.id === k); return r ? pick(r.name, this.lang) : k; }
      case 'ratingByStaff': return view.staff?.find((s) => s.id === k)?.name ?? (k || '—');
      case 'ratingByDirection': { const d = view.directions.find((x) => x.id === k); return d ? pick(d.name, this.lang) : k; }
      case 'ratingByReason': { const r = view.rating?.reasons.find((x) => x.id === k); return r ? pick(r.name, this.lang) : k; }
      case 'lifeSituations': { const d = view.directions.find((x) => x.id === k); return d ? pick(d.name, this.lang) : k; }
      // The broken-off step by its name, its direction's: "Рождение ребёнка: 2. Выдача справок".
      case 'lifeBreaks': {
        const [id, step] = k.split(':');
        const name = (x: unknown) => { const d = view.directions.find((y) => y.id === x); return d ? pick(d.name, this.lang) : x ? String(x) : ''; };
        const stepName = name(row[table.columns.indexOf('direction')]);
        return `${name(id)}: ${step}${stepName ? `. ${stepName}` : ''}`;
      }
      default: return k;
    }
  }

  /** Column headings; the quarterly table's "type:complaint" columns read as the appeal type's name, the norm's "norm:<id>" as the direction's. */
  private heading(column: string): string {
    const [group, id] = column.split(':') as [string, string | undefined];
    if (id && group === 'norm') { const d = this.client.view!.directions.find((x) => x.id === id); return `${d ? pick(d.name, this.lang) : id}, %`; }
    if (id && group === 'type') return APPEAL_TYPE_TEXT[id as keyof typeof APPEAL_TYPE_TEXT][this.lang];
    if (id && group === 'category') return CATEGORY_TEXT[id as keyof typeof CATEGORY_TEXT][this.lang];
    if (id && group === 'result') return RESULT_TEXT[id as keyof typeof RESULT_TEXT][this.lang];
    if (id && group === 'feedback') return APPEAL_TYPE_TEXT[id as keyof typeof APPEAL_TYPE_TEXT][this.lang];
    return this.j.columns[column] ?? column;
  }

  /** The office language (office.language): numbers on screen and in the CSV are written its way. */
  private get office(): Language {
    return this.client.view?.office.language ?? this.lang;
  }

  /** A cell in words where it holds an id: a direction's name, a breach's cause, whether the citizen booked. */
  private cell(table: ReportTable, row: Cell[], column: number): Cell {
    const name = table.columns[column], v = row[column] ?? null;
    if (table.id !== 'normBreaches') return v;
    const at = (c: string) => row[table.columns.indexOf(c)];
    if (name === 'direction') { const d = this.client.view!.directions.find((x) => x.id === v); return d ? pick(d.name, this.lang) : v; }
    if (name === 'booked') return v ? this.j.yes : this.j.no;
    if (name === 'cause') {
      const booths = String(at('causeBooths') ?? '').split(',').filter(Boolean).map(Number);
      return normCauseText({ kind: v as NormCauseKind, booths, count: Number(at('causeCount') ?? 0) }, this.lang);
    }
    return v;
  }

  /** A cell as the screen shows it: figures in the office's way of writing numbers (the CSV uses csvStyle). */
  private shownCell(table: ReportTable, row: Cell[], column: number): string {
    const v = this.cell(table, row, column);
    return typeof v === 'number' ? numberText(v, this.office) : (v ?? '—');
  }

  /** The columns shown and exported, by index. */
  private shown(table: ReportTable): number[] {
    // A broken-off step's direction is read in the row's label (its name), not in a column of its own.
    return table.columns.map((c, i) => i).filter((i) => !FOLDED.has(table.columns[i]!) && !(table.id === 'lifeBreaks' && table.columns[i] === 'direction'));
  }

  private csv(table: ReportTable) {
    const cols = this.shown(table);
    const rows = table.rows.map((r) => cols.map((i) => (i === 0 ? this.label(table, r[0] ?? null, r) : this.cell(table, r, i))));
    downloadCsv(`${table.id}_${this.from}_${this.to}.csv`, cols.map((i) => this.heading(table.columns[i]!)), rows, this.office);
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
        <div class="totals" id="stats-totals">${Object.entries(r.totals).map(([k, v]) => html`<div class="total" title=${k === 'served' ? j.servedNote : nothing}>${j.totals[k] ?? k}<b>${typeof v === 'number' ? numberText(v, this.office) : (v ?? '—')}</b></div>`)}</div>
        <p class="note" id="stats-served-note">${j.servedNote}</p>
        <div class="tables">${r.tables.map((t) => this.table(t))}</div>` : nothing}`;
  }

  private table(table: ReportTable) {
    const chartAt = table.columns.indexOf(table.chart);
    const labels = table.rows.map((row) => this.label(table, row[0] ?? null, row));
    const cols = this.shown(table).slice(1);
    // Figures are right-aligned; the breaches' words (a direction, a cause) read from the left.
    const align = (i: number) => (table.id !== 'normBreaches' || typeof table.rows[0]?.[i] === 'number' && table.columns[i] !== 'booked' ? 'num' : '');
    return html`<section class="card table-card" data-table=${table.id}>
      <header><h2>${this.j.tables[table.id]}</h2><button class="csv" @click=${() => this.csv(table)}>${this.j.csv}</button></header>
      ${!table.rows.length ? html`<p class="muted">${this.j.nothingFound}</p>`
        : chartAt > 0 ? barChart(labels, table.rows.map((row) => (row[chartAt] as number | null) ?? null), `${this.j.tables[table.id]}: ${this.heading(table.chart)}`) : nothing}
      ${table.rows.length ? html`<div class="scroll"><table>
        <tr><th>${this.heading(table.columns[0]!)}</th>${cols.map((i) => html`<th class=${align(i)}>${this.heading(table.columns[i]!)}</th>`)}</tr>
        ${table.rows.map((row, ri) => html`<tr><td>${labels[ri]}</td>${cols.map((i) => html`<td class=${align(i)} data-column=${table.columns[i]!}>${this.shownCell(table, row, i)}</td>`)}</tr>`)}
      </table></div>` : nothing}
    </section>`;
  }
}

customElements.define('stats-view', StatsView);
