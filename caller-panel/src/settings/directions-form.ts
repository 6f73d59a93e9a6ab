// The directions (services) the office takes citizens for: id, ticket letter, names in three languages,
// and the norms the estimate starts from (minutes per person, first ticket number).
import { html } from 'lit';
import { DraftForm } from './draft-form.js';
import { fieldError } from './field-errors.js';

interface DirectionDraft { id: string; prefix: string; name: Record<string, string>; serviceMinutes?: number | string; firstNumber?: number | string }

export class DirectionsForm extends DraftForm {
  private get list(): DirectionDraft[] {
    return (this.draft.directions ??= []);
  }

  private add() {
    this.list.push({ id: '', prefix: '', name: { ru: '' }, serviceMinutes: 15, firstNumber: 100 });
    this.edited();
  }

  private drop(i: number) {
    this.list.splice(i, 1);
    this.edited();
  }

  private text(i: number, field: 'id' | 'prefix', label: string, cls = 'narrow') {
    const path = `directions[${i}].${field}`;
    return html`<label class=${cls}>${label}<input data-field=${path} class=${this.bad(path)} .value=${this.list[i]![field] ?? ''}
      @input=${(e: Event) => { this.list[i]![field] = (e.target as HTMLInputElement).value; this.edited(); }} />${fieldError(this.errors, path)}</label>`;
  }

  private name(i: number, lang: 'ru' | 'uk' | 'en', label: string) {
    const path = `directions[${i}].name.${lang}`;
    const d = this.list[i]!;
    return html`<label class="wide">${label}<input data-field=${path} class=${this.bad(path)} .value=${d.name?.[lang] ?? ''}
      @input=${(e: Event) => { d.name ??= { ru: '' }; const v = (e.target as HTMLInputElement).value; if (lang === 'ru') d.name.ru = v; else DraftForm.optional(d.name, lang, v); this.edited(); }} />${fieldError(this.errors, path)}</label>`;
  }

  private norm(i: number, field: 'serviceMinutes' | 'firstNumber', label: string) {
    const path = `directions[${i}].${field}`;
    return html`<label class="narrow">${label}<input type="number" data-field=${path} class=${this.bad(path)} .value=${String(this.list[i]![field] ?? '')}
      @input=${(e: Event) => { this.list[i]![field] = DraftForm.num((e.target as HTMLInputElement).value); this.edited(); }} />${fieldError(this.errors, path)}</label>`;
  }

  override render() {
    const s = this.s;
    return html`<div class="rows">
      ${this.list.map((_d, i) => html`<div class="item" data-direction-row=${i}>
        ${this.text(i, 'id', s.id)} ${this.text(i, 'prefix', s.prefix)}
        ${this.name(i, 'ru', s.nameRu)} ${this.name(i, 'uk', s.nameUk)} ${this.name(i, 'en', s.nameEn)}
        ${this.norm(i, 'serviceMinutes', s.serviceMinutes)} ${this.norm(i, 'firstNumber', s.firstNumber)}
        ${fieldError(this.errors, `directions[${i}]`, true)}
        <button class="danger remove" @click=${() => this.drop(i)}>${s.remove}</button>
      </div>`)}
      ${fieldError(this.errors, 'directions', true)}
      <div><button id="add-direction" @click=${() => this.add()}>${s.add}</button></div>
    </div>`;
  }
}

customElements.define('directions-form', DirectionsForm);
