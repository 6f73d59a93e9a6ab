// The priorities a citizen may claim at the kiosk (veteran, disability…): names in three languages and the
// rank that orders them.
import { html } from 'lit';
import { DraftForm } from './draft-form.js';
import { fieldError } from './field-errors.js';

interface PriorityDraft { id: string; name: Record<string, string>; rank: number | string }

export class PrioritiesForm extends DraftForm {
  private get list(): PriorityDraft[] {
    return (this.draft.priorities ??= []);
  }

  private input(i: number, path: string, label: string, cls: string, value: string, set: (v: string) => void, type = 'text') {
    return html`<label class=${cls}>${label}<input type=${type} data-field=${path} class=${this.bad(path)} .value=${value}
      @input=${(e: Event) => { set((e.target as HTMLInputElement).value); this.edited(); }} />${fieldError(this.errors, path)}</label>`;
  }

  override render() {
    const s = this.s;
    return html`<div class="rows">
      ${this.list.map((p, i) => html`<div class="item" data-priority-row=${i}>
        ${this.input(i, `priorities[${i}].id`, s.id, 'narrow', p.id ?? '', (v) => (p.id = v))}
        ${this.input(i, `priorities[${i}].name.ru`, s.nameRu, 'wide', p.name?.ru ?? '', (v) => ((p.name ??= { ru: '' }).ru = v))}
        ${this.input(i, `priorities[${i}].name.uk`, s.nameUk, 'wide', p.name?.uk ?? '', (v) => DraftForm.optional((p.name ??= { ru: '' }), 'uk', v))}
        ${this.input(i, `priorities[${i}].name.en`, s.nameEn, 'wide', p.name?.en ?? '', (v) => DraftForm.optional((p.name ??= { ru: '' }), 'en', v))}
        ${this.input(i, `priorities[${i}].rank`, s.rank, '', String(p.rank ?? ''), (v) => (p.rank = DraftForm.num(v)), 'number')}
        ${fieldError(this.errors, `priorities[${i}]`, true)}
        <button class="danger remove" @click=${() => { this.list.splice(i, 1); this.edited(); }}>${s.remove}</button>
      </div>`)}
      <div><button id="add-priority" @click=${() => { this.list.push({ id: '', name: { ru: '' }, rank: 10 }); this.edited(); }}>${s.add}</button></div>
    </div>`;
  }
}

customElements.define('priorities-form', PrioritiesForm);
