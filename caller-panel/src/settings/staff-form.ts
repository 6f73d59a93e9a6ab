// The staff who sign in to the panel: id, full name, role, and a new PIN. The daemon refuses to leave the
// office without a supervisor or the head without her own rights; its words are shown under the list.
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DraftForm } from './draft-form.js';
import { fieldError } from './field-errors.js';
import './pin-reset.js';

interface StaffDraft { id: string; name: string; role: string; pin?: string }
const ROLES = ['operator', 'consultant', 'supervisor', 'archivist'];

export class StaffForm extends DraftForm {
  /** Members added here, not yet saved: their PIN fields are open from the start. */
  private readonly added = new WeakSet<StaffDraft>();

  private get list(): StaffDraft[] {
    return (this.draft.staff ??= []);
  }

  private text(m: StaffDraft, i: number, field: 'id' | 'name', label: string, cls: string) {
    const path = `staff[${i}].${field}`;
    return html`<label class=${cls}>${label}<input data-field=${path} class=${this.bad(path)} .value=${m[field] ?? ''}
      @input=${(e: Event) => { m[field] = (e.target as HTMLInputElement).value; this.edited(); }} />${fieldError(this.errors, path)}</label>`;
  }

  private setPin(m: StaffDraft, pin: string | undefined) {
    if (pin === undefined) delete m.pin;
    else m.pin = pin;
    this.edited();
  }

  override render() {
    const s = this.s;
    return html`<div class="rows">
      <p class="muted">${s.noStaffBooth}</p>
      ${fieldError(this.errors, 'staff', true)}
      ${repeat(this.list, (m) => m, (m, i) => html`<div class="item" data-staff-row=${m.id || i}>
        ${this.text(m, i, 'id', s.id, 'narrow')} ${this.text(m, i, 'name', s.fullName, 'wide')}
        <label>${s.role}<select data-field="staff[${i}].role" class=${this.bad(`staff[${i}].role`)} @change=${(e: Event) => { m.role = (e.target as HTMLSelectElement).value; this.edited(); }}>
          ${ROLES.map((r) => html`<option value=${r} ?selected=${m.role === r}>${this.t.roles[r]}</option>`)}</select>${fieldError(this.errors, `staff[${i}].role`)}</label>
        <div><pin-reset .s=${s} .pin=${m.pin} staffId=${m.id} ?open=${this.added.has(m)} @pin=${(e: CustomEvent<string | undefined>) => this.setPin(m, e.detail)}></pin-reset>
          ${fieldError(this.errors, `staff[${i}].pin`)}${fieldError(this.errors, `staff[${i}].pinHash`)}</div>
        ${fieldError(this.errors, `staff[${i}]`, true)}
        <button class="danger remove" @click=${() => { this.list.splice(i, 1); this.edited(); }}>${s.remove}</button>
      </div>`)}
      <div><button id="add-staff" @click=${() => { const m = { id: '', name: '', role: 'operator' }; this.added.add(m); this.list.push(m); this.edited(); }}>${s.add}</button></div>
    </div>`;
  }
}

customElements.define('staff-form', StaffForm);
