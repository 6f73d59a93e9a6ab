// The head of the service's list of alerts: the daemon's held alerts (the acknowledged ones dimmed, with who
// saw them and when) and the passing notices (a ticket not printed). Each reads in the office language; the
// technical text behind it (a printer's "127.0.0.1:9100: ECONNREFUSED") is a click away under "Details".
import { html, nothing, css } from 'lit';
import type { Alert, Notice } from 'queue-core/protocol';
import { clock } from 'queue-core/ui';
import type { PanelText } from './strings.js';

type AlertNotice = Extract<Notice, { kind: 'alert' }>;

export const alertListStyles = css`
  .alerts { list-style: none; padding: 0; margin: 0; }
  .alerts li { margin: 6px 0; line-height: 1.4; }
  .alerts li.acked { opacity: 0.55; }
  .alerts li .seen { font-size: 13px; color: #486581; }
  .alerts details { margin: 2px 0 0 28px; font-size: 13px; color: #486581; }
  .alerts details summary { cursor: pointer; }
  .alerts details code { white-space: pre-wrap; word-break: break-word; }
`;

/** The technical text under a "Details" disclosure, when there is one. */
export const detailsOf = (detail: string | undefined, t: PanelText) =>
  detail ? html`<details class="detail"><summary>${t.details}</summary><code>${detail}</code></details>` : nothing;

export function alertList(o: {
  alerts: Alert[]; notices: AlertNotice[]; t: PanelText; tz: string; staffName: (id: string) => string; acknowledge: (alert: Alert) => void;
}) {
  const { t, tz } = o;
  if (o.alerts.length === 0 && o.notices.length === 0) return html`<p class="muted">${t.noAlerts}</p>`;
  return html`<ul class="alerts">
    ${o.alerts.map((a) => html`<li data-alert=${a.id} data-kind=${a.kind} class=${a.acknowledgedAt === null ? '' : 'acked'}>
      <span class="pill ${a.severity === 'critical' ? 'bad' : 'warn'}">!</span> ${clock(a.since, tz)} <span class="message">${a.message}</span>
      ${a.acknowledgedAt === null
        ? html`<button class="ack" @click=${() => o.acknowledge(a)}>${t.acknowledge}</button>`
        : html`<span class="seen">— ${t.seenBy}: ${a.acknowledgedBy ? o.staffName(a.acknowledgedBy) : '—'}, ${clock(a.acknowledgedAt, tz)}</span>`}
      ${detailsOf(a.detail, t)}</li>`)}
    ${o.notices.map((n) => html`<li class="notice"><span class="pill ${n.level === 'error' ? 'bad' : 'warn'}">!</span> ${clock(n.at, tz)} <span class="message">${n.message}</span>${detailsOf(n.detail, t)}</li>`)}
  </ul>`;
}
