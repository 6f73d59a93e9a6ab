// What every settings form shares: the draft configuration it edits in place (the one object the Save
// button sends, so typed input stays whatever the daemon answers), the core's errors by field, the words,
// and an `edit` event that tells the settings view the draft changed.
import { LitElement, css } from 'lit';
import type { Language } from 'queue-core/ui';
import { panelStyles } from '../panel-styles.js';
import type { FieldErrors } from './field-errors.js';
import type { SettingsText } from './settings-strings.js';
import type { PanelText } from '../strings.js';

// The draft is the configuration as the daemon sent it and as the head typed it: not yet valid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Draft = Record<string, any>;

export class DraftForm extends LitElement {
  static override properties = { draft: { attribute: false }, errors: { attribute: false }, s: { attribute: false }, t: { attribute: false }, lang: {} };
  declare draft: Draft;
  declare errors: FieldErrors;
  declare s: SettingsText;
  declare t: PanelText;
  declare lang: Language;

  static override styles = [panelStyles, css`
    .rows { display: flex; flex-direction: column; gap: 10px; }
    .item { display: flex; gap: 8px; flex-wrap: wrap; align-items: flex-start; border-bottom: 1px solid #e0e6ed; padding-bottom: 8px; }
    .item label { min-width: 90px; }
    .item input { width: 100%; }
    .narrow { max-width: 140px; }
    .days label { flex: 1 1 150px; min-width: 0; }
    .wide { flex: 1; min-width: 180px; }
    .field-error { color: #b71c1c; font-weight: 400; font-size: 13px; max-width: 320px; }
    .rows > .field-error { max-width: none; font-size: 15px; font-weight: 700; }
    input.invalid, select.invalid { border-color: #b71c1c; background: #fff5f5; }
    .checks { display: flex; gap: 10px; flex-wrap: wrap; font-weight: 400; }
    .checks label { flex-direction: row; align-items: center; font-weight: 400; min-width: 0; }
    .checks input { width: auto; min-height: 0; }
    button.remove { align-self: flex-start; margin-top: 20px; }
  `];

  /** Records an edit of the draft and redraws. */
  protected edited(): void {
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('edit', { bubbles: true, composed: true }));
  }

  /** A number field keeps what was typed when it is not a number, for the core to name the mistake. */
  protected static num(value: string): number | string {
    return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  }

  /** Sets or, when emptied, removes an optional text (an empty Ukrainian name falls back to Russian). */
  protected static optional(target: Record<string, unknown>, key: string, value: string): void {
    if (value === '') delete target[key];
    else target[key] = value;
  }

  /** The class of a field the core found fault with. */
  protected bad(path: string): string {
    return [...this.errors.keys()].some((p) => p === path || p.startsWith(`${path}[`)) ? 'invalid' : '';
  }
}
