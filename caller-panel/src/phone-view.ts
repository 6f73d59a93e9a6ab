// The phone consultations journal (section V of the recommendations): every call logged with its topic,
// outcome and the specialist, and the day's calls listed below the form.
import { LitElement, css, html } from 'lit';
import type { PhoneConsultation, QueueClient } from 'queue-core/protocol';
import { clock, type Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import type { JournalText } from './journal-strings.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;

export class PhoneView extends LitElement {
  static override properties = { client: { attribute: false }, j: { attribute: false }, lang: {}, act: { attribute: false }, calls: { state: true } };
  declare client: QueueClient;
  declare j: JournalText;
  declare lang: Language;
  declare act: Act;
  declare calls: PhoneConsultation[];

  static override styles = [panelStyles, css`
    form { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 14px; }
    .wide { grid-column: 1 / -1; }
  `];

  constructor() {
    super();
    this.calls = [];
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private get today() {
    return this.client.view!.summary.day;
  }

  private async load() {
    const answer = (await this.act(this.client.request('phoneList', { from: this.today, to: this.today }))) as { consultations: PhoneConsultation[] } | undefined;
    if (answer) this.calls = answer.consultations;
  }

  private async save(e: Event) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const v = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value.trim();
    const answer = await this.act(this.client.request('phoneSave', { consultation: { topic: v('topic'), result: v('result'), caller: v('caller'), notes: v('notes') } }));
    if (!answer) return;
    form.reset();
    await this.load();
  }

  override render() {
    const j = this.j;
    const tz = this.client.view!.office.timezone;
    const staff = (id: string) => this.client.view?.staff?.find((s) => s.id === id)?.name ?? id;
    return html`<div class="grid2">
      <section class="card"><h2>${j.phoneTitle}</h2>
        <form id="phone-form" @submit=${(e: Event) => this.save(e)}>
          <label class="wide">${j.topic}<input name="topic" required maxlength="300" /></label>
          <label class="wide">${j.phoneResult}<input name="result" required maxlength="300" /></label>
          <label>${j.caller}<input name="caller" maxlength="200" autocomplete="off" /></label>
          <label>${j.notes}<input name="notes" maxlength="2000" /></label>
          <div class="wide"><button class="primary" type="submit" id="phone-save">${j.phoneSave}</button></div>
        </form>
      </section>
      <section class="card"><h2>${j.phoneToday}: ${this.calls.length}</h2>
        ${this.calls.length === 0 ? html`<p class="muted">${j.noCalls}</p>` : html`<table id="phone-list">
          <tr><th>${j.time}</th><th>${j.topic}</th><th>${j.phoneResult}</th><th>${j.specialist}</th></tr>
          ${this.calls.map((c) => html`<tr><td>${clock(c.at, tz, this.lang)}</td><td>${c.topic}</td><td>${c.result}</td><td>${staff(c.staffId)}</td></tr>`)}</table>`}
      </section>
    </div>`;
  }
}

customElements.define('phone-view', PhoneView);
