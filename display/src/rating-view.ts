// What a booth's rating screen shows while a finished visit's window is open: five faces from very poor
// to excellent with their names, then the reasons that fit the score as chips, then thanks. The screen
// holds no rule: what may be rated, once, and until when is the core's (domain/rating.ts); the faces
// only send the touch.
import { css, html, svg, nothing, type TemplateResult } from 'lit';
import { pick, type Language } from 'queue-core/ui';
import { reasonsFor, scoreText } from 'queue-core/domain';
import type { PublicBooth, Snapshot } from 'queue-core/protocol';
import type { DisplayText } from './strings.js';

type Window = NonNullable<PublicBooth['rating']>;

const COLOURS = ['#e53935', '#fb8c00', '#fdd835', '#7cb342', '#2e7d32'];

/** A face for a score 1–5: the mouth bends from a frown to a smile. Drawn, so no emoji font is needed. */
function face(score: number) {
  const bend = (score - 3) * 7;
  return svg`<svg viewBox="0 0 100 100" aria-hidden="true">
    <circle cx="50" cy="50" r="46" fill=${COLOURS[score - 1]!} />
    <circle cx="34" cy="40" r="6" fill="#1a1a1a" /><circle cx="66" cy="40" r="6" fill="#1a1a1a" />
    <path d=${`M28 ${68 - bend / 2} Q50 ${68 + bend} 72 ${68 - bend / 2}`} stroke="#1a1a1a" stroke-width="6" fill="none" stroke-linecap="round" />
  </svg>`;
}

export interface RatingViewInput {
  window: Window;
  reasons: NonNullable<Snapshot['rating']>['reasons'];
  lang: Language;
  t: DisplayText;
  /** The citizen passed over the reasons: thanks at once. */
  skipped: boolean;
  send(body: { score?: number; reason?: string }): void;
  skip(): void;
}

export function ratingView(v: RatingViewInput): TemplateResult {
  const { window: w, t } = v;
  if (w.score === null) {
    return html`<div class="rate">
      <div class="rate-question">${t.rateQuestion}</div>
      <div class="faces">${[1, 2, 3, 4, 5].map((score) => html`<button class="face" data-score=${score} @click=${() => v.send({ score })}>
        ${face(score)}<span>${scoreText(score, v.lang)}</span></button>`)}</div>
    </div>`;
  }
  const fitting = reasonsFor(v.reasons, w.score!);
  if (w.reason === null && !v.skipped && fitting.length > 0) {
    return html`<div class="rate">
      <div class="rate-question">${t.rateWhy}</div>
      <div class="chips">${fitting.map((r) => html`<button class="chip" data-reason=${r.id} @click=${() => v.send({ reason: r.id })}>${pick(r.name, v.lang)}</button>`)}</div>
      <button class="skip" @click=${() => v.skip()}>${t.rateSkip}</button>
    </div>`;
  }
  return html`<div class="rate thanks" role="status">${t.rateThanks}${nothing}</div>`;
}

export const ratingStyles = css`
  .rate { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 3vh; width: 100%; }
  .rate-question { font-size: 7.5vh; font-weight: 700; text-align: center; }
  .faces { display: flex; gap: 2vw; justify-content: center; width: 100%; }
  .face { flex: 1 1 0; max-width: 18vw; display: flex; flex-direction: column; align-items: center; gap: 1.5vh; padding: 2vh 0.5vw;
    background: #13306a; color: #fff; border: 0.4vh solid #2a4a80; border-radius: 2vh; font: inherit; cursor: pointer; }
  .face svg { width: min(13vw, 24vh); height: min(13vw, 24vh); }
  .face span { font-size: 4.2vh; line-height: 1.1; text-align: center; }
  .face:active { background: #2a4a80; }
  .chips { display: flex; flex-wrap: wrap; gap: 2vh 1.5vw; justify-content: center; }
  .chip { font: inherit; font-size: 5vh; padding: 2vh 2.5vw; border-radius: 5vh; border: 0.4vh solid #b0c4e8; background: #13306a; color: #fff; cursor: pointer; }
  .skip { font: inherit; font-size: 4.5vh; padding: 1.5vh 3vw; border-radius: 5vh; border: 0.3vh solid #2a4a80; background: transparent; color: #b0c4e8; cursor: pointer; }
  .thanks { font-size: 11vh; font-weight: 700; color: #a5d6a7; text-align: center; }
`;
