// Personal case files in the panel (issue 18). The operator forms a file from an accepted appeal and
// follows her own files (completing a returned one); the head checks formed files (accepts, or returns
// them with reasons), bundles and hands them to the payments department, sees the overdue ones, searches
// by name, reads the returned-for-completion analysis and makes destruction acts; the archivist takes
// files back from payments, shelves them, keeps the alphabetical book (issues and takes back), and makes
// destruction acts. The route's rules are the daemon's: this screen only asks, and shows its answers.
import { LitElement, css, html, nothing } from 'lit';
import {
  CASE_FILE_MOVE_WORDS, CASE_FILE_STATE_WORDS, ClientError, type Appeal, type CaseFile, type CaseFileMove, type CaseFileStep, type DestructionAct,
  type QueueClient, type ReturnAnalysis, type ReturnGroup,
} from 'queue-core/protocol';
import { officeDay } from 'queue-core/domain';
import { errorText, pick, quarterKeyText, type Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { CASE_FILE_TEXT } from './case-file-strings.js';
import { downloadCsv } from './journal-print.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;
export type CaseFilesMode = 'operator' | 'head' | 'archive';
type Section = 'check' | 'bundles' | 'overdue' | 'search' | 'returns' | 'destruction' | 'payments' | 'shelve' | 'book';
type Reason = { id: string; name: { ru: string; uk?: string; en?: string } };
type Destroyable = { file: CaseFile; storageEnded: string };
type Overdue = { file: CaseFile; lastDay: string; workingDays: number };

const dateText = (day: string, lang: Language) => {
  const [y, m, d] = day.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

export class CaseFilesView extends LitElement {
  static override properties = {
    client: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number }, mode: {},
    section: { state: true }, files: { state: true }, extra: { state: true }, formable: { state: true }, opened: { state: true }, history: { state: true },
    returning: { state: true }, overdue: { state: true }, destroyable: { state: true }, analysis: { state: true }, reasons: { state: true },
    error: { state: true }, note: { state: true }, bad: { state: true }, confirming: { state: true }, act_: { state: true }, bookYear: { state: true },
  };
  declare client: QueueClient;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  declare mode: CaseFilesMode;
  declare section: Section;
  declare files: CaseFile[];
  /** A second list where a section shows two (bundled beside accepted, issued beside shelved). */
  declare extra: CaseFile[];
  declare formable: Appeal[];
  declare opened: CaseFile | null;
  declare history: CaseFileStep[];
  declare returning: string | null;
  declare overdue: Overdue[];
  declare destroyable: Destroyable[];
  declare analysis: ReturnAnalysis | null;
  declare reasons: Reason[];
  declare error: string;
  /** The field a person left empty or wrong, marked on the screen beside the message in words. */
  declare bad: string;
  /** The destruction waits for a second, explicit yes naming how many files go. */
  declare confirming: string[];
  declare note: string;
  declare act_: DestructionAct | null;
  declare bookYear: number | null;

  static override styles = [panelStyles, css`
    .stack { display: flex; flex-direction: column; gap: 12px; }
    .sections { display: flex; gap: 6px; flex-wrap: wrap; }
    .sections button.on { background: #0b3d91; color: #fff; }
    .scroll { max-height: 440px; overflow: auto; }
    td.num, th.num { text-align: right; }
    .error { color: #b71c1c; font-weight: 700; }
    input[aria-invalid='true'] { border-color: #b71c1c; outline: 3px solid #b71c1c; background: #fff5f5; }
    .confirm { border: 2px solid #b71c1c; background: #fff5f5; }
    .confirm p { font-size: 18px; font-weight: 700; margin: 0 0 12px; }
    .ok { color: #1b5e20; font-weight: 700; }
    .reasons { display: flex; flex-wrap: wrap; gap: 4px 16px; }
    .reasons label { flex-direction: row; align-items: center; gap: 6px; font-weight: 400; font-size: 15px; }
    td input[type='checkbox'] { min-height: 0; width: 20px; height: 20px; }
    button.link { border: none; padding: 0; min-height: 0; font-weight: 700; text-decoration: underline; background: none; white-space: nowrap; }
    tr[data-file]:has(+ tr.below) td { border-bottom: none; }
    tr.below td { padding-top: 0; }
    .rule { font-size: 14px; color: #486581; margin: 6px 0; }
    .groups { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px 20px; }
    .groups th, .groups td { padding: 5px 6px; }
    .groups td.num { white-space: nowrap; }
    td.actions { white-space: nowrap; }
    /* A date is one word: never broken over two lines, never squeezed under its neighbours. */
    td.day { white-space: nowrap; }
    input.narrow { width: 90px; }
  `];

  constructor() {
    super();
    this.mode = 'operator';
    this.files = [];
    this.extra = [];
    this.formable = [];
    this.opened = null;
    this.history = [];
    this.returning = null;
    this.overdue = [];
    this.destroyable = [];
    this.analysis = null;
    this.reasons = [];
    this.error = '';
    this.bad = '';
    this.confirming = [];
    this.note = '';
    this.act_ = null;
    this.bookYear = null;
    this.now = Date.now();
  }

  private get t() {
    return CASE_FILE_TEXT[this.lang];
  }

  private get tz() {
    return this.client.view!.office.timezone;
  }

  private get year() {
    return Number(officeDay(this.now, this.tz).slice(0, 4));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.section = this.mode === 'head' ? 'check' : this.mode === 'archive' ? 'payments' : 'check';
    void this.settings();
    void this.load();
  }

  /** Runs a request; a refusal is shown in the daemon's words (its `details.text`) or the code's. */
  private async run<T>(p: Promise<T>): Promise<T | undefined> {
    this.error = '';
    this.bad = '';
    try {
      return await p;
    } catch (e) {
      const text = e instanceof ClientError ? (typeof e.details?.text === 'string' ? e.details.text : errorText(e.code, this.lang)) : errorText('INTERNAL', this.lang);
      this.error = text;
      return undefined;
    }
  }

  private async settings() {
    const r = await this.run(this.client.request('caseFileSettings', {}));
    if (r) this.reasons = r.returnReasons;
  }

  private async load() {
    const c = this.client;
    this.note = '';
    if (this.mode === 'operator') {
      const [mine, formable] = await Promise.all([this.run(c.request('caseFiles', {})), this.run(c.request('caseFileFormable', {}))]);
      if (mine) this.files = mine.files;
      if (formable) this.formable = formable.appeals;
      return;
    }
    const inState = async (state: CaseFile['state']) => (await this.run(c.request('caseFiles', { state })))?.files ?? [];
    switch (this.section) {
      case 'check': this.files = await inState('formed'); break;
      case 'bundles': [this.files, this.extra] = await Promise.all([inState('accepted'), inState('bundled')]); break;
      case 'payments': this.files = await inState('at-payments'); break;
      case 'shelve': this.files = await inState('closed'); break;
      case 'book': this.files = (await this.run(c.request('caseFileBook', this.bookYear ? { year: this.bookYear } : {})))?.files ?? []; break;
      case 'overdue': this.overdue = (await this.run(c.request('caseFileOverdue', {})))?.overdue ?? []; break;
      case 'destruction': this.destroyable = (await this.run(c.request('caseFileDestroyable', {})))?.files ?? []; break;
      case 'returns': if (!this.analysis) await this.analyse(this.year - 1, this.year); break;
      case 'search': this.files = []; break;
    }
  }

  private go(section: Section) {
    this.section = section;
    this.opened = null;
    this.returning = null;
    this.act_ = null;
    this.error = '';
    this.bad = '';
    this.confirming = [];
    void this.load();
  }

  private async move(file: CaseFile, move: CaseFileMove): Promise<boolean> {
    const r = await this.run(this.client.request('caseFileMove', { fileId: file.id, move }));
    return r !== undefined;
  }

  private async moveAll(files: CaseFile[], move: CaseFileMove) {
    let done = 0;
    for (const f of files) if (await this.move(f, move)) done++;
    if (done) this.note = `${this.t.done[move.kind]}: ${done}`;
    const note = this.note;
    await this.load();
    this.note = note;
  }

  private async form(appeal: Appeal) {
    const r = await this.run(this.client.request('caseFileForm', { appealId: appeal.id }));
    if (!r) return;
    await this.load();
    this.note = `${this.t.formed}: ${r.file.id}`;
  }

  private async open(file: CaseFile) {
    const r = await this.run(this.client.request('caseFileGet', { fileId: file.id }));
    if (r) (this.opened = r.file, this.history = r.history);
  }

  private async analyse(fromYear: number, toYear: number) {
    const r = await this.run(this.client.request('caseFileReturns', { fromYear, toYear }));
    if (r) this.analysis = r.analysis;
  }

  private ticked(table: string): string[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>(`#${table} input[name="pick"]:checked`)].map((i) => i.value);
  }

  /** Says in words what is missing and marks the field (or the table) it belongs to; false so a caller can stop. */
  private missing(id: string, text: string): false {
    this.note = '';
    this.error = text;
    this.bad = id;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
    return false;
  }

  private invalid(id: string) {
    return this.bad === id ? 'true' : 'false';
  }

  private field(id: string): string {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? '';
  }

  private staffName(id: string | null): string {
    if (!id) return '';
    if (id.startsWith('payments:')) return id.slice('payments:'.length);
    return this.client.view!.staff?.find((s) => s.id === id)?.name ?? id;
  }

  private paymentName(id: string): string {
    const r = this.client.view!.reasons?.find((x) => x.id === id);
    return r ? pick(r.name, this.lang) : id;
  }

  private reasonName(id: string): string {
    const r = this.reasons.find((x) => x.id === id);
    return r ? pick(r.name, this.lang) : id;
  }

  private day(at: number) {
    return dateText(officeDay(at, this.tz), this.lang);
  }

  override render() {
    if (!this.client.view) return nothing;
    const messages = html`${this.error ? html`<p class="error" role="alert" id="case-error">${this.error}</p>` : nothing}${this.note ? html`<p class="ok" role="status" id="case-note">${this.note}</p>` : nothing}`;
    if (this.opened) return html`<div class="stack">${messages}${this.fileScreen(this.opened)}</div>`;
    const refresh = html`<button id="refresh" @click=${() => this.load()}>↻ ${this.t.refresh}</button>`;
    if (this.mode === 'operator') return html`<div class="stack"><div class="row">${refresh}</div>${messages}${this.formScreen()}${this.fileTable(this.t.mine, this.files, 'my-files')}</div>`;
    const t = this.t;
    const sections: Section[] = this.mode === 'head' ? ['check', 'bundles', 'overdue', 'search', 'returns', 'destruction'] : ['payments', 'shelve', 'book', 'overdue', 'search', 'destruction'];
    const label: Record<Section, string> = { check: t.check, bundles: t.bundles, overdue: t.overdue, search: t.search, returns: t.returns, destruction: t.destruction, payments: t.fromPayments, shelve: t.toShelve, book: t.book };
    return html`<div class="stack">
      <div class="sections" role="tablist">${sections.map((s) => html`<button role="tab" id="cf-${s}" aria-selected=${this.section === s} class=${this.section === s ? 'on' : ''} @click=${() => this.go(s)}>${label[s]}</button>`)}${refresh}</div>
      ${messages}
      ${this.sectionScreen()}
    </div>`;
  }

  private sectionScreen() {
    switch (this.section) {
      case 'check': return this.checkScreen();
      case 'bundles': return this.bundleScreen();
      case 'payments': return this.fileTable(this.t.fromPayments, this.files, 'at-payments', (f) => html`<button class="primary" @click=${() => this.moveAll([f], { kind: 'close' })}>${this.t.closeFile}</button>`);
      case 'shelve': return this.shelveScreen();
      case 'book': return this.bookScreen();
      case 'overdue': return this.overdueScreen();
      case 'search': return this.searchScreen();
      case 'returns': return this.returnsScreen();
      case 'destruction': return this.destructionScreen();
    }
  }

  private formScreen() {
    const t = this.t;
    return html`<section class="card"><h2>${t.formTitle}</h2><p class="rule">${t.formHint}</p>
      ${this.formable.length === 0 ? html`<p class="muted">${t.noFormable}</p>` : html`<div class="scroll" style="max-height:220px"><table id="formable">
        <tr><th>${t.appeal}</th><th>${t.citizen}</th><th>${t.paymentType}</th><th></th></tr>
        ${this.formable.map((a) => html`<tr data-appeal=${a.id}><td>${a.id}</td><td>${a.citizen?.fullName ?? ''}</td><td>${this.paymentName(a.reason)}</td>
          <td class="actions"><button class="primary" @click=${() => this.form(a)}>${t.form}</button></td></tr>`)}
      </table></div>`}</section>`;
  }

  /** A table of files: number, citizen, payment type, where it is since when, who holds it; an action column when given (the operator's: complete a returned file). */
  private fileTable(title: string, files: CaseFile[], id: string, action?: (f: CaseFile) => unknown, pickable = false, below?: (f: CaseFile) => unknown) {
    const t = this.t;
    const columns = (pickable ? 1 : 0) + 6 + (action || this.mode === 'operator' ? 1 : 0);
    const act = action ?? (this.mode === 'operator' ? (f: CaseFile) => (f.state === 'returned' ? html`<button class="primary" @click=${() => this.moveAll([f], { kind: 'complete' })}>${t.complete}</button>` : nothing) : undefined);
    return html`<section class="card"><h2>${title} · ${files.length}</h2>
      ${files.length === 0 ? html`<p class="muted">${t.none}</p>` : html`<div class="scroll"><table id=${id}>
        <tr>${pickable ? html`<th></th>` : nothing}<th>${t.file}</th><th>${t.citizen}</th><th>${t.paymentType}</th><th>${t.state}</th><th>${t.since}</th><th>${t.holder}</th>${act ? html`<th></th>` : nothing}</tr>
        ${files.map((f) => html`<tr data-file=${f.id}>
          ${pickable ? html`<td><input type="checkbox" name="pick" value=${f.id} aria-label=${f.id} /></td>` : nothing}
          <td><button class="link" @click=${() => this.open(f)}>${f.id}</button></td>
          <td>${f.fullName || html`<i class="muted">${t.erased}</i>`}</td><td>${this.paymentName(f.paymentType)}</td>
          <td>${CASE_FILE_STATE_WORDS[f.state][this.lang]}${f.state === 'returned' ? html`<br><small class="muted">${f.returnReasons.map((r) => this.reasonName(r)).join(', ')}</small>` : nothing}${f.bundle && f.state === 'bundled' ? html`<br><small class="muted">${t.bundle} ${f.bundle}</small>` : nothing}${f.archive && (f.state === 'archived' || f.state === 'issued') ? html`<br><small class="muted">${f.archive.year}, ${f.archive.place}</small>` : nothing}</td>
          <td class="day">${this.day(f.since)}</td><td>${this.staffName(f.holder)}</td>
          ${act ? html`<td class="actions">${act(f)}</td>` : nothing}
        </tr>${below ? html`<tr class="below" data-below=${f.id}><td colspan=${columns}>${below(f)}</td></tr>` : nothing}`)}
      </table></div>`}
    </section>`;
  }

  private checkScreen() {
    const t = this.t;
    return html`${this.returning ? this.returnForm(this.files.find((f) => f.id === this.returning)!) : nothing}
      ${this.fileTable(t.toCheck, this.files, 'to-check', (f) => html`<button class="primary" @click=${() => this.moveAll([f], { kind: 'accept' })}>${t.accept}</button>
        <button class="danger" @click=${() => (this.returning = f.id)}>${t.returnFile}</button>`, false)}`;
  }

  private returnForm(f: CaseFile | undefined) {
    if (!f) return nothing;
    const t = this.t;
    const submit = async (e: Event) => {
      e.preventDefault();
      const data = new FormData(e.target as HTMLFormElement);
      const reasons = data.getAll('reason').map(String);
      const note = String(data.get('note') ?? '').trim();
      if (await this.move(f, { kind: 'return', reasons, ...(note ? { note } : {}) })) {
        this.returning = null;
        this.note = `${this.t.done.return}: ${f.id}`;
        const keep = this.note;
        await this.load();
        this.note = keep;
      }
    };
    return html`<section class="card" id="return-form"><h2>${t.returnFile}: ${f.id} · ${f.fullName}</h2>
      <form class="stack" @submit=${submit}>
        <div class="reasons">${this.reasons.map((r) => html`<label><input type="checkbox" name="reason" value=${r.id} style="min-height:0" />${pick(r.name, this.lang)}</label>`)}</div>
        <label>${t.note}<input name="note" maxlength="500" /></label>
        <div class="row"><button class="danger" type="submit" id="return-submit">${t.returnWith}</button><button type="button" @click=${() => (this.returning = null)}>${t.cancel}</button></div>
      </form></section>`;
  }

  private bundleScreen() {
    const t = this.t;
    const bundles = [...new Set(this.extra.map((f) => f.bundle ?? ''))];
    // The accepted files take the whole width (seven columns do not fit half of a 1366 px screen: the date
    // and the holder were cut off behind a sideways scroll); the bundle number and the bundles go below.
    return html`<div class="stack">${this.fileTable(t.accepted, this.files, 'accepted', undefined, true)}
      <div class="grid2" style="align-items:start">
      <section class="card"><div class="row"><label>${t.bundleNo}<input id="bundle-no" class="narrow" maxlength="32" aria-invalid=${this.invalid('bundle-no')} /></label>
          <button class="primary" id="bundle-button" @click=${() => this.bundleTicked()}>${t.putInBundle}</button></div></section>
      <section class="card"><h2>${t.bundled}</h2>
        ${bundles.length === 0 ? html`<p class="muted">${t.none}</p>` : bundles.map((b) => html`<div class="stack" data-bundle=${b} style="margin-bottom:12px">
          <h3>${t.bundle} ${b}: ${this.extra.filter((f) => f.bundle === b).map((f) => f.id).join(', ')}</h3>
          <div class="row"><label style="flex:1">${t.receivedBy}<input id="received-${b}" maxlength="200" /></label>
            <button class="primary" @click=${() => this.moveAll(this.extra.filter((f) => f.bundle === b), { kind: 'hand', receivedBy: this.field(`received-${b}`).trim() })}>${t.hand}</button></div></div>`)}
      </section></div></div>`;
  }

  private bundleTicked() {
    const t = this.t;
    const ticked = this.files.filter((f) => this.ticked('accepted').includes(f.id));
    const bundle = this.field('bundle-no').trim();
    if (ticked.length === 0) return this.missing('accepted', t.noneTicked);
    if (!bundle) return this.missing('bundle-no', t.needBundleNo);
    return this.moveAll(ticked, { kind: 'bundle', bundle });
  }

  private shelveScreen() {
    const t = this.t;
    const shelve = (f: CaseFile) => {
      const year = Number(this.field(`year-${f.id}`));
      const place = this.field(`place-${f.id}`).trim();
      const sheets = Number(this.field(`sheets-${f.id}`));
      if (!Number.isInteger(year) || year < 2000 || year > 2100) return this.missing(`year-${f.id}`, `${f.id}: ${t.needYear}`);
      if (!place) return this.missing(`place-${f.id}`, `${f.id}: ${t.needPlace}`);
      if (!Number.isInteger(sheets) || sheets < 1 || sheets > 5000) return this.missing(`sheets-${f.id}`, `${f.id}: ${t.needSheets}`);
      return this.moveAll([f], { kind: 'shelve', year, place, sheets });
    };
    return this.fileTable(t.toShelve, this.files, 'to-shelve', undefined, false, (f) => html`<div class="row">
      <label>${t.year}<input id="year-${f.id}" class="narrow" type="number" min="2000" max="2100" .value=${String(this.year)} aria-invalid=${this.invalid(`year-${f.id}`)} /></label>
      <label style="flex:1">${t.place}<input id="place-${f.id}" maxlength="100" aria-invalid=${this.invalid(`place-${f.id}`)} /></label>
      <label>${t.sheets}<input id="sheets-${f.id}" class="narrow" type="number" min="1" max="5000" aria-invalid=${this.invalid(`sheets-${f.id}`)} /></label>
      <button class="primary" id="shelve-${f.id}" @click=${() => shelve(f)}>${t.shelve}</button></div>`);
  }

  private bookScreen() {
    const t = this.t;
    const staff = (this.client.view!.staff ?? []).filter((s) => s.role !== 'archivist');
    const years = Array.from({ length: 11 }, (_, i) => this.year - 10 + i);
    return html`<section class="card"><div class="row"><label>${t.year}<select id="book-year" @change=${() => { const v = Number(this.field('book-year')); this.bookYear = v || null; void this.load(); }}>
        <option value="0" ?selected=${this.bookYear === null}>${t.allYears}</option>${years.map((y) => html`<option value=${y} ?selected=${this.bookYear === y}>${y}</option>`)}</select></label></div></section>
      ${this.fileTable(t.book, this.files, 'book', (f) => f.state === 'issued'
        ? html`<button id="take-back-${f.id}" @click=${() => this.moveAll([f], { kind: 'take-back' })}>${t.takeBack}</button>`
        : html`<div class="row"><select id="issue-${f.id}" aria-label=${t.issueTo}>${staff.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</select>
            <button id="issue-button-${f.id}" @click=${() => this.moveAll([f], { kind: 'issue', to: this.field(`issue-${f.id}`) })}>${t.issueTo}</button></div>`)}`;
  }

  private overdueScreen() {
    const t = this.t;
    return html`<section class="card"><h2>${t.overdue} · ${this.overdue.length}</h2>
      ${this.overdue.length === 0 ? html`<p class="muted">${t.nothingOverdue}</p>` : html`<div class="scroll"><table id="overdue">
        <tr><th>${t.file}</th><th>${t.citizen}</th><th>${t.state}</th><th>${t.since}</th><th>${t.lastDay}</th><th class="num">${t.days}</th><th>${t.holder}</th></tr>
        ${this.overdue.map((o) => html`<tr data-file=${o.file.id}><td><button class="link" @click=${() => this.open(o.file)}>${o.file.id}</button></td><td>${o.file.fullName}</td>
          <td>${CASE_FILE_STATE_WORDS[o.file.state][this.lang]}</td><td class="day">${this.day(o.file.since)}</td><td class="day"><span class="pill bad">${dateText(o.lastDay, this.lang)}</span></td>
          <td class="num">${o.workingDays}</td><td>${this.staffName(o.file.holder)}</td></tr>`)}
      </table></div>`}</section>`;
  }

  private searchScreen() {
    const t = this.t;
    const find = async (e: Event) => {
      e.preventDefault();
      const r = await this.run(this.client.request('caseFileSearch', { name: this.field('search-name') }));
      if (r) (this.files = r.files, this.note = `${t.found}: ${r.files.length}`);
    };
    return html`<section class="card"><form class="row" @submit=${find}><label style="flex:1">${t.name}<input id="search-name" required minlength="2" maxlength="200" /></label>
      <button class="primary" type="submit" id="search-button">${t.find}</button></form></section>
      ${this.files.length ? this.fileTable(t.found, this.files, 'search-results') : nothing}`;
  }

  private returnsScreen() {
    const t = this.t;
    const a = this.analysis;
    const years = Array.from({ length: 12 }, (_, i) => this.year - 10 + i);
    const pickYear = (id: string, selected: number) => html`<select id=${id}>${years.map((y) => html`<option value=${y} ?selected=${y === selected}>${y}</option>`)}</select>`;
    const share = (g: ReturnGroup) => (g.checked ? ((g.returned / g.checked) * 100).toFixed(1).replace('.', this.lang === 'en' ? '.' : ',') : '—');
    const keyName: Record<string, (k: string) => string> = {
      byYear: (k) => k, byQuarter: (k) => quarterKeyText(k, this.lang), byReason: (k) => this.reasonName(k), bySpecialist: (k) => this.staffName(k), byPaymentType: (k) => this.paymentName(k),
    };
    const groups = ['byYear', 'byQuarter', 'byReason', 'bySpecialist', 'byPaymentType'] as const;
    const csv = () => downloadCsv(`case-file-returns-${a!.fromYear}-${a!.toYear}.csv`, ['', '', t.checked, t.returned, t.share],
      groups.flatMap((g) => a![g].map((r) => [t[g], keyName[g]!(r.key), r.checked, r.returned, r.checked ? Math.round((r.returned / r.checked) * 1000) / 10 : ''])), this.lang);
    return html`<section class="card" id="returns"><h2>${t.returns}</h2>
      <div class="row"><label>${t.fromYear}${pickYear('from-year', a?.fromYear ?? this.year - 1)}</label><label>${t.toYear}${pickYear('to-year', a?.toYear ?? this.year)}</label>
        <button @click=${() => this.analyse(Number(this.field('from-year')), Number(this.field('to-year')))}>${t.show}</button>
        ${a && a.byYear.length ? html`<button id="returns-csv" @click=${csv}>${t.csv}</button>` : nothing}</div>
      <p class="rule">${t.returnsRule}</p>
      ${!a ? nothing : html`<div class="groups">${groups.map((g) => html`<div><h3>${t[g]}</h3><table id="returns-${g}">
        <tr><th></th><th class="num">${g === 'byReason' ? '' : t.checked}</th><th class="num">${t.returned}</th><th class="num">${t.share}</th></tr>
        ${a[g].map((r) => html`<tr><td>${keyName[g]!(r.key)}</td><td class="num">${g === 'byReason' ? '' : r.checked}</td><td class="num">${r.returned}</td><td class="num">${share(r)}</td></tr>`)}
      </table></div>`)}</div>`}
    </section>`;
  }

  private destructionScreen() {
    const t = this.t;
    const ask = () => {
      const fileIds = this.ticked('destroyable');
      if (fileIds.length === 0) return this.missing('destroyable', t.noneTicked);
      this.error = '';
      this.bad = '';
      this.confirming = fileIds;
      return true;
    };
    const make = async () => {
      const fileIds = this.confirming;
      this.confirming = [];
      const commission = [0, 1, 2].map((i) => ({ name: this.field(`member-${i}`).trim(), position: this.field(`position-${i}`).trim() })).filter((m) => m.name || m.position);
      const r = await this.run(this.client.request('caseFileDestroy', { fileIds, method: this.field('method').trim(), commission }));
      if (!r) return;
      this.act_ = r.act;
      await this.load();
      this.note = `${t.actMade} ${r.act.id}`;
    };
    return html`${this.act_ ? html`<section class="card"><div class="row"><b>${t.actMade} ${this.act_.id}</b><button class="primary" id="print-act" @click=${() => this.printAct(this.act_!.id)}>${t.printAct}</button></div></section>` : nothing}
      <section class="card"><h2>${t.destroyable} · ${this.destroyable.length}</h2>
      ${this.destroyable.length === 0 ? html`<p class="muted">${t.noneDestroyable}</p>` : html`<div class="scroll" style="max-height:260px"><table id="destroyable">
        <tr><th></th><th>${t.file}</th><th>${t.citizen}</th><th>${t.paymentType}</th><th>${t.closed}</th><th>${t.storageEnded}</th><th>${t.place}</th><th class="num">${t.sheets}</th></tr>
        ${this.destroyable.map((d) => html`<tr data-file=${d.file.id}><td><input type="checkbox" name="pick" value=${d.file.id} aria-label=${d.file.id} /></td><td>${d.file.id}</td>
          <td>${d.file.fullName || html`<i class="muted">${t.erased}</i>`}</td><td>${this.paymentName(d.file.paymentType)}</td><td>${d.file.closedAt ? this.day(d.file.closedAt) : ''}</td>
          <td>${dateText(d.storageEnded, this.lang)}</td><td>${d.file.archive?.place ?? ''}</td><td class="num">${d.file.archive?.sheets ?? ''}</td></tr>`)}
      </table></div>
      <div class="stack" style="margin-top:12px">
        <label>${t.method}<input id="method" maxlength="200" .value=${t.methodDefault} /></label>
        <fieldset><legend>${t.commission}</legend>${[0, 1, 2].map((i) => html`<div class="row" style="margin-bottom:6px">
          <label style="flex:1">${t.memberName}<input id="member-${i}" maxlength="200" /></label><label style="flex:1">${t.position}<input id="position-${i}" maxlength="200" /></label></div>`)}</fieldset>
        ${this.confirming.length ? html`<section class="card confirm" id="destroy-confirm" role="alertdialog"><p>${t.destroyQuestion(this.confirming.length)}</p>
          <div class="row"><button class="danger" id="destroy-yes" @click=${make}>${t.destroyYes}</button><button id="destroy-no" @click=${() => (this.confirming = [])}>${t.cancel}</button></div></section>`
          : html`<div><button class="danger" id="make-act" @click=${ask}>${t.makeAct}</button></div>`}
      </div>`}</section>`;
  }

  private async printAct(actId: string) {
    const tab = window.open('', '_blank');
    const r = await this.run(this.client.request('caseFileAct', { actId, lang: this.lang }));
    if (!r) return tab?.close();
    const url = URL.createObjectURL(new Blob([r.html], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private fileScreen(f: CaseFile) {
    const t = this.t;
    return html`<div class="row"><button id="back" @click=${() => { this.opened = null; void this.load(); }}>← ${t.back}</button>
        <h2 style="margin:0">${f.id} · ${f.fullName || t.erased}</h2><span class="pill">${CASE_FILE_STATE_WORDS[f.state][this.lang]}</span></div>
      <section class="card"><p>${t.paymentType}: <b>${this.paymentName(f.paymentType)}</b> · ${t.appeal}: ${f.appealId}${f.bundle ? html` · ${t.bundle}: ${f.bundle}` : nothing}${f.archive ? html` · ${f.archive.year}, ${f.archive.place}, ${t.sheets.toLowerCase()}: ${f.archive.sheets}` : nothing}${f.act ? html` · ${f.act}` : nothing}</p>
        <h3>${t.history}</h3><table id="history"><tr><th>${t.when}</th><th>${t.move}</th><th>${t.who}</th><th>${t.detail}</th></tr>
        ${this.history.map((h) => html`<tr><td>${this.day(h.at)} ${new Date(h.at).toLocaleTimeString(this.lang === 'en' ? 'en-GB' : this.lang, { timeZone: this.tz, hour: '2-digit', minute: '2-digit' })}</td>
          <td>${h.kind === 'formed' || h.kind === 'destroyed' || h.kind === 'erased' ? CASE_FILE_MOVE_WORDS[h.kind][this.lang] : t.done[h.kind]}</td><td>${this.staffName(h.by)}</td>
          <td>${h.kind === 'return' ? h.detail.split(' — ')[0]!.split(', ').map((r) => this.reasonName(r)).join(', ') + (h.detail.includes(' — ') ? ` — ${h.detail.split(' — ').slice(1).join(' — ')}` : '') : h.kind === 'issue' ? this.staffName(h.detail) : h.detail}</td></tr>`)}
        </table></section>`;
  }
}

customElements.define('case-files-view', CaseFilesView);
