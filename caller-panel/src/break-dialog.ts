// The booth's break dialog: lunch or a technical break, and when it ends. The offered end times come from
// the core (`breakOffers`: a few minutes for a technical break, the booth's lunch end from the schedule);
// the specialist picks one or types another time. Fires `break-start` with { kind, until } or `cancel`.
import { LitElement, css, html } from 'lit';
import { breakOffers, type BreakKind } from 'queue-core/domain';
import { clock } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import type { PanelText } from './strings.js';

export class BreakDialog extends LitElement {
  static override properties = { t: { attribute: false }, schedule: { attribute: false }, zone: {}, booth: { type: Number }, now: { type: Number }, kind: { state: true }, until: { state: true } };
  declare t: PanelText;
  declare schedule: Parameters<typeof breakOffers>[1];
  declare zone: string;
  declare booth: number;
  declare now: number;
  declare kind: BreakKind;
  /** The chosen end, "HH:MM" in office time; empty until the specialist chooses (then the first offer). */
  declare until: string;

  static override styles = [panelStyles, css`
    .dialog { border: 2px solid #0b3d91; border-radius: 12px; padding: 16px; background: #f4f7fb; display: flex; flex-direction: column; gap: 10px; }
  `];

  constructor() {
    super();
    this.kind = 'lunch';
    this.until = '';
  }

  private get offers() {
    return breakOffers(this.kind, this.schedule, this.zone, this.booth, this.now);
  }

  private confirm() {
    const [h, m] = (this.until || clock(this.offers[0]!.until, this.zone)).split(':').map(Number);
    // "until 12:45" today in the office's time zone (tomorrow's, when that time has passed).
    const [nh, nm] = clock(this.now, this.zone).split(':').map(Number);
    const until = this.now + (((h! * 60 + m!) - (nh! * 60 + nm!) + 1440) % 1440) * 60_000;
    this.dispatchEvent(new CustomEvent('break-start', { detail: { kind: this.kind, until: Math.floor(until / 60_000) * 60_000 } }));
  }

  override render() {
    const t = this.t;
    const offers = this.offers;
    const chosen = this.until || clock(offers[0]!.until, this.zone);
    return html`<div class="dialog" role="dialog" aria-label=${t.breakStart}>
      <label>${t.breakStart}<select id="break-kind" @change=${(e: Event) => { this.kind = (e.target as HTMLSelectElement).value as BreakKind; this.until = ''; }}>
        <option value="lunch" ?selected=${this.kind === 'lunch'}>${t.lunch}</option><option value="technical" ?selected=${this.kind === 'technical'}>${t.technical}</option></select></label>
      <div class="row" role="group" aria-label=${t.until}>${offers.map((o) => {
        const at = clock(o.until, this.zone);
        return html`<button type="button" class="offer ${at === chosen ? 'primary' : ''}" data-until=${at} aria-pressed=${at === chosen} @click=${() => (this.until = at)}>${o.minutes !== null ? `${o.minutes} ${t.min} · ` : `${t.lunchEnd} · `}${t.until} ${at}</button>`;
      })}</div>
      <label>${t.untilTime}<input id="break-until" type="time" .value=${chosen} @input=${(e: Event) => (this.until = (e.target as HTMLInputElement).value)} /></label>
      <div class="row"><button class="primary" id="break-confirm" @click=${() => this.confirm()}>${t.confirm}</button><button @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t.cancel}</button></div>
    </div>`;
  }
}

customElements.define('break-dialog', BreakDialog);
