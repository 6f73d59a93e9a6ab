// The archivist's panel (issue 18): the archive of personal case files, and "На контроле у меня" — the
// management's decisions on control whose case files she holds now (taken back from payments, not yet
// shelved), as every staff member who holds one of the citizen's files sees them. The daemon picks them
// (receptionMine); the tab shows how many, red when one is overdue.
import { LitElement, css, html } from 'lit';
import type { QueueClient } from 'queue-core/protocol';
import type { Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { CASE_FILE_TEXT } from './case-file-strings.js';
import { mineCounts, mineTab } from './my-control.js';
import './case-files-view.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;

export class ArchivistView extends LitElement {
  static override properties = { client: { attribute: false }, lang: {}, act: { attribute: false }, now: { type: Number }, tab: { state: true }, mine: { state: true } };
  declare client: QueueClient;
  declare lang: Language;
  declare act: Act;
  declare now: number;
  declare tab: 'archive' | 'my-control';
  /** How many decisions on control are hers (the tab's count); null until known. */
  declare mine: { onControl: number; overdue: number } | null;

  static override styles = [panelStyles, css`
    .tabs { display: flex; gap: 6px; margin-bottom: 12px; }
    .tabs button.on { background: #0b3d91; color: #fff; }
  `];

  constructor() {
    super();
    this.tab = 'archive';
    this.mine = null;
  }

  override connectedCallback() {
    super.connectedCallback();
    void mineCounts(this.client).then((c) => (this.mine = c));
  }

  override render() {
    const tab = (id: ArchivistView['tab'], text: unknown) => html`<button role="tab" id="tab-${id}" aria-selected=${this.tab === id} class=${this.tab === id ? 'on' : ''} @click=${() => (this.tab = id)}>${text}</button>`;
    return html`<div class="tabs" role="tablist">${tab('archive', CASE_FILE_TEXT[this.lang].archiveTab)}${tab('my-control', mineTab(this.lang, this.mine))}</div>
      ${this.tab === 'my-control'
        ? html`<my-control .client=${this.client} .lang=${this.lang} .act=${this.act} @mine-counts=${(e: CustomEvent) => (this.mine = e.detail)}></my-control>`
        : html`<case-files-view mode="archive" .client=${this.client} .lang=${this.lang} .act=${this.act} .now=${this.now}></case-files-view>`}`;
  }
}

customElements.define('archivist-view', ArchivistView);
