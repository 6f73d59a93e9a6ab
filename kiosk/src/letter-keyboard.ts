// The kiosk's own keyboard for words (the book of feedback): the kiosk ignores every physical keyboard
// (keyboard.ts), so this is the only way to type. The letters are those of the chosen language — Russian
// or Ukrainian Cyrillic, or Latin for English — with a key to switch to Latin and back for a name or an
// address written that way. `digits` gives a phone keypad instead. Each key press sends `type` with the
// text to insert, or `erase` for the last character.
import { LitElement, css, html, nothing } from 'lit';
import type { Language } from 'queue-core/ui';

const LETTERS: Record<Language, string[]> = {
  ru: ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбюё'],
  uk: ['йцукенгшщзхї', 'фівапролджє', 'ячсмитьбюґ’'],
  en: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
};
const DIGITS = '1234567890';
const MARKS = [',', '.', '!', '?', '-', '(', ')', ':', '«', '»', '"'];
const PHONE = ['123', '456', '789', '+0'];

export class LetterKeyboard extends LitElement {
  static override properties = {
    lang: {},
    digits: { type: Boolean },
    words: { attribute: false },
    latin: { state: true },
    upper: { state: true },
  };
  declare lang: Language;
  declare digits: boolean;
  /** The labels of the special keys, in the kiosk's language. */
  declare words: { space: string; erase: string; shift: string };
  declare latin: boolean;
  declare upper: boolean;

  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 10px; align-items: center; user-select: none; }
    .row { display: flex; gap: 8px; justify-content: center; }
    button { font: inherit; font-size: 38px; font-weight: 700; width: 74px; height: 92px; padding: 0; border-radius: 14px; border: 3px solid #0b3d91; background: #fff; color: #0b3d91; }
    button:active { background: #e3ecfa; }
    .marks button { font-size: 32px; height: 80px; }
    .wide { width: 170px; font-size: 28px; }
    .space { width: 430px; font-size: 28px; }
    .on { background: #0b3d91; color: #fff; }
    .phone button { width: 170px; height: 110px; font-size: 52px; }
  `;

  constructor() {
    super();
    this.lang = 'ru';
    this.digits = false;
    this.words = { space: 'пробел', erase: 'стереть', shift: 'Aa' };
    this.latin = false;
    this.upper = true;
  }

  private press(text: string) {
    this.dispatchEvent(new CustomEvent('type', { detail: text }));
    // A capital starts a text or a name; the letters after it are small.
    if (this.upper && /\p{L}/u.test(text)) this.upper = false;
  }

  private erase() {
    this.dispatchEvent(new CustomEvent('erase'));
  }

  override render() {
    if (this.digits) {
      return html`<div class="phone">${PHONE.map((row) => html`<div class="row">${[...row].map((d) => html`<button @click=${() => this.press(d)}>${d}</button>`)}
        ${row === '+0' ? html`<button class="wide" aria-label=${this.words.erase} @click=${() => this.erase()}>⌫</button>` : nothing}</div>`)}</div>`;
    }
    const layout = this.latin ? LETTERS.en : LETTERS[this.lang];
    const letter = (c: string) => (this.upper ? c.toLocaleUpperCase(this.latin ? 'en' : this.lang) : c);
    return html`
      <div class="row">${[...DIGITS].map((d) => html`<button @click=${() => this.press(d)}>${d}</button>`)}</div>
      ${layout.map((row) => html`<div class="row">${[...row].map((c) => html`<button @click=${() => this.press(letter(c))}>${letter(c)}</button>`)}</div>`)}
      <div class="row marks">${MARKS.map((m) => html`<button @click=${() => this.press(m)}>${m}</button>`)}</div>
      <div class="row">
        <button class="wide ${this.upper ? 'on' : ''}" aria-pressed=${this.upper} @click=${() => (this.upper = !this.upper)}>${this.words.shift}</button>
        ${this.lang === 'en' ? nothing : html`<button class="wide ${this.latin ? 'on' : ''}" aria-pressed=${this.latin} @click=${() => (this.latin = !this.latin)}>${this.latin ? 'АБВ' : 'ABC'}</button>`}
        <button class="space" @click=${() => this.press(' ')}>${this.words.space}</button>
        <button class="wide" aria-label=${this.words.erase} @click=${() => this.erase()}>⌫</button>
      </div>`;
  }
}

customElements.define('letter-keyboard', LetterKeyboard);
