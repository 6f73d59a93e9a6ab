// The header of the ticket and the hall board: the office's name, address, phones, and the information line.
import { html } from 'lit';
import { DraftForm } from './draft-form.js';
import { fieldError } from './field-errors.js';

type Line = { ru: string; uk?: string; en?: string };

export class OfficeForm extends DraftForm {
  private set(field: 'name' | 'address' | 'phones' | 'info', value: string) {
    const c = this.draft;
    c.office ??= {};
    c.display ??= {};
    if (field === 'phones') c.office.phones = value.split(',').map((s) => s.trim()).filter(Boolean);
    // A line kept in Russian keeps its Ukrainian and English.
    else if (field === 'info') c.display.infoLine = value.split('\n').map((s) => s.trim()).filter(Boolean).map((ru) => ({ ...((c.display.infoLine ?? []) as Line[]).find((l) => l.ru === ru), ru }));
    else c.office[field] = value;
    this.edited();
  }

  override render() {
    const t = this.t;
    const c = this.draft;
    const on = (field: 'name' | 'address' | 'phones' | 'info') => (e: Event) => this.set(field, (e.target as HTMLInputElement).value);
    return html`<div class="rows">
      <h2>${t.officeHeader}</h2>
      <label>${t.officeName}<input id="office-name" data-field="office.name" class=${this.bad('office.name')} .value=${c.office?.name ?? ''} @change=${on('name')} />${fieldError(this.errors, 'office.name')}</label>
      <label>${t.address}<input data-field="office.address" class=${this.bad('office.address')} .value=${c.office?.address ?? ''} @change=${on('address')} />${fieldError(this.errors, 'office.address')}</label>
      <label>${t.phones}<input data-field="office.phones" .value=${(c.office?.phones ?? []).join(', ')} @change=${on('phones')} />${fieldError(this.errors, 'office.phones')}</label>
      <label>${t.infoLine}<textarea rows="4" data-field="display.infoLine" .value=${((c.display?.infoLine ?? []) as Line[]).map((l) => l.ru).join('\n')} @change=${on('info')}></textarea>${fieldError(this.errors, 'display.infoLine')}</label>
    </div>`;
  }
}

customElements.define('office-form', OfficeForm);
