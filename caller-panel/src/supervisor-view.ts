// The head of the service: every booth and its specialist, the line in each direction, the devices and
// the alerts the daemon raised (acknowledged here); the day's tickets with reprint; ending the day; and the
// configuration (settings/settings-view.ts). It computes no alert itself: what needs a person is the daemon's to say.
import { LitElement, css, html, nothing } from 'lit';
import type { Alert, Notice, QueueClient } from 'queue-core/protocol';
import { LANGUAGE_NAMES, LANGUAGES, clock, errorText, pick, type Language } from 'queue-core/ui';
import { ClientRedraw } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { whenLoaded } from './lazy.js';
import { TAB_PARTS } from './tab-parts.js';
import type { PanelText } from './strings.js';
import { JOURNAL_TEXT } from './journal-strings.js';
import { alertList, alertListStyles, detailsOf } from './alert-list.js';
import { editInfoLine, type InfoLine } from './info-line.js';
import { OUTREACH_TEXT } from './outreach-strings.js';
import { CASE_FILE_TEXT } from './case-file-strings.js';
import { RECEPTION_TEXT } from './reception-strings.js';
import { ANNUAL_TEXT } from './annual-strings.js';
import './device-status.js';
import './rating-today.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;
type Tab = 'overview' | 'tickets' | 'journal' | 'stats' | 'annual' | 'outreach' | 'case-files' | 'reception' | 'settings';

export class SupervisorView extends LitElement {
  static override properties = {
    client: { attribute: false }, t: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number }, notices: { attribute: false },
    tab: { state: true },
  };
  declare client: QueueClient;
  declare t: PanelText;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  declare notices: Notice[];
  declare tab: Tab;

  static override styles = [panelStyles, alertListStyles, css`
    .tabs { display: flex; gap: 6px; margin-bottom: 12px; }
    .tabs button.on { background: #0b3d91; color: #fff; }
    .booths { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 10px; }
    .booth { border: 2px solid #cfd8dc; border-radius: 10px; padding: 10px 12px; }
    .booth.alert { border-color: #b71c1c; background: #fff5f5; }
    .booth .n { font-size: 22px; font-weight: 700; }
    .booth .ticket { font-size: 30px; font-weight: 700; color: #0b3d91; }
    .alerts li { margin: 4px 0; }
    .stack { display: flex; flex-direction: column; gap: 12px; }
  `];

  constructor() {
    super();
    // Redraw on every change of the office at once, not on the panel's next tick.
    new ClientRedraw(this, () => this.client);
    this.tab = 'overview';
    this.notices = [];
  }

  /** The daemon's alerts, acknowledged or not. */
  private get alerts(): Alert[] {
    return this.client.view?.alerts ?? [];
  }

  /** Whether an alert nobody has acknowledged yet is about this booth or direction. */
  private alerted(kind: Alert['kind'], subject: string | number): boolean {
    return this.alerts.some((a) => a.kind === kind && a.subject === String(subject) && a.acknowledgedAt === null);
  }

  override render() {
    const view = this.client.view;
    if (!view) return nothing;
    const t = this.t;
    return html`
      <div class="tabs" role="tablist">
        <button class=${this.tab === 'overview' ? 'on' : ''} @click=${() => (this.tab = 'overview')}>${t.overview}</button>
        <button class=${this.tab === 'tickets' ? 'on' : ''} @click=${() => (this.tab = 'tickets')}>${t.tickets}</button>
        <button class=${this.tab === 'journal' ? 'on' : ''} id="tab-journal" @click=${() => (this.tab = 'journal')}>${JOURNAL_TEXT[this.lang].tabJournal}</button>
        <button class=${this.tab === 'stats' ? 'on' : ''} id="tab-stats" @click=${() => (this.tab = 'stats')}>${JOURNAL_TEXT[this.lang].tabStats}</button>
        <button class=${this.tab === 'annual' ? 'on' : ''} id="tab-annual" @click=${() => (this.tab = 'annual')}>${ANNUAL_TEXT[this.lang].tab}</button>
        <button class=${this.tab === 'outreach' ? 'on' : ''} id="tab-outreach" @click=${() => (this.tab = 'outreach')}>${OUTREACH_TEXT[this.lang].tab}</button>
        <button class=${this.tab === 'case-files' ? 'on' : ''} id="tab-case-files" @click=${() => (this.tab = 'case-files')}>${CASE_FILE_TEXT[this.lang].tab}</button>
        <button class=${this.tab === 'reception' ? 'on' : ''} id="tab-reception" @click=${() => (this.tab = 'reception')}>${RECEPTION_TEXT[this.lang].tab}</button>
        <button class=${this.tab === 'settings' ? 'on' : ''} id="settings-tab" @click=${() => (this.tab = 'settings')}>${t.settings}</button>
      </div>
      ${this.tab === 'overview' ? this.overview() : this.tab === 'tickets' ? this.tickets()
        : this.tab === 'journal' ? whenLoaded(this, TAB_PARTS.journal, this.lang, () => html`<journal-view head .client=${this.client} .j=${JOURNAL_TEXT[this.lang]} .lang=${this.lang} .act=${this.act} .now=${this.now}></journal-view>`)
        : this.tab === 'outreach' ? whenLoaded(this, TAB_PARTS.outreach, this.lang, () => html`<outreach-view .client=${this.client} .lang=${this.lang} .act=${this.act} .now=${this.now}></outreach-view>`)
        : this.tab === 'case-files' ? whenLoaded(this, TAB_PARTS.caseFiles, this.lang, () => html`<case-files-view mode="head" .client=${this.client} .lang=${this.lang} .act=${this.act} .now=${this.now}></case-files-view>`)
        : this.tab === 'reception' ? whenLoaded(this, TAB_PARTS.reception, this.lang, () => html`<reception-view .client=${this.client} .lang=${this.lang} .act=${this.act} .now=${this.now}></reception-view>`)
        : this.tab === 'annual' ? whenLoaded(this, TAB_PARTS.annual, this.lang, () => html`<annual-view .client=${this.client} .lang=${this.lang} .act=${this.act} .now=${this.now}></annual-view>`)
        : this.tab === 'stats' ? whenLoaded(this, TAB_PARTS.stats, this.lang, () => html`<stats-view .client=${this.client} .j=${JOURNAL_TEXT[this.lang]} .lang=${this.lang} .act=${this.act}></stats-view>`)
        : whenLoaded(this, TAB_PARTS.settings, this.lang, () => html`<settings-view .client=${this.client} .t=${this.t} .lang=${this.lang}></settings-view>`)}`;
  }

  private overview() {
    const view = this.client.view!;
    const t = this.t;
    const tz = view.office.timezone;
    const notices = this.notices.filter((n): n is Extract<Notice, { kind: 'alert' }> => n.kind === 'alert');
    return html`<div class="stack">
      <section class="card"><h2>${t.booths}</h2><div class="booths">
        ${view.booths.map((b) => {
          const ticket = b.ticketId ? view.tickets.find((x) => x.id === b.ticketId) : undefined;
          const over = this.alerted('break-over', b.number);
          return html`<div class="booth ${over ? 'alert' : ''}" data-booth=${b.number}>
            <div class="n">${t.booth} ${b.number}</div>
            <div>${b.staffName ?? html`<span class="muted">—</span>`}</div>
            <div><span class="pill ${b.status === 'closed' ? '' : b.status === 'break' ? 'warn' : 'good'}">${b.status === 'closed' ? t.closed : b.status === 'break' ? `${b.breakKind === 'lunch' ? t.lunch : t.technical} ${t.until} ${b.breakUntil ? clock(b.breakUntil, tz) : ''}` : ticket ? t.states[ticket.state] : t.free}</span></div>
            ${ticket && (ticket.state === 'called' || ticket.state === 'serving') ? html`<div class="ticket">${ticket.label}</div>` : nothing}
          </div>`;
        })}
      </div></section>
      <div class="grid2">
        <section class="card"><h2>${t.queue}</h2><table>
          <tr><th>${t.direction}</th><th>${t.waiting}</th><th>${t.longest}</th></tr>
          ${view.summary.directions.map((d) => html`<tr data-direction=${d.id}><td>${pick(view.directions.find((x) => x.id === d.id)!.name, this.lang)}</td><td><b>${d.waiting}</b></td>
            <td><span class="pill ${this.alerted('long-wait', d.id) ? 'bad' : this.alerted('norm-near', d.id) ? 'warn' : ''}">${d.waiting ? `${d.longestWaitMinutes} ${t.min}` : '—'}</span></td></tr>`)}
        </table>
        ${view.rating ? html`<rating-today .client=${this.client} .j=${JOURNAL_TEXT[this.lang]} .lang=${this.lang} .seq=${this.client.seq}></rating-today>` : nothing}</section>
        <section class="card"><h2>${t.alerts}</h2>
          ${alertList({ alerts: this.alerts, notices, t, tz, staffName: (id) => view.staff?.find((m) => m.id === id)?.name ?? id, acknowledge: (a) => this.act(this.client.request('alertAck', { alertId: a.id })) })}
          <h3>${t.devices}</h3>
          <device-list .devices=${view.devices} .t=${t} .lang=${this.lang}></device-list>
          <div style="margin-top:12px"><button class="danger" id="end-day" @click=${() => confirm(t.endDayConfirm) && this.act(this.client.request('closeDay', {}))}>${t.endDay}</button></div>
        </section>
      </div>
    </div>`;
  }

  private tickets() {
    const view = this.client.view!;
    const t = this.t;
    const tz = view.office.timezone;
    const list = [...view.tickets].sort((a, b) => b.issuedAt - a.issuedAt);
    return html`<section class="card"><table>
      <tr><th>${t.label}</th><th>${t.direction}</th><th>${t.state}</th><th>${t.boothCol}</th><th>${t.issuedAt}</th><th></th></tr>
      ${list.map((x) => html`<tr data-ticket=${x.label}><td><b>${x.label}</b></td><td>${pick(view.directions.find((d) => d.id === x.directionId)?.name ?? { ru: x.directionId }, this.lang)}</td>
        <td>${t.states[x.state]}</td><td>${x.booth ?? ''}</td><td>${clock(x.issuedAt, tz)}</td>
        <td><button @click=${() => this.act(this.client.request('reprint', { ticketId: x.id }))}>${t.reprint}</button></td></tr>`)}
    </table></section>`;
  }
}

customElements.define('supervisor-view', SupervisorView);
