// The appeal journal for staff: the deadline list (overdue and falling due), search by name or passport,
// and one record opened with the citizen's earlier visits, to correct it, print its papers or take it
// off control. Every opening is audited by the daemon.
import { LitElement, css, html, nothing } from 'lit';
import { deadlineState, type Appeal, type AppealSummary, type QueueClient } from 'queue-core/protocol';
import { APPEAL_TYPE_TEXT, RESULT_TEXT, clock, pick, shortDate, type Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import type { JournalText } from './journal-strings.js';
import { openDocument } from './journal-print.js';
import './visit-card.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;

export class JournalView extends LitElement {
  static override properties = {
    client: { attribute: false }, j: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number },
    head: { type: Boolean }, feedback: { state: true },
    results: { state: true }, due: { state: true }, opened: { state: true }, earlier: { state: true }, searched: { state: true },
  };
  declare client: QueueClient;
  declare j: JournalText;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  /** The head of the service: also sees the book of feedback's entries awaiting an answer. */
  declare head: boolean;
  declare feedback: { open: Appeal[]; count: number } | null;
  declare results: Appeal[];
  declare due: { overdue: Appeal[]; dueSoon: Appeal[]; open: number } | null;
  declare opened: Appeal | null;
  declare earlier: AppealSummary[];
  declare searched: boolean;

  static override styles = [panelStyles, css`
    .search { display: flex; gap: 10px; align-items: flex-end; flex-wrap: wrap; margin-bottom: 10px; }
    .search label:first-child { flex: 1; min-width: 240px; }
    tr.overdue td { color: #b71c1c; }
    .stack { display: flex; flex-direction: column; gap: 14px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0; }
    dt { color: #486581; }
    .quote { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 560px; }
    .nowrap { white-space: nowrap; }
    form.answer { display: flex; flex-direction: column; gap: 10px; margin-top: 14px; }
    form.answer button { align-self: flex-start; }
  `];

  constructor() {
    super();
    this.results = [];
    this.due = null;
    this.opened = null;
    this.earlier = [];
    this.searched = false;
    this.now = Date.now();
    this.head = false;
    this.feedback = null;
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.loadDue();
    void this.loadFeedback();
  }

  private async loadFeedback() {
    if (!this.head) return;
    const answer = (await this.act(this.client.request('feedbackList', {}))) as JournalView['feedback'] | undefined;
    if (answer) this.feedback = answer;
  }

  private async answerFeedback(e: Event, a: Appeal) {
    e.preventDefault();
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#feedback-answer')!.value;
    const answer = (await this.act(this.client.request('feedbackAnswer', { appealId: a.id, answer: text }))) as { appeal: Appeal } | undefined;
    if (!answer) return;
    this.opened = answer.appeal;
    await Promise.all([this.loadDue(), this.loadFeedback()]);
  }

  private async loadDue() {
    const due = (await this.act(this.client.request('journalDue', {}))) as JournalView['due'] | undefined;
    if (due) this.due = due;
  }

  private async search(e: Event) {
    e.preventDefault();
    const q = (n: string) => this.renderRoot.querySelector<HTMLInputElement>(`[name="${n}"]`)!.value.trim();
    const answer = (await this.act(this.client.request('journalSearch', { text: q('q') || undefined, from: q('from') || undefined, to: q('to') || undefined, limit: 100 }))) as { appeals: Appeal[] } | undefined;
    if (!answer) return;
    this.results = answer.appeals;
    this.searched = true;
  }

  private async open(id: string) {
    const answer = (await this.act(this.client.request('journalGet', { appealId: id }))) as { appeal: Appeal; earlier: AppealSummary[] } | undefined;
    if (!answer) return;
    this.opened = answer.appeal;
    this.earlier = answer.earlier;
  }

  private async closeControl(a: Appeal) {
    const answer = (await this.act(this.client.request('journalClose', { appealId: a.id }))) as { appeal: Appeal } | undefined;
    if (!answer) return;
    this.opened = answer.appeal;
    await this.loadDue();
  }

  private when(at: number) {
    const tz = this.client.view!.office.timezone;
    return `${shortDate(at, tz, this.lang)} ${clock(at, tz, this.lang)}`;
  }

  private staffName(id: string) {
    return this.client.view?.staff?.find((s) => s.id === id)?.name ?? id;
  }

  private reasonName(id: string) {
    const r = this.client.view?.reasons?.find((x) => x.id === id);
    return r ? pick(r.name, this.lang) : id;
  }

  override render() {
    return this.opened ? this.record(this.opened) : html`<div class="stack">${this.head ? this.feedbackCard() : nothing}${this.deadlines()}${this.searchCard()}</div>`;
  }

  /** The book of feedback's entries nobody has answered yet, newest first, each with its words. */
  private feedbackCard() {
    const j = this.j;
    const book = this.feedback;
    const tz = this.client.view!.office.timezone;
    return html`<section class="card" id="feedback">
      <h2>${j.feedbackTitle}${book ? html` <span class="pill ${book.count ? 'warn' : 'good'}">${book.count}</span>` : nothing}</h2>
      ${!book ? html`<p class="muted">${j.loading}</p>` : book.open.length === 0 ? html`<p class="muted">${j.feedbackNone}</p>` : html`<table id="feedback-open">
        <tr><th>${j.date}</th><th>${j.feedbackKind}</th><th>${j.feedbackText}</th><th>${j.feedbackContact}</th><th>${j.due}</th><th></th></tr>
        ${book.open.map((a) => {
          const state = deadlineState(a, this.now);
          const f = a.feedback!;
          return html`<tr class=${state}>
            <td class="nowrap">${this.when(a.at)}</td>
            <td><span class="pill ${f.kind === 'complaint' ? 'bad' : f.kind === 'thanks' ? 'good' : ''}">${APPEAL_TYPE_TEXT[f.kind][this.lang]}</span></td>
            <td class="quote">${f.text}</td>
            <td>${contact(f) || html`<i class="muted">${j.feedbackNoContact}</i>`}</td>
            <td class="nowrap">${a.dueAt ? html`${shortDate(a.dueAt, tz, this.lang)} <span class="pill ${state === 'overdue' ? 'bad' : state === 'due-soon' ? 'warn' : ''}">${j.deadlineState[state]}</span>` : '—'}</td>
            <td><button @click=${() => this.open(a.id)}>${j.open}</button></td>
          </tr>`;
        })}
      </table>`}
    </section>`;
  }

  /** An entry of the book of feedback opened: what the citizen wrote, and the head's answer. */
  private feedbackRecord(a: Appeal) {
    const j = this.j;
    const f = a.feedback!;
    if (a.erasedAt !== null) return html`<p class="muted">${j.erased}</p>`;
    return html`<section class="card" id="feedback-record"><dl>
        <dt>${j.feedbackKind}</dt><dd>${APPEAL_TYPE_TEXT[f.kind][this.lang]}</dd>
        <dt>${j.feedbackText}</dt><dd class="quote">${f.text}</dd>
        <dt>${j.feedbackContact}</dt><dd>${contact(f) || html`<i class="muted">${j.feedbackNoContact}</i>`}</dd>
        <dt>${j.feedbackKiosk}</dt><dd>${f.kiosk}</dd>
        ${a.closedAt !== null ? html`<dt>${j.feedbackAnswered}</dt><dd>${this.when(a.closedAt)} · ${this.staffName(f.answeredBy ?? '')}</dd><dt>${j.feedbackAnswer}</dt><dd class="quote">${f.answer || '—'}</dd>` : nothing}
      </dl>
      ${a.closedAt === null && this.head ? html`<form class="answer" @submit=${(e: Event) => this.answerFeedback(e, a)}>
        <label>${j.feedbackAnswer}<textarea id="feedback-answer" rows="3" maxlength="2000" placeholder=${j.feedbackAnswerHint} required></textarea></label>
        <button class="primary" type="submit" id="feedback-send">${j.feedbackSend}</button>
      </form>` : nothing}
    </section>`;
  }

  private table(list: Appeal[], id: string) {
    const j = this.j;
    const tz = this.client.view!.office.timezone;
    return html`<table id=${id}>
      <tr><th>${j.date}</th><th>${j.ticket}</th><th>${j.fullName}</th><th>${j.passport}</th><th>${j.appealType}</th><th>${j.reason}</th><th>${j.result}</th><th>${j.due}</th><th></th></tr>
      ${list.map((a) => {
        const state = deadlineState(a, this.now);
        return html`<tr class=${state}>
          <td>${this.when(a.at)}</td><td>${a.ticketLabel ?? '—'}</td>
          <td>${a.citizen?.fullName ?? html`<i class="muted">${j.erased}</i>`}${a.repeatOf.length ? html` <span class="pill warn">${j.repeat}</span>` : nothing}</td>
          <td>${a.citizen?.passport ?? ''}</td><td>${APPEAL_TYPE_TEXT[a.appealType][this.lang]}</td><td>${this.reasonName(a.reason)}</td>
          <td>${RESULT_TEXT[a.result][this.lang]}</td>
          <td>${a.dueAt ? html`${shortDate(a.dueAt, tz, this.lang)} <span class="pill ${state === 'overdue' ? 'bad' : state === 'due-soon' ? 'warn' : state === 'closed' ? 'good' : ''}">${j.deadlineState[state]}</span>` : '—'}</td>
          <td><button @click=${() => this.open(a.id)}>${j.open}</button></td>
        </tr>`;
      })}
    </table>`;
  }

  private deadlines() {
    const j = this.j;
    const due = this.due;
    return html`<section class="card" id="deadlines">
      <h2>${j.deadlines}${due ? html` <span class="muted">· ${j.openCount}: ${due.open}</span>` : nothing}</h2>
      ${!due ? html`<p class="muted">${j.loading}</p>` : due.overdue.length + due.dueSoon.length === 0 ? html`<p class="muted">${j.nothingDue}</p>` : html`
        ${due.overdue.length ? html`<h3>${j.overdue}: ${due.overdue.length}</h3>${this.table(due.overdue, 'overdue')}` : nothing}
        ${due.dueSoon.length ? html`<h3>${j.dueSoon}: ${due.dueSoon.length}</h3>${this.table(due.dueSoon, 'due-soon')}` : nothing}`}
    </section>`;
  }

  private searchCard() {
    const j = this.j;
    return html`<section class="card">
      <form class="search" @submit=${(e: Event) => this.search(e)}>
        <label>${j.search}<input name="q" id="journal-q" maxlength="200" autocomplete="off" /></label>
        <label>${j.from}<input name="from" type="date" /></label>
        <label>${j.to}<input name="to" type="date" /></label>
        <button class="primary" type="submit" id="journal-find">${j.find}</button>
      </form>
      ${this.searched ? (this.results.length ? html`<p class="muted">${j.found}: ${this.results.length}</p>${this.table(this.results, 'journal-results')}` : html`<p class="muted">${j.nothingFound}</p>`) : nothing}
    </section>`;
  }

  private record(a: Appeal) {
    const j = this.j;
    const state = deadlineState(a, this.now);
    return html`<div class="stack">
      <div class="row"><button id="journal-back" @click=${() => ((this.opened = null), void this.loadDue(), void this.loadFeedback())}>← ${j.back}</button>
        <h2 style="margin:0">${j.number} ${a.id}</h2>
        ${a.dueAt ? html`<span class="pill ${state === 'overdue' ? 'bad' : state === 'closed' ? 'good' : 'warn'}">${j.due}: ${shortDate(a.dueAt, this.client.view!.office.timezone, this.lang)} · ${j.deadlineState[state]}</span>` : nothing}
        ${a.closedAt === null && a.dueAt !== null && !a.feedback ? html`<button id="close-control" @click=${() => this.closeControl(a)}>${j.closeControl}</button>` : nothing}
        ${a.documents.length && a.citizen ? html`<button @click=${() => openDocument(this.client, this.act, a.id, 'receipt', this.lang)}>${j.receipt}</button>` : nothing}
        ${a.missingDocuments.length && a.citizen ? html`<button @click=${() => openDocument(this.client, this.act, a.id, 'memo', this.lang)}>${j.memo}</button>` : nothing}
      </div>
      <section class="card"><dl>
        <dt>${j.date}</dt><dd>${this.when(a.at)}</dd>
        ${a.feedback ? nothing : html`<dt>${j.ticket}</dt><dd>${a.ticketLabel ?? '—'}</dd>`}
        ${a.feedback ? nothing : html`<dt>${j.specialist}</dt><dd>${this.staffName(a.staffId)}${a.booth ? ` · ${a.booth}` : ''}</dd>`}
      </dl></section>
      ${a.feedback ? this.feedbackRecord(a) : a.citizen ? html`<visit-card .client=${this.client} .j=${j} .lang=${this.lang} .act=${this.act} .appeal=${a}
        @saved=${(e: CustomEvent<Appeal>) => (this.opened = e.detail)}></visit-card>` : html`<p class="muted">${j.erased}</p>`}
      ${a.feedback ? nothing : html`<section class="card"><h2>${j.earlier}</h2>
        ${this.earlier.length === 0 ? html`<p class="muted">${j.noEarlier}</p>` : html`<table id="earlier">
          ${this.earlier.map((e) => html`<tr><td>${this.when(e.at)}</td><td>${e.ticketLabel ?? '—'}</td><td>${APPEAL_TYPE_TEXT[e.appealType][this.lang]}</td>
            <td>${this.reasonName(e.reason)}</td><td>${RESULT_TEXT[e.result][this.lang]}</td><td>${this.staffName(e.staffId)}</td>
            <td><button @click=${() => this.open(e.id)}>${j.open}</button></td></tr>`)}</table>`}
      </section>`}
    </div>`;
  }
}

/** The contact a citizen left with an entry: a name, a phone, both or nothing. */
const contact = (f: NonNullable<Appeal['feedback']>) => [f.contactName, f.contactPhone].filter(Boolean).join(', ');

customElements.define('journal-view', JournalView);
