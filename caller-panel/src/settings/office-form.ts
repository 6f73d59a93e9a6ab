// The header of the ticket and the hall board: the office's name, address, phones, and the information line.
import { html } from 'lit';
import { DraftForm } from './draft-form.js';
import { fieldError } from './field-errors.js';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from 'queue-core/ui';
import { editInfoLine, type InfoLine } from '../info-line.js';

export class OfficeForm extends DraftForm {
  private set(field: 'name' | 'address' | 'phones' | Language, value: string) {
    const c = this.draft;
    c.office ??= {};
    c.display ??= {};
    if (field === 'phones') c.office.phones = value.split(',').map((s) => s.trim()).filter(Boolean);
    // One language typed anew keeps the others of each message (info-line.ts).
    else if (field === 'ru' || field === 'uk' || field === 'en') c.display.infoLine = editInfoLine((c.display.infoLine ?? []) as InfoLine[], field, value);
    else c.office[field] = value;
    this.edited();
  }

  override render() {
    const t = this.t;
    const c = this.draft;
    const on = (field: 'name' | 'address' | 'phones' | Language) => (e: Event) => this.set(field, (e.target as HTMLInputElement).value);
    return html`<div class="rows">
      <h2>${t.officeHeader}</h2>
      <label>${t.officeName}<input id="office-name" data-field="office.name" class=${this.bad('office.name')} .value=${c.office?.name ?? ''} @change=${on('name')} />${fieldError(this.errors, 'office.name')}</label>
      <label>${t.address}<input data-field="office.address" class=${this.bad('office.address')} .value=${c.office?.address ?? ''} @change=${on('address')} />${fieldError(this.errors, 'office.address')}</label>
      <label>${t.phones}<input data-field="office.phones" .value=${(c.office?.phones ?? []).join(', ')} @change=${on('phones')} />${fieldError(this.errors, 'office.phones')}</label>
      <fieldset class="info-line"><legend>${t.infoLine}</legend>${LANGUAGES.map((l) => html`<label>${LANGUAGE_NAMES[l]}<textarea rows="3" data-lang=${l} data-field="display.infoLine"
        .value=${((c.display?.infoLine ?? []) as InfoLine[]).map((x) => x[l] ?? '').join('\n')} @change=${on(l)}></textarea></label>`)}${fieldError(this.errors, 'display.infoLine')}</fieldset>
    </div>`;
  }
}

customElements.define('office-form', OfficeForm);
