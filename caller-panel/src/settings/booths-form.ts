// The booths: each by its number, with the directions it takes citizens for.
import { html } from 'lit';
import { pick } from 'queue-core/ui';
import { DraftForm } from './draft-form.js';
import { fieldError } from './field-errors.js';

interface BoothDraft { number: number | string; directions: string[] }

export class BoothsForm extends DraftForm {
  private get list(): BoothDraft[] {
    return (this.draft.booths ??= []);
  }

  private add() {
    const next = Math.max(0, ...this.list.map((b) => Number(b.number) || 0)) + 1;
    this.list.push({ number: next, directions: [] });
    this.edited();
  }

  private toggle(b: BoothDraft, id: string, on: boolean) {
    b.directions = on ? [...b.directions.filter((d) => d !== id), id] : b.directions.filter((d) => d !== id);
    this.edited();
  }

  override render() {
    const s = this.s;
    const directions = (this.draft.directions ?? []) as { id: string; name: { ru: string } }[];
    return html`<div class="rows">
      ${this.list.map((b, i) => html`<div class="item" data-booth-row=${i}>
        <label class="narrow">${s.boothNumber}<input type="number" data-field="booths[${i}].number" class=${this.bad(`booths[${i}].number`)} .value=${String(b.number ?? '')}
          @input=${(e: Event) => { b.number = DraftForm.num((e.target as HTMLInputElement).value); this.edited(); }} />${fieldError(this.errors, `booths[${i}].number`)}</label>
        <fieldset class="checks wide"><legend>${s.serves}</legend>
          ${directions.map((d) => html`<label><input type="checkbox" data-direction=${d.id} .checked=${(b.directions ?? []).includes(d.id)}
            @change=${(e: Event) => this.toggle(b, d.id, (e.target as HTMLInputElement).checked)} /> ${pick(d.name, this.lang) || d.id}</label>`)}
          ${fieldError(this.errors, `booths[${i}].directions`)}</fieldset>
        ${fieldError(this.errors, `booths[${i}]`, true)}
        <button class="danger remove" @click=${() => { this.list.splice(i, 1); this.edited(); }}>${s.remove}</button>
      </div>`)}
      ${fieldError(this.errors, 'booths', true)}
      <div><button id="add-booth" @click=${() => this.add()}>${s.add}</button></div>
    </div>`;
  }
}

customElements.define('booths-form', BoothsForm);
