// The panel above a booth (800×480, or a TV): booth number, the specialist's name, the ticket being
// served — blinking while the citizen is being called — or the break with its end, "free" or "closed",
// and the booth's lunch hours, as the name plate on each booth in the seed office shows them. Where the
// office lets citizens rate (rating.booths), a touch booth display shows the faces while a finished
// visit's window is open; /display/booth/<n>/rate is the same page as the tablet beside the booth, which
// shows only the rating.
import { css, html, nothing } from 'lit';
import { clock, errorText, LANGUAGES } from 'queue-core/ui';
import { nextStepNotices, type NextStepNotice } from 'queue-core/domain';
import { DisplayElement } from './display-element.js';
import { ratingStyles, ratingView } from './rating-view.js';
import { ratingToken } from './rating-token.js';

/** The booth this page shows, from its address: /display/booth/<n>. */
export const boothFromPath = (path: string): number | null => {
  const m = /\/display\/booth\/(\d+)/.exec(path);
  return m ? Number(m[1]) : null;
};

/** Whether the address is the booth's rating tablet: /display/booth/<n>/rate. */
export const isTabletPath = (path: string): boolean => /\/display\/booth\/\d+\/rate\/?$/.test(path);

export class BoothDisplay extends DisplayElement {
  static override properties = { skipped: { state: true } };
  readonly booth: number;
  readonly tablet: boolean;
  /** The visit whose reasons the citizen passed over. */
  declare skipped: string | null;
  constructor() {
    const booth = boothFromPath(location.pathname) ?? 1;
    const tablet = isTabletPath(location.pathname);
    super(booth, undefined, { ratingScreen: tablet ? 'tablet' : 'booth-display', ...ratingToken(booth) });
    this.booth = booth;
    this.tablet = tablet;
    this.skipped = null;
  }

  /** The rating the citizen may give here now, if any: this screen rates, and the window is open. */
  private openWindow() {
    const view = this.client.view;
    const w = view?.booths.find((b) => b.number === this.booth)?.rating;
    if (!view?.rating || !this.client.session?.rating || !w || this.now() >= w.until) return null;
    return w;
  }

  private rating(w: NonNullable<ReturnType<BoothDisplay['openWindow']>>) {
    return ratingView({
      window: w, reasons: this.client.view!.rating!.reasons, lang: this.language, t: this.t, skipped: this.skipped === w.ticketId,
      // Nothing to tell on a refusal: a window closed meanwhile simply goes away.
      send: (body) => void this.client.request('rate', body).catch(() => {}),
      skip: () => (this.skipped = w.ticketId),
    });
  }

  static override styles = [ratingStyles, css`
    :host { display: flex; flex-direction: column; height: 100vh; overflow: hidden; box-sizing: border-box; padding: 3vh 4vw;
      background: #0a1f44; color: #fff; font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }
    .top { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 0.6vh solid #2a4a80; padding-bottom: 1.5vh; }
    .number { font-size: 14vh; font-weight: 700; line-height: 1; }
    .clock { font-size: 7vh; color: #b0c4e8; }
    .staff { font-size: 6.5vh; margin-top: 1.5vh; font-weight: 700; }
    .body { flex: 1; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; }
    .ticket { font-size: 30vh; font-weight: 700; line-height: 1; }
    .ticket.called { color: #ffd54f; animation: blink 1s step-start infinite; }
    @keyframes blink { 50% { color: #fff; } }
    .caption { font-size: 6.5vh; color: #b0c4e8; }
    .next { display: flex; align-items: baseline; gap: 3vw; }
    .next .ticket { font-size: 24vh; }
    .next .to { font-size: 20vh; font-weight: 700; color: #ffd54f; }
    .sent { font-size: 6vh; color: #ffd54f; margin-bottom: 2vh; white-space: nowrap; }
    .sent b { font-size: 8vh; }
    .where { font-size: 8vh; font-weight: 700; color: #ffd54f; }
    .state { font-size: 11vh; font-weight: 700; }
    .state.break { color: #ffb74d; }
    .state.closed { color: #ef9a9a; }
    .hint { font-size: 5.5vh; color: #b0c4e8; margin-top: 1vh; }
    .bottom { font-size: 5.5vh; color: #b0c4e8; text-align: center; }
    .refused { padding: 6vh 5vw; font-size: 5vh; line-height: 1.3; }
    .refused h1 { font-size: 12vh; margin: 0 0 3vh; }
    .refused p { margin: 0 0 3vh; }
    .offline { position: fixed; top: 1vh; right: 1vw; background: #b71c1c; font-size: 4vh; padding: 0.6vh 1.2vw; border-radius: 3vh; }
  `];

  /**
   * The daemon would not have this screen (a wrong or old rating key, a booth the office has not): said in
   * words, with the booth, in every language, since the office's own is known only from a snapshot.
   */
  private refused() {
    const code = this.client.refusal?.code ?? 'INTERNAL';
    return html`<div class="refused" role="alert"><h1>№ ${this.booth}</h1>${LANGUAGES.map((l) => html`<p lang=${l}>${errorText(code, l)}</p>`)}</div>`;
  }

  /** One line for a citizen sent on while the rating is asked: "Р100 ➜ 3 · пройдите к кабине 3". */
  private sentOnLine(n: NextStepNotice) {
    const t = this.t;
    return html`<div class="sent" data-next=${n.label} role="status"><b>${n.label} ➜ ${n.booth ?? ''}</b> · ${n.booth !== null ? t.goToBooth(n.booth) : t.waitForCall}</div>`;
  }

  override render() {
    const view = this.client.view;
    const t = this.t;
    if (!view && this.client.status === 'refused') return this.refused();
    if (!view) return html`<div class="offline">${t.offline}</div>`;
    const tz = view.office.timezone;
    const booth = view.booths.find((b) => b.number === this.booth);
    const ticket = booth?.ticketId ? view.tickets.find((x) => x.id === booth.ticketId) : undefined;
    const lunch = view.schedule.lunch.find((l) => l.booth === this.booth);
    const w = this.openWindow();
    const sentOn = nextStepNotices(view.tickets, this.now()).find((n) => n.fromBooth === this.booth);
    let body;
    // A rating screen rates the visit, and a citizen sent on to the next step still reads where to go, above it.
    if (w) body = html`${sentOn ? this.sentOnLine(sentOn) : nothing}${this.rating(w)}`;
    else if (this.tablet) body = html`<div class="hint">${view.rating && this.client.session?.rating ? t.rateLater : t.rateOff}</div>`;
    else if (!booth || booth.status === 'closed') body = html`<div class="state closed">${t.boothClosed}</div>`;
    else if (booth.status === 'break') {
      body = html`<div class="state break">${booth.breakKind === 'lunch' ? t.lunch : t.technical}</div>
        ${booth.breakUntil ? html`<div class="hint">${t.until(clock(booth.breakUntil, tz, this.language))}</div>` : nothing}`;
    } else if (ticket && (ticket.state === 'called' || ticket.state === 'serving')) {
      body = html`<div class="caption">${ticket.state === 'called' ? t.come : t.serving}</div>
        <div class="ticket ${ticket.state === 'called' ? 'called' : ''}">${ticket.label}</div>`;
    } else if (sentOn) {
      // A life situation's step just finished here: where the citizen goes next, until the next call here.
      body = html`<div class="caption">${t.nextStep(sentOn.step, sentOn.of)}</div>
        <div class="next" data-next=${sentOn.label}><span class="ticket">${sentOn.label}</span><span class="to">➜ ${sentOn.booth !== null ? sentOn.booth : ''}</span></div>
        <div class="where">${sentOn.booth !== null ? t.goToBooth(sentOn.booth) : t.waitForCall}</div>`;
    } else body = html`<div class="state">${t.boothFree}</div><div class="hint">${t.boothFreeHint}</div>`;
    return html`
      <div class="top"><span class="number">${t.booth} ${this.booth}</span><span class="clock">${clock(this.now(), tz, this.language)}</span></div>
      <div class="staff">${booth && booth.status !== 'closed' ? booth.staffName ?? '' : ''}</div>
      <div class="body">${body}</div>
      <div class="bottom">${lunch ? t.lunchHours(lunch.hours.replace('-', '–')) : ''}</div>
      ${this.client.status === 'online' ? nothing : html`<div class="offline" role="status">${t.offline}</div>`}
    `;
  }
}

customElements.define('booth-display', BoothDisplay);
