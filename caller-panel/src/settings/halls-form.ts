// The halls: each with its id (its display is /display/hall/<id>), its name in three languages, the
// booths and directions in it and its speaker. No hall listed: one hall holds everything. Booths and
// directions ticked in no hall belong to the first.
import { html, nothing } from 'lit';
import { pick } from 'queue-core/ui';
import { DraftForm } from './draft-form.js';
import { fieldError } from './field-errors.js';

interface HallDraft { id: string; name: Record<string, string>; booths?: number[]; directions?: string[]; speaker?: string }

export class HallsForm extends DraftForm {
  // Read without creating the key: an office that lists no halls keeps none in its configuration.
  private get list(): HallDraft[] {
    return this.draft.halls ?? [];
  }

  private add() {
    const n = this.list.length + 1;
    (this.draft.halls ??= []).push({ id: `hall${n}`, name: { ru: `Зал ${n}`, uk: `Зал ${n}`, en: `Hall ${n}` }, booths: [], directions: [] });
    this.edited();
  }

  private drop(i: number) {
    this.list.splice(i, 1);
    // No hall left: the key goes too, and the office is one hall again.
    if (this.list.length === 0) delete this.draft.halls;
    this.edited();
  }

  private field(i: number, key: 'id' | 'speaker', label: string, cls = 'narrow') {
    const path = `halls[${i}].${key}`;
    const h = this.list[i]!;
    return html`<label class=${cls}>${label}<input data-field=${path} class=${this.bad(path)} .value=${h[key] ?? ''}
      @input=${(e: Event) => { const v = (e.target as HTMLInputElement).value; if (key === 'id') h.id = v; else DraftForm.optional(h as unknown as Record<string, unknown>, 'speaker', v); this.edited(); }} />${fieldError(this.errors, path)}</label>`;
  }

  private name(i: number, lang: 'ru' | 'uk' | 'en', label: string) {
    const path = `halls[${i}].name.${lang}`;
    const h = this.list[i]!;
    return html`<label class="wide">${label}<input data-field=${path} class=${this.bad(path)} .value=${h.name?.[lang] ?? ''}
      @input=${(e: Event) => { h.name ??= { ru: '' }; const v = (e.target as HTMLInputElement).value; if (lang === 'ru') h.name.ru = v; else DraftForm.optional(h.name, lang, v); this.edited(); }} />${fieldError(this.errors, path)}</label>`;
  }

  private toggle<T>(h: HallDraft, key: 'booths' | 'directions', value: T, on: boolean) {
    const list = (h[key] ?? []) as T[];
    (h as unknown as Record<string, T[]>)[key] = on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);
    this.edited();
  }

  override render() {
    const s = this.s;
    const booths = ((this.draft.booths ?? []) as { number: number }[]).map((b) => Number(b.number)).filter((n) => Number.isInteger(n));
    const directions = (this.draft.directions ?? []) as { id: string; name: { ru: string } }[];
    return html`<div class="rows">
      <p class="muted">${s.hallsNote}</p>
      ${this.list.map((h, i) => html`<div class="item" data-hall-row=${i}>
        ${this.field(i, 'id', s.id)} ${this.name(i, 'ru', s.nameRu)} ${this.name(i, 'uk', s.nameUk)} ${this.name(i, 'en', s.nameEn)}
        ${this.field(i, 'speaker', s.speaker)}
        <fieldset class="checks wide"><legend>${s.sections.booths}</legend>
          ${booths.map((n) => html`<label><input type="checkbox" data-booth=${n} .checked=${(h.booths ?? []).includes(n)}
            @change=${(e: Event) => this.toggle(h, 'booths', n, (e.target as HTMLInputElement).checked)} /> ${n}</label>`)}
          ${fieldError(this.errors, `halls[${i}].booths`)}</fieldset>
        <fieldset class="checks wide"><legend>${s.sections.directions}</legend>
          ${directions.map((d) => html`<label><input type="checkbox" data-direction=${d.id} .checked=${(h.directions ?? []).includes(d.id)}
            @change=${(e: Event) => this.toggle(h, 'directions', d.id, (e.target as HTMLInputElement).checked)} /> ${pick(d.name, this.lang) || d.id}</label>`)}
          ${fieldError(this.errors, `halls[${i}].directions`)}</fieldset>
        ${fieldError(this.errors, `halls[${i}]`, true)}
        <button class="danger remove" @click=${() => this.drop(i)}>${s.remove}</button>
      </div>`)}
      ${this.list.length ? fieldError(this.errors, 'halls', true) : nothing}
      <div><button id="add-hall" @click=${() => this.add()}>${s.add}</button></div>
    </div>`;
  }
}

customElements.define('halls-form', HallsForm);
