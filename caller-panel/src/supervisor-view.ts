// The head of the service: every booth and its specialist, the line in each direction, the devices and
// the alerts the daemon raised (acknowledged here); the day's tickets with reprint; ending the day; and the
// configuration. It computes no alert itself: what needs a person is the daemon's to say.
import { LitElement, css, html, nothing } from 'lit';
import type { Alert, Notice, QueueClient } from 'queue-core/protocol';
import { clock, pick, type Language } from 'queue-core/ui';
import { ClientRedraw } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import type { PanelText } from './strings.js';
import { JOURNAL_TEXT } from './journal-strings.js';
import './journal-view.js';
import './stats-view.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;
type Tab = 'overview' | 'tickets' | 'journal' | 'stats' | 'settings';

export class SupervisorView extends LitElement {
  static override properties = {
    client: { attribute: false }, t: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number }, notices: { attribute: false },
    tab: { state: true }, configText: { state: true }, problems: { state: true }, savedNote: { state: true },
  };
  declare client: QueueClient;
  declare t: PanelText;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  declare notices: Notice[];
  declare tab: Tab;
  declare configText: string;
  declare problems: string[];
  declare savedNote: string;

  static override styles = [panelStyles, css`
    .tabs { display: flex; gap: 6px; margin-bottom: 12px; }
    .tabs button.on { background: #0b3d91; color: #fff; }
    .booths { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 10px; }
    .booth { border: 2px solid #cfd8dc; border-radius: 10px; padding: 10px 12px; }
    .booth.alert { border-color: #b71c1c; background: #fff5f5; }
    .booth .n { font-size: 22px; font-weight: 700; }
    .booth .ticket { font-size: 30px; font-weight: 700; color: #0b3d91; }
    .alerts li { margin: 4px 0; }
    textarea { width: 100%; font-family: 'DejaVu Sans Mono', monospace; font-size: 13px; }
    .problems { color: #b71c1c; }
    .stack { display: flex; flex-direction: column; gap: 12px; }
  `];

  constructor() {
    super();
    // Redraw on every change of the office at once, not on the panel's next tick.
    new ClientRedraw(this, () => this.client);
    this.tab = 'overview';
    this.configText = '';
    this.problems = [];
    this.savedNote = '';
    this.notices = [];
  }

  /** The daemon's alerts not yet acknowledged. */
  private get alerts(): Alert[] {
    return this.client.view?.alerts ?? [];
  }

  private alerted(kind: Alert['kind'], subject: string | number): boolean {
    return this.alerts.some((a) => a.kind === kind && a.subject === String(subject));
  }

  private async openSettings() {
    this.tab = 'settings';
    const r = (await this.act(this.client.request('getConfig', {}))) as { config: Record<string, unknown> } | undefined;
    if (r) this.configText = JSON.stringify(r.config, null, 2);
    this.problems = [];
    this.savedNote = '';
  }

  /** The header form edits the same JSON the editor shows, so there is one thing that is saved. */
  private editHeader(field: 'name' | 'address' | 'phones' | 'info', value: string) {
    try {
      const c = JSON.parse(this.configText);
      if (field === 'phones') c.office.phones = value.split(',').map((s) => s.trim()).filter(Boolean);
      else if (field === 'info') c.display.infoLine = value.split('\n').map((s) => s.trim()).filter(Boolean).map((ru) => ({ ...(c.display.infoLine.find((l: { ru: string }) => l.ru === ru) ?? {}), ru }));
      else c.office[field] = value;
      this.configText = JSON.stringify(c, null, 2);
    } catch {
      this.problems = ['JSON: не удаётся прочитать конфигурацию'];
    }
  }

  private async save() {
    let config: Record<string, unknown>;
    try {
      config = JSON.parse(this.configText);
    } catch (e) {
      this.problems = [`JSON: ${(e as Error).message}`];
      return;
    }
    try {
      const r = await this.client.request('setConfig', { config });
      this.problems = [];
      this.savedNote = `${this.t.saved}${r.savedTo ? ` (${r.savedTo})` : ''}${r.restartNeeded ? `. ${this.t.restartNeeded}` : ''}`;
    } catch (e) {
      const details = (e as { details?: { problems?: string[] } }).details;
      this.problems = details?.problems ?? [(e as Error).message];
      this.savedNote = '';
    }
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
        <button class=${this.tab === 'settings' ? 'on' : ''} id="settings-tab" @click=${() => this.openSettings()}>${t.settings}</button>
      </div>
      ${this.tab === 'overview' ? this.overview() : this.tab === 'tickets' ? this.tickets()
        : this.tab === 'journal' ? html`<journal-view .client=${this.client} .j=${JOURNAL_TEXT[this.lang]} .lang=${this.lang} .act=${this.act} .now=${this.now}></journal-view>`
        : this.tab === 'stats' ? html`<stats-view .client=${this.client} .j=${JOURNAL_TEXT[this.lang]} .lang=${this.lang} .act=${this.act}></stats-view>`
        : this.settings()}`;
  }

  private overview() {
    const view = this.client.view!;
    const t = this.t;
    const tz = view.office.timezone;
    const alerts = this.alerts;
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
        </table></section>
        <section class="card"><h2>${t.alerts}</h2>
          ${alerts.length === 0 && notices.length === 0 ? html`<p class="muted">${t.noAlerts}</p>` : html`<ul class="alerts">
            ${alerts.map((a) => html`<li data-alert=${a.id} data-kind=${a.kind}><span class="pill ${a.severity === 'critical' ? 'bad' : 'warn'}">!</span>
              ${clock(a.since, tz)} ${a.message} <button class="ack" @click=${() => this.act(this.client.request('alertAck', { alertId: a.id }))}>${t.acknowledge}</button></li>`)}
            ${notices.map((n) => html`<li><span class="pill ${n.level === 'error' ? 'bad' : 'warn'}">!</span> ${clock(n.at, tz)} ${n.message}</li>`)}</ul>`}
          <h3>${t.devices}</h3>
          <div>${t.printer}: <span class="pill ${view.devices.printer.state === 'failed' ? 'bad' : view.devices.printer.state === 'unknown' ? 'warn' : 'good'}">${t.deviceStates[view.devices.printer.state] ?? view.devices.printer.state}</span>
            ${t.voice}: <span class="pill ${view.devices.voice.state === 'failed' ? 'bad' : view.devices.voice.state === 'fallback' ? 'warn' : 'good'}">${t.deviceStates[view.devices.voice.state] ?? view.devices.voice.state}</span></div>
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

  private settings() {
    const t = this.t;
    let c: { office?: { name?: string; address?: string; phones?: string[] }; display?: { infoLine?: { ru: string }[] } } = {};
    try {
      c = JSON.parse(this.configText || '{}');
    } catch {
      /* the editor below shows the text as it is */
    }
    return html`<div class="grid2">
      <section class="card stack">
        <h2>${t.officeHeader}</h2>
        <label>${t.officeName}<input id="office-name" .value=${c.office?.name ?? ''} @change=${(e: Event) => this.editHeader('name', (e.target as HTMLInputElement).value)} /></label>
        <label>${t.address}<input .value=${c.office?.address ?? ''} @change=${(e: Event) => this.editHeader('address', (e.target as HTMLInputElement).value)} /></label>
        <label>${t.phones}<input .value=${(c.office?.phones ?? []).join(', ')} @change=${(e: Event) => this.editHeader('phones', (e.target as HTMLInputElement).value)} /></label>
        <label>${t.infoLine}<textarea rows="4" .value=${(c.display?.infoLine ?? []).map((l) => l.ru).join('\n')} @change=${(e: Event) => this.editHeader('info', (e.target as HTMLTextAreaElement).value)}></textarea></label>
        <div class="row"><button class="primary" id="save-config" @click=${() => this.save()}>${t.save}</button>${this.savedNote ? html`<span class="pill good" role="status">${this.savedNote}</span>` : nothing}</div>
        ${this.problems.length ? html`<ul class="problems" role="alert">${this.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
      </section>
      <section class="card">
        <label>${t.fullConfig}<textarea id="config-json" rows="24" .value=${this.configText} @input=${(e: Event) => (this.configText = (e.target as HTMLTextAreaElement).value)}></textarea></label>
      </section>
    </div>`;
  }
}

customElements.define('supervisor-view', SupervisorView);
