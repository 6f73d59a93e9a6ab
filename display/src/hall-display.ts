// The hall TV (1920×1080, read from 5–6 m): the latest calls, ticket → booth, the newest highlighted and
// blinking for a few seconds; how many wait in each direction; date, clock, today's hours and the
// information line. Animations are CSS only, light enough for a Raspberry Pi's Chromium.
import { css, html, nothing } from 'lit';
import { latestCalls } from 'queue-core/protocol';
import { hoursToday, nextStepNotices, spanText } from 'queue-core/domain';
import { clock, longDate, nextReception, pick, receptionLines, RECEPTION_TITLE, type Language } from 'queue-core/ui';
import { hallName, unknownHallText } from 'queue-core/domain';
import { DisplayElement } from './display-element.js';
import { chimeInBrowser } from './browser-chime.js';

/** The hall this page shows, from its address: /display/hall/<id>; null for the whole office. */
export const hallFromPath = (path: string): string | null => {
  const m = /\/display\/hall\/([^/]+)/.exec(path);
  return m ? decodeURIComponent(m[1]!) : null;
};

export class HallDisplay extends DisplayElement {
  constructor() {
    super(undefined, hallFromPath(location.pathname) ?? undefined);
  }

  private lastCallSeen = 0;
  private readonly chime = new URLSearchParams(location.search).get('chime') === '1';

  // Sizes for reading from 5–6 m: ticket numbers and booths fill the rows (as many rows as the config
  // lists, each as tall as the room allows, up to 160 px type), direction names and the information line
  // at 60 px. The rows share the height left between the header and the footer, so six calls, or a
  // name that wraps to a second line, never push anything off the screen.
  static override styles = css`
    :host { display: grid; grid-template-rows: 120px 1fr 100px; height: 100vh; overflow: hidden; background: #0a1f44; color: #fff;
      font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }
    header { display: flex; align-items: center; justify-content: space-between; padding: 0 48px; background: #06142e; min-width: 0; }
    .office { font-size: 34px; font-weight: 700; max-width: 1100px; line-height: 1.2; }
    .office:has(.hall-name) { display: flex; align-items: center; gap: 28px; }
    .hall-name { flex: none; padding: 4px 24px; border-radius: 14px; background: #ffd54f; color: #0a1f44; font-size: 56px; }
    .when { text-align: right; }
    .clock { font-size: 72px; font-weight: 700; line-height: 1; }
    .date { font-size: 28px; color: #b0c4e8; }
    main { display: grid; grid-template-columns: 1fr 780px; min-height: 0; }
    .calls { padding: 16px 40px; display: flex; flex-direction: column; min-height: 0; min-width: 0; }
    .head, .row { display: grid; grid-template-columns: 1fr 100px auto; align-items: center; }
    .head { font-size: 36px; line-height: 1.2; color: #b0c4e8; padding: 0 32px 8px; border-bottom: 3px solid #2a4a80; }
    .rows { flex: 1; min-height: 0; container-type: size; display: grid; grid-template-rows: repeat(var(--rows), 1fr); overflow: hidden; }
    .row { min-height: 0; font-size: min(160px, calc(100cqh / var(--rows) * 0.9)); line-height: 1; font-weight: 700; padding: 0 32px; border-bottom: 2px solid #1c3766; }
    .row .arrow { font-size: 0.6em; color: #7f9cc9; text-align: center; }
    .row .booth { text-align: right; }
    .row.new { background: #ffd54f; color: #0a1f44; border-radius: 16px; animation: blink 1s step-start infinite; }
    .row.new .arrow { color: #0a1f44; }
    .row.next .label::after { content: ''; }
    .row .booth.wait { font-size: 0.4em; font-weight: 700; white-space: nowrap; }
    @keyframes blink { 50% { background: #fff3c4; } }
    .empty { font-size: 60px; color: #b0c4e8; padding: 48px 32px; }
    /* The aside: the directions take what the hours and the reception leave, so five or six directions
       and a head's full name and title all fit. The direction rows share that height at the largest type
       that fits it (60 px when there is room; fitDirections below), the hours and the reception keep theirs. */
    aside { background: #0e2a5c; padding: 20px 36px; display: grid; grid-template-rows: auto minmax(0, 1fr) auto auto auto; row-gap: 14px; min-height: 0; min-width: 0; overflow: hidden; }
    h2 { font-size: 40px; margin: 0; color: #b0c4e8; font-weight: 400; }
    .dirs { min-height: 0; overflow: hidden; }
    .dir { display: grid; grid-template-columns: 1.6em 1fr auto; align-items: center; gap: 0.33em; line-height: 1.1; padding: 0.13em 0; border-bottom: 2px solid #1c3766; font-size: var(--dir-px, 60px); }
    .dir .name { overflow-wrap: anywhere; hyphens: auto; }
    .dir .letter { font-size: 1.2em; font-weight: 700; text-align: center; background: #1f4e9c; border-radius: 12px; }
    .dir .count { font-size: 1.33em; font-weight: 700; }
    .hours { font-size: 44px; line-height: 1.3; }
    .reception { border-top: 3px solid #2a4a80; padding-top: 6px; min-width: 0; }
    .reception h2 { font-size: 30px; line-height: 1.2; }
    .reception .who { font-size: 36px; line-height: 1.15; font-weight: 700; overflow-wrap: anywhere; }
    /* A head's full name and title: smaller type, wrapped in full. */
    .reception .who.long { font-size: 30px; }
    .reception .reception-day { font-size: 36px; line-height: 1.15; color: #ffd54f; }
    footer { overflow: hidden; white-space: nowrap; background: #06142e; display: flex; align-items: center; font-size: 60px; }
    .ticker { display: inline-block; padding-left: 100%; animation: ticker var(--ticker-seconds, 40s) linear infinite; }
    .ticker span + span::before { content: '   •   '; color: #ffd54f; }
    @keyframes ticker { to { transform: translateX(-100%); } }
    .gone { grid-row: 1 / -1; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; font-size: 40px; padding: 0 8vw; }
    .gone h1 { font-size: 80px; margin: 0 0 40px; }
    .gone pre { font-size: 32px; color: #b0c4e8; text-align: left; }
    .offline { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); background: #b71c1c; color: #fff; font-size: 30px; padding: 10px 28px; border-radius: 28px; }
  `;



  /** What the direction rows were last fitted for: the texts of the aside and the screen's size. */
  private fittedFor = '';

  /**
   * The largest type, 60 px down to 20 px, at which every direction row fits in the height the hours and
   * the reception leave. Measured once per change of the aside's texts or of the screen, not per tick.
   */
  private fitDirections() {
    const aside = this.renderRoot.querySelector('aside');
    const dirs = this.renderRoot.querySelector<HTMLElement>('.dirs');
    if (!aside || !dirs) return;
    const key = `${innerWidth}x${innerHeight} ${aside.textContent?.replace(/\d+/g, '#') ?? ''}`;
    if (key === this.fittedFor) return;
    this.fittedFor = key;
    for (let px = 60; px >= 20; px -= 2) {
      dirs.style.setProperty('--dir-px', `${px}px`);
      if (dirs.scrollHeight <= dirs.clientHeight + 1) break;
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    // Fitted again once the fonts are in: their measures decide how many lines a name takes.
    void document.fonts?.ready.then(() => {
      this.fittedFor = '';
      this.requestUpdate();
    });
  }

  override updated() {
    this.fitDirections();
    const view = this.client.view;
    if (!view) return;
    const newest = Math.max(0, ...view.tickets.map((t) => t.calledAt ?? 0));
    if (newest > this.lastCallSeen) {
      if (this.lastCallSeen > 0 && this.chime) chimeInBrowser();
      this.lastCallSeen = newest;
    }
  }

  override render() {
    const view = this.client.view;
    const t = this.t;
    const lang: Language = this.language;
    // The hall this page asks for is not (or no longer) in the configuration: said in words, not "offline".
    const refusal = this.client.status === 'refused' ? this.client.refusal : null;
    if (refusal?.code === 'HALL_NOT_FOUND') {
      const known = ((refusal.details?.halls ?? []) as string[]).map((id) => view?.halls.find((h) => h.id === id) ?? { id });
      const w = unknownHallText(hallFromPath(location.pathname) ?? '', known, lang);
      return html`<div class="gone" role="alert"><h1>${w.title}</h1><p>${w.body}</p><pre>${w.list}</pre></div>`;
    }
    if (!view) return html`<div class="offline">${t.offline}</div>`;
    const now = this.now();
    const tz = view.office.timezone;
    // The calls, and the citizens of a life situation just sent on to their next step, newest first.
    const rows = [
      ...latestCalls(view, view.display.recentCalls).map((c) => ({ label: c.label, booth: c.booth as number | null, at: c.calledAt ?? 0, next: false })),
      ...nextStepNotices(view.tickets, now).map((n) => ({ label: n.label, booth: n.booth, at: n.at, next: true })),
    ].sort((a, b) => b.at - a.at).slice(0, view.display.recentCalls);
    const hall = view.hall ? view.halls.find((h) => h.id === view.hall) : undefined;
    const highlightMs = view.display.highlightSeconds * 1000;
    // Today's hours by the daemon's own schedule rules: holidays and "2nd and 4th Saturday" included.
    const today = hoursToday(view.schedule, tz, now);
    const hours = today.alwaysOpen ? [t.aroundClock] : today.spans.map(spanText);
    const info = view.display.infoLine.map((l) => pick(l, lang));
    const shown = view.directions.filter((d) => !d.lifeSituation);
    // The management's next reception (published by the daemon; the first one not yet over).
    const reception = nextReception(view.reception, now, tz);
    const receptionText = reception ? receptionLines(reception, tz, lang) : null;
    // About as many pixels a second as the line moved at 40 px type: larger letters, no faster to read.
    const tickerSeconds = Math.max(25, Math.round(info.join(' ').length / 4));
    return html`
      <header>
        <div class="office">${hall ? html`<span class="hall-name" data-hall=${hall.id}>${hallName(hall.name, lang)}</span>` : nothing}<span class="office-name">${view.office.name}</span></div>
        <div class="when"><div class="clock">${clock(now, tz, lang)}</div><div class="date">${longDate(now, tz, lang)}</div></div>
      </header>
      <main>
        <section class="calls">
          <div class="head"><span>${t.ticket}</span><span></span><span style="text-align:right">${t.booth}</span></div>
          <div class="rows" style="--rows:${Math.max(4, view.display.recentCalls)}">
            ${rows.length === 0 ? html`<div class="empty">${t.nobodyCalled}</div>` : rows.map((c, i) => html`
              <div class="row ${i === 0 && now - c.at < highlightMs ? 'new' : ''} ${c.next ? 'next' : ''}" data-ticket=${c.label} data-next=${c.next ? 'yes' : nothing}>
                <span class="label">${c.label}</span><span class="arrow">➜</span>${c.booth !== null ? html`<span class="booth">${c.booth}</span>` : html`<span class="booth wait">${t.waitShort}</span>`}
              </div>`)}
          </div>
        </section>
        <aside>
          <h2>${t.waiting}</h2>
          <div class="dirs">${shown.map((d) => {
            const s = view.summary.directions.find((x) => x.id === d.id);
            const name = pick(d.name, lang);
            return html`<div class="dir" data-direction=${d.id}><span class="letter">${d.prefix}</span><span class="name" lang=${lang} title=${name}>${name}</span><span class="count">${s?.waiting ?? 0}</span></div>`;
          })}</div>
          <h2>${t.hoursToday}</h2>
          <div class="hours" data-day=${today.day}>${hours.length ? hours.map((h) => html`<div>${h}</div>`) : today.holiday ? t.holidayToday : t.closedToday}</div>
          ${receptionText ? html`<div class="reception" data-day=${reception!.day}><h2>${RECEPTION_TITLE[lang]}</h2><div class="who ${receptionText.who.length > 48 ? 'long' : ''}">${receptionText.who}</div><div class="reception-day">${receptionText.when}</div></div>` : nothing}
        </aside>
      </main>
      <footer>${info.length ? html`<div class="ticker" style="--ticker-seconds:${tickerSeconds}s">${info.map((l) => html`<span>${l}</span>`)}</div>` : nothing}</footer>
      ${this.client.status === 'online' ? nothing : html`<div class="offline" role="status">${t.offline}</div>`}
    `;
  }
}

customElements.define('hall-display', HallDisplay);
