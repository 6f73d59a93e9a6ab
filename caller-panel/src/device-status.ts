// The office's devices for the head of the service, as they are now: the daemon pushes every change of
// state (printer, voice, call buttons) and this list follows it without a reload. Each device is a state
// in words and, when something is wrong, what is wrong; the raw message an installer needs (ALSA's
// lines, a socket error) is folded under "details".
import { LitElement, css, html, nothing } from 'lit';
import type { DeviceStatus } from 'queue-core/protocol';
import { voiceProblemText, type Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import type { PanelText } from './strings.js';

const tone = (state: string) => (state === 'failed' || state === 'missing' ? 'bad' : state === 'fallback' || state === 'unknown' ? 'warn' : 'good');

export class DeviceList extends LitElement {
  static override properties = { devices: { attribute: false }, t: { attribute: false }, lang: {} };
  declare devices: DeviceStatus;
  declare t: PanelText;
  declare lang: Language;

  static override styles = [panelStyles, css`
    .device { margin: 4px 0; }
    .what { margin-left: 6px; }
    details { display: inline-block; margin-left: 8px; font-size: 13px; }
    pre { white-space: pre-wrap; max-width: 560px; max-height: 160px; overflow: auto; font-size: 12px; background: #f5f5f5; padding: 6px; }
  `];

  private row(id: string, name: string, state: string, what?: string, detail?: string) {
    return html`<div class="device" data-device=${id} data-state=${state}>${name}:
      <span class="pill ${tone(state)}">${this.t.deviceStates[state] ?? state}</span>${what ? html`<span class="what">${what}</span>` : nothing}
      ${detail && tone(state) !== 'good' ? html`<details><summary>${this.t.details}</summary><pre>${detail}</pre></details>` : nothing}</div>`;
  }

  override render() {
    const { printer, voice, buttons } = this.devices;
    return html`
      ${this.row('printer', this.t.printer, printer.state, undefined, printer.detail)}
      ${this.row('voice', this.t.voice, voice.state, voice.state === 'failed' || voice.state === 'fallback' ? voiceProblemText(voice.problem, this.lang) : undefined, voice.detail)}
      ${buttons.length === 0 ? nothing : html`<div class="device">${this.t.buttons}:
        ${buttons.map((b) => html`<span data-device=${`button-${b.booth}`} data-state=${b.state}>${b.booth} <span class="pill ${tone(b.state)}">${this.t.deviceStates[b.state] ?? b.state}</span></span> `)}</div>`}`;
  }
}
customElements.define('device-list', DeviceList);
