// The days the office is closed whatever the weekday: one date a line.
import { html } from 'lit';
import { DraftForm } from './draft-form.js';
import { fieldError } from './field-errors.js';

export class HolidaysForm extends DraftForm {
  private get list(): string[] {
    return ((this.draft.schedule ??= {}).holidays ??= []);
  }

  override render() {
    const list = this.list;
    return html`<div class="rows">
      ${list.map((day, i) => html`<div class="item" data-holiday-row=${i}>
        <label>${this.s.holiday}<input type="date" data-field="schedule.holidays[${i}]" class=${this.bad(`schedule.holidays[${i}]`)} .value=${day}
          @input=${(e: Event) => { list[i] = (e.target as HTMLInputElement).value; this.edited(); }} />${fieldError(this.errors, `schedule.holidays[${i}]`)}</label>
        <button class="danger remove" @click=${() => { list.splice(i, 1); this.edited(); }}>${this.s.remove}</button>
      </div>`)}
      <div><button id="add-holiday" @click=${() => { list.push(''); this.edited(); }}>${this.s.add}</button></div>
    </div>`;
  }
}

customElements.define('holidays-form', HolidaysForm);
