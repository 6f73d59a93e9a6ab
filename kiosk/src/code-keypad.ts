// An on-screen keypad for the nine-digit booking code: large keys, the only way to type it (the kiosk
// ignores keyboards, see keyboard.ts). A code of six digits, as given before codes grew to nine, may be
// sent too: its booking is still valid.
import { LitElement, css, html } from 'lit';

const LENGTH = 9;
const OLD_LENGTH = 6;
const complete = (code: string) => code.length === LENGTH || code.length === OLD_LENGTH;

export class CodeKeypad extends LitElement {
  static override properties = {
    code: { state: true },
    title: {},
    hint: {},
    submitText: {},
    backText: {},
    eraseText: {},
  };
  declare code: string;
  declare title: string;
  declare hint: string;
  declare submitText: string;
  declare backText: string;
  declare eraseText: string;

  static override styles = css`
    :host { display: flex; flex-direction: column; align-items: center; gap: 28px; }
    h1 { font-size: 56px; margin: 0; text-align: center; }
    p { font-size: 30px; margin: 0; color: #37474f; text-align: center; }
    .code { display: flex; gap: 10px; }
    .cell:nth-child(3n):not(:last-child) { margin-right: 18px; }
    .cell { width: 86px; height: 120px; border: 4px solid #0b3d91; border-radius: 14px; font-size: 80px; font-weight: 700; display: grid; place-items: center; background: #fff; }
    .keys { display: grid; grid-template-columns: repeat(3, 170px); gap: 18px; }
    button { font: inherit; font-size: 56px; font-weight: 700; height: 130px; border-radius: 18px; border: 4px solid #0b3d91; background: #fff; color: #0b3d91; }
    button:active { background: #e3ecfa; }
    .wide { font-size: 36px; }
    .actions { display: flex; gap: 24px; }
    .actions button { width: 380px; font-size: 40px; }
    .go { background: #0b3d91; color: #fff; }
    .go:disabled { background: #90a4ae; border-color: #90a4ae; }
    @media (orientation: landscape) {
      :host { gap: 14px; }
      h1 { font-size: 44px; }
      p { font-size: 26px; }
      .cell { height: 90px; width: 70px; font-size: 60px; }
      .keys { gap: 12px; }
      button { height: 96px; font-size: 48px; }
      .actions button { height: 100px; }
    }
  `;

  constructor() {
    super();
    this.code = '';
    this.title = this.hint = this.submitText = this.backText = this.eraseText = '';
  }

  private press(d: string) {
    if (this.code.length < LENGTH) this.code += d;
  }

  private submit() {
    if (!complete(this.code)) return;
    this.dispatchEvent(new CustomEvent('submit', { detail: this.code }));
  }

  override render() {
    return html`
      <h1>${this.title}</h1>
      <p>${this.hint}</p>
      <div class="code" aria-label=${this.title} aria-live="polite">${Array.from({ length: LENGTH }, (_, i) => html`<span class="cell">${this.code[i] ?? ''}</span>`)}</div>
      <div class="keys">
        ${['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => html`<button @click=${() => this.press(d)}>${d}</button>`)}
        <button class="wide" @click=${() => (this.code = this.code.slice(0, -1))} aria-label=${this.eraseText}>⌫</button>
        <button @click=${() => this.press('0')}>0</button>
        <button class="wide" @click=${() => (this.code = '')} aria-label=${this.eraseText}>C</button>
      </div>
      <div class="actions">
        <button @click=${() => this.dispatchEvent(new CustomEvent('back'))}>${this.backText}</button>
        <button class="go" ?disabled=${!complete(this.code)} @click=${() => this.submit()}>${this.submitText}</button>
      </div>`;
  }
}

customElements.define('code-keypad', CodeKeypad);
