// The weekly schedule: opening hours of each weekday, when issuing stops before closing, and the sliding
// lunch of each booth. (The n-th Saturdays stay in the advanced editor.)
import { html } from 'lit';
import { DraftForm } from './draft-form.js';
import { fieldError } from './field-errors.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const spans = (text: string): string[] => text.split(',').map((x) => x.trim()).filter(Boolean);

export class ScheduleForm extends DraftForm {
  private get schedule() {
    return (this.draft.schedule ??= {});
  }

  private day(day: (typeof DAYS)[number]) {
    const week = (this.schedule.week ??= {});
    const path = `schedule.week.${day}`;
    // Set when the field is left, so that a half-typed list is not rewritten under the cursor.
    return html`<label class="day">${this.s.days[day]}<input data-field=${path} class=${this.bad(path)} .value=${(week[day] ?? []).join(', ')}
      @change=${(e: Event) => { week[day] = spans((e.target as HTMLInputElement).value); this.edited(); }} />${fieldError(this.errors, path)}</label>`;
  }

  private lunch() {
    const lunch: { booth: number | string; hours: string }[] = (this.schedule.lunch ??= []);
    const booths = ((this.draft.booths ?? []) as { number: number }[]).map((b) => b.number);
    return html`${lunch.map((l, i) => html`<div class="item" data-lunch-row=${i}>
        <label class="narrow">${this.t.booth}<select data-field="schedule.lunch[${i}].booth" @change=${(e: Event) => { l.booth = Number((e.target as HTMLSelectElement).value); this.edited(); }}>
          ${[...new Set([...booths, l.booth])].map((n) => html`<option value=${n} ?selected=${n === l.booth}>${n}</option>`)}</select>${fieldError(this.errors, `schedule.lunch[${i}].booth`)}</label>
        <label class="narrow">${this.s.lunchHours}<input data-field="schedule.lunch[${i}].hours" class=${this.bad(`schedule.lunch[${i}].hours`)} .value=${l.hours ?? ''}
          @input=${(e: Event) => { l.hours = (e.target as HTMLInputElement).value; this.edited(); }} />${fieldError(this.errors, `schedule.lunch[${i}].hours`)}</label>
        <button class="danger remove" @click=${() => { lunch.splice(i, 1); this.edited(); }}>${this.s.remove}</button>
      </div>`)}
      <div><button id="add-lunch" @click=${() => { lunch.push({ booth: booths[0] ?? 1, hours: '12:00-12:45' }); this.edited(); }}>${this.s.add}</button></div>`;
  }

  override render() {
    const s = this.s;
    const sc = this.schedule;
    return html`<div class="rows">
      <label class="checks"><span><input type="checkbox" id="always-open" .checked=${!!sc.alwaysOpen} @change=${(e: Event) => { sc.alwaysOpen = (e.target as HTMLInputElement).checked; this.edited(); }} /> ${s.alwaysOpen}</span></label>
      <h3>${s.week}</h3>
      <div class="item days">${DAYS.map((d) => this.day(d))}</div>
      <label>${s.stopIssuing}<input type="number" class="narrow ${this.bad('schedule.stopIssuingBeforeCloseMin')}" data-field="schedule.stopIssuingBeforeCloseMin" .value=${String(sc.stopIssuingBeforeCloseMin ?? 15)}
        @input=${(e: Event) => { sc.stopIssuingBeforeCloseMin = DraftForm.num((e.target as HTMLInputElement).value); this.edited(); }} />${fieldError(this.errors, 'schedule.stopIssuingBeforeCloseMin')}</label>
      <h3>${s.lunch}</h3>
      ${this.lunch()}
    </div>`;
  }
}

customElements.define('schedule-form', ScheduleForm);
