// The head's live figure of the citizens' ratings: today's share of visits rated 4 or 5, and how many
// were rated, asked of the core (`ratingToday`) when the panel opens and again after each change it hears.
import { LitElement, css, html, nothing } from 'lit';
import type { QueueClient } from 'queue-core/protocol';
import { numberText, type Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import type { JournalText } from './journal-strings.js';

type Today = { ratings: number; satisfied: number; satisfiedPct: number | null };

export class RatingToday extends LitElement {
  static override properties = { client: { attribute: false }, j: { attribute: false }, lang: {}, seq: { type: Number }, today: { state: true } };
  declare client: QueueClient;
  declare j: JournalText;
  declare lang: Language;
  /** The last event the panel has seen: a new one may be a rating. */
  declare seq: number;
  declare today: Today | null;
  private asked = -1;

  static override styles = [panelStyles, css`
    :host { display: block; margin-top: 12px; }
    .figure { font-size: 34px; font-weight: 700; color: #0b3d91; }
  `];

  constructor() {
    super();
    this.today = null;
  }

  override updated() {
    if (this.seq === this.asked) return;
    this.asked = this.seq;
    this.client.request('ratingToday', {}).then((t) => (this.today = t), () => {});
  }

  override render() {
    const t = this.today;
    const office = this.client.view?.office.language ?? this.lang;
    return html`<div id="rating-today"><h2>${this.j.ratingToday}</h2>
      ${!t ? nothing : t.ratings === 0 ? html`<p class="muted">${this.j.noRatings}</p>`
        : html`<div class="figure">${numberText(t.satisfiedPct ?? 0, office)} %</div><div class="muted">${this.j.ratingsCount(t.ratings, t.satisfied)}</div>`}
    </div>`;
  }
}

customElements.define('rating-today', RatingToday);
