// The head's settings: one draft of the whole configuration, edited section by section in forms (or as
// JSON, for what no form covers), sent with `setConfig` and checked by the daemon with the config file's
// schema. A refusal leaves the draft as typed and puts each message beside its field.
import { LitElement, css, html, nothing } from 'lit';
import type { QueueClient } from 'queue-core/protocol';
import { errorText, type Language } from 'queue-core/ui';
import { detailsOf } from '../alert-list.js';
import { panelStyles } from '../panel-styles.js';
import type { PanelText } from '../strings.js';
import type { Draft } from './draft-form.js';
import { fieldErrors, sectionHasErrors, type FieldErrors } from './field-errors.js';
import { SETTINGS_TEXT } from './settings-strings.js';
import './office-form.js';
import './directions-form.js';
import './booths-form.js';
import './halls-form.js';
import './staff-form.js';
import './priorities-form.js';
import './schedule-form.js';
import './holidays-form.js';

const SECTIONS = ['office', 'directions', 'booths', 'halls', 'staff', 'priorities', 'schedule', 'holidays', 'advanced'] as const;
type Section = (typeof SECTIONS)[number];
/** Where in the configuration each section's fields are, to mark the tab of a section with a mistake. */
const ROOTS: Record<Section, string[]> = { office: ['office', 'display'], directions: ['directions'], booths: ['booths'], halls: ['halls'], staff: ['staff'], priorities: ['priorities'], schedule: ['schedule.week', 'schedule.lunch', 'schedule.stopIssuingBeforeCloseMin', 'schedule.alwaysOpen'], holidays: ['schedule.holidays'], advanced: [] };

export class SettingsView extends LitElement {
  static override properties = {
    client: { attribute: false }, t: { attribute: false }, lang: {},
    section: { state: true }, draft: { state: true }, jsonText: { state: true }, jsonError: { state: true }, problems: { state: true }, technical: { state: true }, errors: { state: true }, savedNote: { state: true },
  };
  declare client: QueueClient;
  declare t: PanelText;
  declare lang: Language;
  declare section: Section;
  declare draft: Draft | null;
  declare jsonText: string;
  declare jsonError: string;
  declare problems: string[];
  /** The problems as the checks word them (English, with the path), under "Details". */
  declare technical: string[];
  declare errors: FieldErrors;
  declare savedNote: string;

  static override styles = [panelStyles, css`
    .bar { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; margin-bottom: 10px; }
    .bar button.on { background: #0b3d91; color: #fff; }
    .bar button.bad { border-color: #b71c1c; }
    .bar button.bad::after { content: ' !'; color: #b71c1c; font-weight: 700; }
    .bar .save { margin-left: auto; display: flex; gap: 8px; align-items: center; }
    .problems { color: #b71c1c; margin: 0 0 10px; }
    textarea { width: 100%; font-family: 'DejaVu Sans Mono', monospace; font-size: 13px; }
  `];

  constructor() {
    super();
    this.section = 'office';
    this.draft = null;
    this.jsonText = '';
    this.jsonError = '';
    this.problems = [];
    this.technical = [];
    this.errors = new Map();
    this.savedNote = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const r = await this.client.request('getConfig', {}).catch(() => undefined);
    if (!r) return;
    this.draft = r.config as Draft;
    this.jsonText = JSON.stringify(r.config, null, 2);
    this.jsonError = '';
  }

  /** A form changed the draft in place: the JSON follows it. */
  private edited() {
    this.jsonText = JSON.stringify(this.draft, null, 2);
    this.jsonError = '';
    this.savedNote = '';
  }

  private typedJson(text: string) {
    this.jsonText = text;
    try {
      this.draft = JSON.parse(text) as Draft;
      this.jsonError = '';
    } catch (e) {
      this.jsonError = `${SETTINGS_TEXT[this.lang].jsonBroken}: ${(e as Error).message}`;
    }
  }

  private async save() {
    if (this.jsonError || !this.draft) {
      this.problems = [this.jsonError];
      return;
    }
    try {
      const r = await this.client.request('setConfig', { config: this.draft });
      this.problems = [];
      this.technical = [];
      this.errors = new Map();
      this.savedNote = `${this.t.saved}${r.savedTo ? ` (${r.savedTo})` : ''}${r.restartNeeded ? `. ${this.t.restartNeeded}` : ''}`;
      await this.load();
    } catch (e) {
      // In words of the office language by the Save button; the checks' own text (English, with the path)
      // places each beside its field and waits under "Details".
      const error = e as { code?: string; message: string; details?: { problems?: string[]; words?: string[] } };
      this.technical = error.details?.problems ?? [error.message];
      this.problems = error.details?.words ?? [errorText(error.code ?? '', this.lang)];
      this.errors = fieldErrors(this.technical, this.problems);
      this.savedNote = '';
    }
  }

  override render() {
    const s = SETTINGS_TEXT[this.lang];
    return html`<div class="bar" role="tablist">
        ${SECTIONS.map((x) => html`<button data-section=${x} class="${this.section === x ? 'on' : ''} ${ROOTS[x].some((r) => sectionHasErrors(this.errors, r)) ? 'bad' : ''}" @click=${() => (this.section = x)}>${s.sections[x]}</button>`)}
        <span class="save">${this.savedNote ? html`<span class="pill good" role="status">${this.savedNote}</span>` : nothing}
          <button class="primary" id="save-config" @click=${() => this.save()}>${this.t.save}</button></span>
      </div>
      ${this.problems.length ? html`<div class="problems" role="alert"><b>${s.problems}</b><ul>${this.problems.map((p) => html`<li>${p}</li>`)}</ul>${detailsOf(this.technical.join('\n') || undefined, this.t)}</div>` : nothing}
      <section class="card" @edit=${() => this.edited()}>${this.draft ? this.form(this.section, this.draft) : nothing}</section>`;
  }

  private form(section: Section, draft: Draft) {
    const s = SETTINGS_TEXT[this.lang];
    switch (section) {
      case 'office': return html`<office-form .draft=${draft} .errors=${this.errors} .s=${s} .t=${this.t} .lang=${this.lang}></office-form>`;
      case 'directions': return html`<directions-form .draft=${draft} .errors=${this.errors} .s=${s} .t=${this.t} .lang=${this.lang}></directions-form>`;
      case 'booths': return html`<booths-form .draft=${draft} .errors=${this.errors} .s=${s} .t=${this.t} .lang=${this.lang}></booths-form>`;
      case 'halls': return html`<halls-form .draft=${draft} .errors=${this.errors} .s=${s} .t=${this.t} .lang=${this.lang}></halls-form>`;
      case 'staff': return html`<staff-form .draft=${draft} .errors=${this.errors} .s=${s} .t=${this.t} .lang=${this.lang}></staff-form>`;
      case 'priorities': return html`<priorities-form .draft=${draft} .errors=${this.errors} .s=${s} .t=${this.t} .lang=${this.lang}></priorities-form>`;
      case 'schedule': return html`<schedule-form .draft=${draft} .errors=${this.errors} .s=${s} .t=${this.t} .lang=${this.lang}></schedule-form>`;
      case 'holidays': return html`<holidays-form .draft=${draft} .errors=${this.errors} .s=${s} .t=${this.t} .lang=${this.lang}></holidays-form>`;
      default: return html`<p class="muted">${s.advancedNote}</p>
        ${this.jsonError ? html`<p class="problems" role="alert">${this.jsonError}</p>` : nothing}
        <label>${this.t.fullConfig}<textarea id="config-json" rows="22" .value=${this.jsonText} @input=${(e: Event) => this.typedJson((e.target as HTMLTextAreaElement).value)}></textarea></label>`;
    }
  }
}

customElements.define('settings-view', SettingsView);
