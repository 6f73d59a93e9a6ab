// "Do you have a priority?": asked after a service is chosen, whenever the office has priority categories,
// so that nobody reading from the top gets an ordinary ticket by mistake. One large button per category and
// one for "no priority", in a column an elderly person reads from the top. A double tap on the service
// must not answer here: its second tap lands on this screen, and is ignored.
import { LitElement, css, html } from 'lit';

export interface PriorityWords {
  question: string;
  hint: string;
  none: string;
  back: string;
}

export class PriorityChoice extends LitElement {
  static override properties = {
    service: {},
    choices: { attribute: false },
    words: { attribute: false },
  };
  declare service: string;
  declare choices: { id: string; name: string }[];
  declare words: PriorityWords;

  static override styles = css`
    :host { display: flex; flex-direction: column; align-items: stretch; gap: 30px; }
    h1 { font-size: 68px; margin: 0; text-align: center; }
    .service { font-size: 40px; font-weight: 700; color: #0b3d91; text-align: center; margin: 0; }
    .hint { font-size: 34px; color: #37474f; text-align: center; margin: 0; line-height: 1.3; }
    .answers { display: flex; flex-direction: column; gap: 28px; margin-top: 12px; }
    button { font: inherit; font-size: 52px; font-weight: 700; min-height: 170px; padding: 16px 40px; border-radius: 28px; }
    .category { border: 5px solid #8d6e00; background: #ffd54f; color: #102a43; }
    .none { border: none; background: #0b3d91; color: #fff; box-shadow: 0 6px 0 #072a66; }
    button:active { transform: translateY(4px); }
    .back { font-size: 40px; font-weight: 400; min-height: 130px; border: 4px solid #0b3d91; background: #fff; color: #0b3d91; margin-top: 20px; }
    @media (orientation: landscape) {
      :host { gap: 18px; }
      h1 { font-size: 56px; }
      .answers { flex-direction: row; flex-wrap: wrap; }
      .answers button { flex: 1 1 30%; min-height: 150px; }
      .back { min-height: 100px; align-self: center; min-width: 420px; }
    }
  `;

  constructor() {
    super();
    this.service = '';
    this.choices = [];
    this.words = { question: '', hint: '', none: '', back: '' };
  }

  /** A click counted as the second (or third) of quick taps in one place is the rest of a double tap. */
  private answer(e: MouseEvent, event: 'choose' | 'back', priority: string | null = null) {
    if (e.detail > 1) return;
    this.dispatchEvent(new CustomEvent(event, { detail: priority }));
  }

  override render() {
    const w = this.words;
    return html`
      <h1>${w.question}</h1>
      <p class="service">${this.service}</p>
      <p class="hint">${w.hint}</p>
      <div class="answers">
        ${this.choices.map((c) => html`<button class="category" data-priority=${c.id} @click=${(e: MouseEvent) => this.answer(e, 'choose', c.id)}>${c.name}</button>`)}
        <button class="none" @click=${(e: MouseEvent) => this.answer(e, 'choose', null)}>${w.none}</button>
      </div>
      <button class="back" @click=${(e: MouseEvent) => this.answer(e, 'back')}>${w.back}</button>`;
  }
}

customElements.define('priority-choice', PriorityChoice);
