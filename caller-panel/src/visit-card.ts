// The visitor card (КУП): filled in by the specialist while the citizen sits at the booth, opened from
// the called ticket or from a journal record to correct it. After saving it shows the registration
// number, whether this is a repeat appeal with the earlier visits, and prints the receipt or the memo.
import { LitElement, css, html, nothing } from 'lit';
import { APPEAL_TYPES, CATEGORIES, RESULTS, type Appeal, type AppealInput, type AppealSummary, type QueueClient, type Ticket } from 'queue-core/protocol';
import { APPEAL_TYPE_TEXT, CATEGORY_TEXT, RESULT_TEXT, pick, shortDate, clock, type Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import type { JournalText } from './journal-strings.js';
import { openDocument } from './journal-print.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;

const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

export class VisitCard extends LitElement {
  static override properties = {
    client: { attribute: false }, j: { attribute: false }, lang: {}, act: { attribute: false },
    ticket: { attribute: false }, outreach: { attribute: false }, appeal: { attribute: false }, earlier: { state: true }, saved: { state: true }, draft: { state: true },
  };
  declare client: QueueClient;
  declare j: JournalText;
  declare lang: Language;
  declare act: Act;
  /** The called ticket the card is for, when opened at the booth. */
  declare ticket: Ticket | null;
  /** The outreach visit the appeal was taken on, with the citizen from the settlement's list when known. */
  declare outreach: { id: string; title: string; fullName?: string; address?: string } | null;
  /** The record being corrected, or the one just saved. */
  declare appeal: Appeal | null;
  declare earlier: AppealSummary[];
  declare saved: boolean;
  /** The card of a called ticket as typed and not yet saved, kept in the daemon as its draft (cardDraft). */
  declare draft: Record<string, string> | null;
  /** Changed since the last save. */
  private edited = false;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Typed since the last save: finishing or calling the next asks first (operator-view.ts). A card with no
   * name has nothing to save: picking only the result there is the finish's result, not an unsaved card.
   */
  get unsaved(): boolean {
    return this.edited && (this.saved || !!this.field<HTMLInputElement>('fullName')?.value.trim());
  }

  // Three columns, so that the whole card fits beside the ticket on a 1366×768 screen without scrolling.
  static override styles = [panelStyles, css`
    :host { display: block; min-height: 0; }
    section.card { height: 100%; box-sizing: border-box; overflow: auto; padding: 12px 16px; }
    h2 { margin-bottom: 8px; }
    form { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px 12px; }
    .wide { grid-column: 1 / -1; }
    .span2 { grid-column: span 2; }
    textarea { min-height: 64px; resize: vertical; }
    .done { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
    .repeat { background: #fff3c4; border-radius: 8px; padding: 8px 12px; grid-column: 1 / -1; }
    .repeat ul { margin: 4px 0 0; padding-left: 20px; }
  `];

  constructor() {
    super();
    this.ticket = null;
    this.outreach = null;
    this.appeal = null;
    this.earlier = [];
    this.saved = false;
    this.draft = null;
  }

  static readonly FIELDS = ['fullName', 'address', 'passport', 'category', 'appealType', 'reason', 'result', 'documents', 'missing', 'notes'] as const;

  /** A ticket's card brings back what was typed into it before a reload or a crash. */
  override async connectedCallback() {
    super.connectedCallback();
    if (!this.ticket || this.appeal) return;
    const answer = (await this.act(this.client.request('cardDraft', { ticketId: this.ticket.id }))) as { draft: { fields: Record<string, string> } | null } | undefined;
    if (!answer?.draft) return;
    this.draft = answer.draft.fields;
    this.edited = true;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.flushDraft();
  }

  private values(): Record<string, string> {
    return Object.fromEntries(VisitCard.FIELDS.map((name) => [name, this.field<HTMLInputElement>(name)?.value ?? '']));
  }

  /** Each change of a ticket's card is sent as its draft, half a second after the typing stops. */
  private typed() {
    if (!this.ticket || this.saved) return;
    this.edited = true;
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.flushDraft(), 500);
  }

  private flushDraft() {
    if (this.draftTimer === undefined) return;
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    if (this.ticket && this.edited) void this.act(this.client.request('cardDraft', { ticketId: this.ticket.id, draft: this.values() }));
  }

  /** Saves the card as the form's own button does; false when it is not complete or the daemon refused. */
  async saveNow(): Promise<boolean> {
    const form = this.renderRoot.querySelector<HTMLFormElement>('form')!;
    if (!form.reportValidity()) return false;
    return this.save(new Event('submit'));
  }

  /** Throws the typed card away, its draft in the daemon too. */
  async discard(): Promise<void> {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    this.edited = false;
    if (this.ticket) await this.act(this.client.request('cardDraft', { ticketId: this.ticket.id, draft: null }));
  }

  /** The visit's result as picked in the card: finishing the ticket records it (operator-view.ts). */
  get result(): string | undefined {
    return this.renderRoot.querySelector<HTMLSelectElement>('[name="result"]')?.value || undefined;
  }

  private field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    return this.renderRoot.querySelector<T>(`[name="${name}"]`)!;
  }

  private async save(e: Event): Promise<boolean> {
    e.preventDefault();
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    const v = (name: string) => (this.field<HTMLInputElement>(name).value ?? '').trim();
    const input: AppealInput = {
      ...(this.appeal ? { id: this.appeal.id } : {}),
      ...(this.ticket && !this.appeal ? { ticketId: this.ticket.id } : {}),
      ...(this.outreach && !this.appeal ? { outreachVisitId: this.outreach.id } : {}),
      citizen: { fullName: v('fullName'), address: v('address'), passport: v('passport') },
      category: v('category') as AppealInput['category'], appealType: v('appealType') as AppealInput['appealType'],
      reason: v('reason'), result: v('result') as AppealInput['result'],
      documents: lines(v('documents')), missingDocuments: lines(v('missing')), notes: v('notes'),
    };
    const answer = (await this.act(this.client.request('journalSave', { appeal: input }))) as { appeal: Appeal; earlier: AppealSummary[] } | undefined;
    if (!answer) return false;
    this.edited = false;
    this.draft = null;
    this.appeal = answer.appeal;
    this.earlier = answer.earlier;
    this.saved = true;
    this.dispatchEvent(new CustomEvent('saved', { detail: answer.appeal, bubbles: true, composed: true }));
    return true;
  }

  override render() {
    const j = this.j;
    const view = this.client.view!;
    const a = this.appeal;
    const d = this.draft;
    const tz = view.office.timezone;
    const options = <K extends string>(ids: readonly K[], text: Record<K, Record<Language, string>>, selected: string | undefined) =>
      ids.map((id) => html`<option value=${id} ?selected=${id === selected}>${text[id][this.lang]}</option>`);
    // No result is picked for the specialist: a visit counts under what she chose, never under a default.
    const picked = (id: string | null | undefined) => (RESULTS as readonly string[]).includes(id ?? '') ? id! : undefined;
    const resultOptions = (selected: string | null | undefined) => [
      html`<option value="" disabled ?selected=${!picked(selected)}>${j.chooseResult}</option>`,
      ...options(RESULTS, RESULT_TEXT, picked(selected)),
    ];
    return html`<section class="card">
      <h2>${j.card}${this.ticket ? html` ${j.cardFor} <b>${this.ticket.label}</b>` : a?.ticketLabel ? html` ${j.cardFor} <b>${a.ticketLabel}</b>` : nothing}${this.outreach ? html` · <b id="card-outreach">${this.outreach.title}</b>` : nothing}</h2>
      <form id="visit-card" @submit=${(e: Event) => this.save(e)} @input=${() => this.typed()} @change=${() => this.typed()}>
        <label class="span2">${j.fullName}<input name="fullName" required maxlength="200" autocomplete="off" .value=${d?.fullName ?? a?.citizen?.fullName ?? this.outreach?.fullName ?? ''} /></label>
        <label>${j.passport}<input name="passport" maxlength="40" autocomplete="off" inputmode="numeric" .value=${d?.passport ?? a?.citizen?.passport ?? ''} /></label>
        <label class="span2">${j.address}<input name="address" maxlength="300" autocomplete="off" .value=${d?.address ?? a?.citizen?.address ?? this.outreach?.address ?? ''} /></label>
        <label>${j.category}<select name="category">${options(CATEGORIES, CATEGORY_TEXT, d?.category ?? a?.category)}</select></label>
        <label>${j.appealType}<select name="appealType">${options(APPEAL_TYPES, APPEAL_TYPE_TEXT, d?.appealType ?? a?.appealType ?? 'statement')}</select></label>
        <label>${j.reason}<select name="reason">${(view.reasons ?? []).map((r) => html`<option value=${r.id} ?selected=${r.id === (d?.reason ?? a?.reason)}>${pick(r.name, this.lang)}</option>`)}</select></label>
        <label>${j.result}<select name="result" id="result" required>${resultOptions(d?.result ?? a?.result ?? this.ticket?.result ?? undefined)}</select></label>
        <label>${j.documents}<textarea name="documents" .value=${d?.documents ?? a?.documents.join('\n') ?? ''}></textarea></label>
        <label>${j.missing}<textarea name="missing" .value=${d?.missing ?? a?.missingDocuments.join('\n') ?? ''}></textarea></label>
        <label>${j.notes}<textarea name="notes" maxlength="2000" .value=${d?.notes ?? a?.notes ?? ''}></textarea></label>
        ${this.saved && a?.repeatOf.length ? html`<div class="repeat" role="status"><b>${j.repeat}</b> — ${j.earlier}:
          <ul>${this.earlier.map((e) => html`<li>${shortDate(e.at, tz, this.lang)} ${clock(e.at, tz, this.lang)} · ${e.ticketLabel ?? ''} · ${APPEAL_TYPE_TEXT[e.appealType][this.lang]} · ${RESULT_TEXT[e.result][this.lang]}</li>`)}</ul></div>` : nothing}
        <div class="wide done"><button class="primary" type="submit" id="save-card">${j.save}</button>
          ${this.saved && a ? html`<span class="pill good" id="saved-note">${j.saved}: ${a.id}</span>
            ${a.lateEntry ? html`<span class="pill bad" id="late-note">${j.lateEntry}</span>` : nothing}
            ${a.documents.length ? html`<button type="button" id="print-receipt" @click=${() => openDocument(this.client, this.act, a.id, 'receipt', this.lang)}>${j.receipt}</button>` : nothing}
            ${a.missingDocuments.length ? html`<button type="button" id="print-memo" @click=${() => openDocument(this.client, this.act, a.id, 'memo', this.lang)}>${j.memo}</button>` : nothing}` : nothing}
        </div>
      </form>
    </section>`;
  }
}

customElements.define('visit-card', VisitCard);
