// "На контроле у меня": the signed-in staff member's own decisions of the management's reception on
// control — those they answer for and those whose case files they hold — with the deadline and an overdue
// mark. The daemon picks them by the session's staff id and says which are overdue (receptionMine); this
// element asks and shows.
import { LitElement, css, html, nothing } from 'lit';
import type { QueueClient, ResultOf } from 'queue-core/protocol';
import type { Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { RECEPTION_TEXT } from './reception-strings.js';

type Act = (p: Promise<unknown>) => Promise<unknown>;
type Mine = ResultOf['receptionMine'];

const dotted = (day: string, lang: Language) => {
  const [y, m, d] = day.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

export class MyControl extends LitElement {
  static override properties = { client: { attribute: false }, lang: {}, act: { attribute: false }, mine: { state: true } };
  declare client: QueueClient;
  declare lang: Language;
  declare act: Act;
  /** null until the daemon has answered. */
  declare mine: Mine | null;

  static override styles = [panelStyles, css`
    table { width: 100%; }
    td, th { font-size: 15px; vertical-align: top; }
    td.nowrap { white-space: nowrap; }
    tr[data-state='overdue'] td.deadline { color: #b71c1c; font-weight: 700; }
  `];

  constructor() {
    super();
    this.mine = null;
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  async load() {
    const r = (await this.act(this.client.request('receptionMine', {}))) as Mine | undefined;
    if (!r) return;
    this.mine = r;
    // The tab's count follows what this list has just read.
    this.dispatchEvent(new CustomEvent('mine-counts', { detail: r.counts, bubbles: true, composed: true }));
  }

  override render() {
    const t = RECEPTION_TEXT[this.lang];
    const m = this.mine;
    return html`<section class="card" id="my-control"><h2>${t.mine}</h2>
      ${m ? html`<div class="row"><span class="pill warn" id="my-on-control">${t.stateOnControl}: ${m.counts.onControl}</span><span class="pill bad" id="my-overdue">${t.stateOverdue}: ${m.counts.overdue}</span></div>` : nothing}
      ${!m ? nothing : m.items.length === 0 ? html`<p class="muted">${t.mineNone}</p>` : html`<table id="my-control-list">
        <tr><th>${t.deadline}</th><th>${t.booking}</th><th>${t.citizen}</th><th>${t.decision}</th><th>${t.why}</th></tr>
        ${m.items.map((i) => html`<tr data-booking=${i.id} data-state=${i.control}>
          <td class="nowrap deadline">${dotted(i.decision!.control!.deadline, this.lang)}<br>${i.control === 'overdue' ? html`<span class="pill bad">${t.stateOverdue}</span>` : html`<span class="pill warn">${t.stateOnControl}</span>`}</td>
          <td class="nowrap">${i.id}<br><span class="muted">${dotted(i.day, this.lang)}</span></td>
          <td>${i.citizen?.fullName ?? t.erased}</td><td>${i.decision!.text}</td>
          <td>${i.because.map((w) => html`<div>${w === 'responsible' ? t.becauseResponsible : html`${t.becauseHolder}: ${i.heldFiles.join(', ')}`}</div>`)}</td></tr>`)}
      </table>`}
    </section>`;
  }
}

/** The tab that opens the list, with how many are the staff member's and whether any is overdue. */
export function mineTab(lang: Language, counts: Mine['counts'] | null) {
  const n = counts ? counts.onControl + counts.overdue : 0;
  return html`${RECEPTION_TEXT[lang].mine}${n ? html` <span class="pill ${counts!.overdue ? 'bad' : 'warn'}" id="my-control-count">${n}</span>` : nothing}`;
}

/** The counts for the tab when the panel opens; the tab shows none if the daemon cannot say. */
export async function mineCounts(client: QueueClient): Promise<Mine['counts'] | null> {
  try {
    return (await client.request('receptionMine', {})).counts;
  } catch {
    return null;
  }
}

customElements.define('my-control', MyControl);
