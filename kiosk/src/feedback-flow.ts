// The book of feedback at the kiosk, step by step: the kind (thanks, proposal, complaint), the text typed
// on the kiosk's own keyboard, an optional name and phone, then a last look before sending. What was typed
// lives only in this element: when the kiosk goes back to its start screen the element goes, and the text
// with it. It sends `send` with the entry; the kiosk app makes the request.
import { LitElement, css, html, nothing } from 'lit';
import type { Language } from 'queue-core/ui';
import type { KioskText } from './strings.js';
import './letter-keyboard.js';

export type FeedbackKind = 'thanks' | 'proposal' | 'complaint';
export interface FeedbackEntry { kind: FeedbackKind; text: string; contactName: string; contactPhone: string }
type Step = 'kind' | 'text' | 'contact' | 'check';
type Field = 'text' | 'contactName' | 'contactPhone';

const KINDS: FeedbackKind[] = ['thanks', 'proposal', 'complaint'];
const NAME_MAX = 100;
const PHONE_MAX = 20;

export class FeedbackFlow extends LitElement {
  static override properties = {
    t: { attribute: false }, lang: {}, maxLength: { type: Number },
    step: { state: true }, entry: { state: true }, field: { state: true },
  };
  declare t: KioskText;
  declare lang: Language;
  declare maxLength: number;
  declare step: Step;
  declare entry: FeedbackEntry;
  declare field: Field;

  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 22px; flex: 1; }
    h1 { font-size: 52px; margin: 0; text-align: center; }
    h2 { font-size: 40px; margin: 0; text-align: center; color: #0b3d91; }
    p { margin: 0; }
    .hint { font-size: 30px; text-align: center; color: #37474f; }
    .kinds { display: grid; gap: 24px; }
    .kind { font: inherit; display: flex; flex-direction: column; gap: 8px; text-align: left; padding: 28px 36px; min-height: 180px; border-radius: 26px; border: none; background: #0b3d91; color: #fff; box-shadow: 0 6px 0 #072a66; }
    .kind strong { font-size: 54px; }
    .kind span { font-size: 30px; }
    .kind.complaint { background: #8b1a1a; box-shadow: 0 6px 0 #5c0f0f; }
    .kind.thanks { background: #1b5e20; box-shadow: 0 6px 0 #0d3b10; }
    .paper { font-size: 34px; line-height: 1.35; background: #fff; border: 4px solid #0b3d91; border-radius: 18px; padding: 18px 22px; min-height: 300px; max-height: 420px; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
    .paper.short { min-height: 0; height: 64px; max-height: 64px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; padding: 12px 22px; }
    .paper.active { border-color: #f9a825; box-shadow: 0 0 0 4px #ffe082; }
    .caret { display: inline-block; width: 3px; height: 1.1em; background: #0b3d91; vertical-align: text-bottom; animation: blink 1s steps(1) infinite; }
    @keyframes blink { 50% { opacity: 0; } }
    .count { font-size: 26px; color: #37474f; text-align: right; }
    .count.full { color: #8b0000; font-weight: 700; }
    .field { display: flex; flex-direction: column; gap: 8px; font-size: 32px; font-weight: 700; }
    .field button.paper { font: inherit; font-weight: 400; font-size: 34px; text-align: left; color: #102a43; }
    .actions { display: flex; gap: 24px; justify-content: center; margin-top: auto; }
    .actions button { font: inherit; font-size: 40px; font-weight: 700; min-height: 130px; min-width: 300px; padding: 0 36px; border-radius: 22px; border: 4px solid #0b3d91; background: #fff; color: #0b3d91; }
    .actions button.go { background: #0b3d91; color: #fff; }
    .actions button.go:disabled { background: #90a4ae; border-color: #90a4ae; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 14px 24px; font-size: 34px; margin: 0; background: #fff; border-radius: 18px; padding: 24px; border: 4px solid #0b3d91; }
    dt { color: #37474f; }
    dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 520px; overflow: auto; }
  `;

  constructor() {
    super();
    this.maxLength = 1000;
    this.lang = 'ru';
    this.step = 'kind';
    this.entry = { kind: 'proposal', text: '', contactName: '', contactPhone: '' };
    this.field = 'text';
  }

  private limit(field: Field) {
    return field === 'text' ? this.maxLength : field === 'contactName' ? NAME_MAX : PHONE_MAX;
  }

  private type(s: string) {
    const f = this.field;
    const now = this.entry[f];
    if (now.length + s.length > this.limit(f)) return;
    // No run of spaces, no space at the start: what the citizen meant, not what a double tap made.
    if (s === ' ' && (now === '' || now.endsWith(' '))) return;
    this.entry = { ...this.entry, [f]: now + s };
  }

  private erase() {
    const f = this.field;
    this.entry = { ...this.entry, [f]: [...this.entry[f]].slice(0, -1).join('') };
  }

  private go(step: Step) {
    this.step = step;
    this.field = step === 'contact' ? 'contactName' : 'text';
  }

  private send() {
    this.dispatchEvent(new CustomEvent<FeedbackEntry>('send', { detail: { ...this.entry, text: this.entry.text.trim(), contactName: this.entry.contactName.trim() } }));
  }

  private keyboard() {
    return html`<letter-keyboard .lang=${this.lang} ?digits=${this.field === 'contactPhone'} .words=${{ space: this.t.keySpace, erase: this.t.keyErase, shift: this.t.keyShift }}
      @type=${(e: CustomEvent<string>) => this.type(e.detail)} @erase=${() => this.erase()}></letter-keyboard>`;
  }

  override render() {
    const t = this.t;
    switch (this.step) {
      case 'kind': return html`
        <h1>${t.feedbackTitle}</h1>
        <p class="hint">${t.feedbackChoose}</p>
        <div class="kinds">${KINDS.map((k) => html`<button class="kind ${k}" data-kind=${k} @click=${() => ((this.entry = { ...this.entry, kind: k }), this.go('text'))}>
          <strong>${t.feedbackKinds[k]}</strong><span>${t.feedbackKindHints[k]}</span></button>`)}</div>
        <div class="actions"><button id="feedback-back" @click=${() => this.dispatchEvent(new CustomEvent('back'))}>${t.back}</button></div>`;
      case 'text': {
        const n = this.entry.text.length;
        return html`
          <h2>${t.feedbackKinds[this.entry.kind]}</h2>
          <h1>${t.feedbackWrite}</h1>
          <div class="paper active" id="feedback-text" aria-live="polite">${this.entry.text}<span class="caret"></span></div>
          <p class="count ${n >= this.maxLength ? 'full' : ''}">${t.feedbackCount(n, this.maxLength)}</p>
          ${this.keyboard()}
          <div class="actions"><button @click=${() => this.go('kind')}>${t.back}</button>
            <button class="go" id="feedback-next" ?disabled=${!this.entry.text.trim()} @click=${() => this.go('contact')}>${t.feedbackNext}</button></div>`;
      }
      case 'contact': {
        const fieldBox = (f: 'contactName' | 'contactPhone', label: string) => html`<label class="field">${label}
          <button class="paper short ${this.field === f ? 'active' : ''}" id=${`feedback-${f}`} @click=${() => (this.field = f)}>${this.entry[f]}${this.field === f ? html`<span class="caret"></span>` : nothing}</button></label>`;
        const empty = !this.entry.contactName.trim() && !this.entry.contactPhone;
        return html`
          <h1>${t.feedbackContactTitle}</h1>
          <p class="hint">${t.feedbackContactHint}</p>
          ${fieldBox('contactName', t.feedbackName)}
          ${fieldBox('contactPhone', t.feedbackPhone)}
          ${this.keyboard()}
          <div class="actions"><button @click=${() => this.go('text')}>${t.back}</button>
            <button class="go" id="feedback-next" @click=${() => (this.step = 'check')}>${empty ? t.feedbackNoContact : t.feedbackNext}</button></div>`;
      }
      case 'check': {
        const contact = [this.entry.contactName.trim(), this.entry.contactPhone].filter(Boolean).join(', ');
        return html`
          <h1>${t.feedbackCheck}</h1>
          <h2>${t.feedbackKinds[this.entry.kind]}</h2>
          <dl id="feedback-check">
            <dt>${t.feedbackTextLabel}</dt><dd>${this.entry.text.trim()}</dd>
            <dt>${t.feedbackContactLabel}</dt><dd>${contact || t.feedbackNoContact}</dd>
          </dl>
          <div class="actions"><button id="feedback-fix" @click=${() => this.go('text')}>${t.feedbackFix}</button>
            <button class="go" id="feedback-send" @click=${() => this.send()}>${t.feedbackSend}</button></div>`;
      }
    }
  }
}

customElements.define('feedback-flow', FeedbackFlow);
