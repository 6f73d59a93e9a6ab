// One choice per screen, for the kiosk's accessible mode: the step's question, the one choice in front of
// the visitor in very large type, where it stands in the list, and large buttons to move, choose and leave
// — the same moves as the numeric keypad's arrows, Enter and 0. High contrast: yellow and white on black
// (19:1 and 21:1, well past the 7:1 of WCAG's AAA level).
import { LitElement, css, html, nothing } from 'lit';

export interface OneChoiceWords {
  previous: string;
  next: string;
  select: string;
  exit: string;
  keysHint: string;
}

export class OneChoice extends LitElement {
  static override properties = {
    heading: {},
    label: {},
    detail: {},
    position: {},
    words: { attribute: false },
  };
  declare heading: string;
  declare label: string;
  declare detail: string;
  declare position: string;
  declare words: OneChoiceWords;

  static override styles = css`
    :host { flex: 1; display: flex; flex-direction: column; gap: 32px; color: #fff; }
    h1 { font-size: 84px; line-height: 1.1; margin: 0; text-align: center; color: #ffeb3b; }
    .choice {
      flex: 1; display: flex; flex-direction: column; justify-content: center; align-items: center; gap: 28px; text-align: center;
      font: inherit; color: #ffeb3b; background: #000; border: 10px solid #ffeb3b; border-radius: 36px; padding: 40px; min-height: 600px;
    }
    .label { font-size: 120px; font-weight: 700; line-height: 1.1; overflow-wrap: anywhere; }
    .detail { font-size: 64px; color: #fff; }
    .position { font-size: 56px; color: #fff; text-align: center; margin: 0; font-weight: 700; }
    .moves { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
    button { font: inherit; font-weight: 700; border-radius: 28px; }
    .moves button { font-size: 56px; min-height: 180px; color: #fff; background: #000; border: 6px solid #fff; }
    .exit { font-size: 44px; min-height: 120px; color: #fff; background: #000; border: 4px solid #fff; }
    .keys { font-size: 38px; color: #fff; text-align: center; margin: 0; line-height: 1.4; }
  `;

  override render() {
    const w = this.words;
    return html`
      <h1>${this.heading}</h1>
      <button class="choice" @click=${() => this.fire('choose')}>
        <span class="label">${this.label}</span>
        ${this.detail ? html`<span class="detail">${this.detail}</span>` : nothing}
      </button>
      <p class="position" aria-live="polite">${this.position}</p>
      <div class="moves">
        <button class="previous" @click=${() => this.fire('previous')}>◀ ${w.previous}</button>
        <button class="next" @click=${() => this.fire('next')}>${w.next} ▶</button>
      </div>
      <p class="keys">${w.keysHint}</p>
      <button class="exit" @click=${() => this.fire('exit')}>${w.exit}</button>
    `;
  }

  private fire(name: 'previous' | 'next' | 'choose' | 'exit') {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }
}

customElements.define('one-choice', OneChoice);
