// A new PIN for a staff member, typed twice. When both agree it becomes the member's `pin` in the draft;
// the daemon checks its length as it checks the file's, hashes it, and ends the member's open sessions.
// The panel never sees a hash.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { panelStyles } from '../panel-styles.js';
import type { SettingsText } from './settings-strings.js';

export class PinReset extends LitElement {
  static override properties = { pin: { attribute: false }, s: { attribute: false }, staffId: {}, open: { type: Boolean }, first: { state: true }, second: { state: true } };
  declare pin: string | undefined;
  declare s: SettingsText;
  declare staffId: string;
  /** The fields are shown (a new member's at once; anyone else's after "Change PIN"). */
  declare open: boolean;
  declare first: string;
  declare second: string;
  static override styles = [panelStyles, css`.pill { white-space: normal; max-width: 260px; } input { width: 130px; }`];

  constructor() {
    super();
    this.first = '';
    this.second = '';
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Saved (the daemon sent the configuration back without the PIN): the fields are emptied.
    if (changed.has('pin') && changed.get('pin') !== undefined && !this.pin) {
      this.first = this.second = '';
      this.open = false;
    }
  }

  private typed(which: 'first' | 'second', value: string) {
    this[which] = value;
    const pin = this.first !== '' && this.first === this.second ? this.first : undefined;
    this.dispatchEvent(new CustomEvent<string | undefined>('pin', { detail: pin }));
  }

  override render() {
    const s = this.s;
    const mismatch = this.second !== '' && this.first !== this.second;
    if (!this.open) return html`<button data-pin="open" style="margin-top:20px" @click=${() => (this.open = true)}>${s.pinReset}</button>`;
    return html`<div class="row">
      <label>${s.newPin}<input type="password" inputmode="numeric" autocomplete="new-password" data-pin="first" .value=${this.first} @input=${(e: Event) => this.typed('first', (e.target as HTMLInputElement).value)} /></label>
      <label>${s.pinAgain}<input type="password" inputmode="numeric" autocomplete="new-password" data-pin="second" .value=${this.second} @input=${(e: Event) => this.typed('second', (e.target as HTMLInputElement).value)} /></label>
      ${mismatch ? html`<span class="pill bad" role="alert">${s.pinMismatch}</span>` : this.pin ? html`<span class="pill warn">${s.pinSet}</span>` : nothing}
    </div>`;
  }
}

customElements.define('pin-reset', PinReset);
