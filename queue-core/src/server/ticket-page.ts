// The ticket page on the phone, as text: server-rendered HTML in the office language that reads whole
// without any script (a meta refresh inside <noscript> brings the news then), and a small script in ES5 —
// no modules, no fetch, no let or arrow functions — that asks the status JSON every `refreshSeconds` with
// XMLHttpRequest, so that an old phone's browser follows the line too. The page holds no rules: what it
// shows and when the phone buzzes come from the core (domain/ticket-status.ts) in the JSON. Pure.
import { createHash } from 'node:crypto';
import type { Language } from '../config/schema.js';
import { minutesText } from '../domain/duration-words.js';
import { TICKET_PAGE_WORDS } from '../domain/ticket-page-words.js';
import type { Buzz, TicketStatus, TicketStatusKind } from '../domain/ticket-status.js';

/** What the status JSON holds: the ticket's state and the page's words for it, nothing else. */
export interface TicketPageStatus {
  valid: true;
  label: string;
  state: TicketStatusKind;
  ahead: number;
  waitMinutes: number;
  booth: number | null;
  /** The main line, e.g. "Перед вами: 3 чел." or "Пройдите в кабину 3". */
  headline: string;
  /** The lines under it. */
  details: string[];
  /** "Обновлено в 10:15", on the office's clock. */
  updated: string;
  buzz: Buzz | null;
}

/** The one answer to every token that opens nothing: wrong, expired, or of another day. */
export interface TicketPageInvalid {
  valid: false;
  message: string;
}

export interface TicketPageContext {
  language: Language;
  officeName: string;
  directionName: string;
  /** The office's clock now, "10:15". */
  time: string;
}

export function pageStatus(s: TicketStatus, c: TicketPageContext): TicketPageStatus {
  const w = TICKET_PAGE_WORDS[c.language];
  let headline: string;
  let details: string[] = [];
  switch (s.kind) {
    case 'waiting':
      headline = w.ahead(s.ahead);
      // "28 мин" stays on one line on a narrow phone.
      details = [...(s.waitMinutes > 0 ? [w.estimated(minutesText(s.waitMinutes, c.language).replace(/ /g, '\u00a0'))] : []), w.watchBoard];
      break;
    case 'called':
      headline = w.goTo(s.booth ?? 0);
      details = [w.called];
      break;
    case 'serving': headline = w.serving(s.booth ?? 0); break;
    case 'finished': headline = w.finished; break;
    case 'missed': headline = w.missed; break;
    case 'closed': headline = w.closed; break;
  }
  return { valid: true, label: s.label, state: s.kind, ahead: s.ahead, waitMinutes: s.waitMinutes, booth: s.booth, headline, details, updated: w.updated(c.time), buzz: s.buzz };
}

export const invalidStatus = (language: Language): TicketPageInvalid => ({ valid: false, message: TICKET_PAGE_WORDS[language].invalid });

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The page's script. ES5 only: old Android browsers and old iOS Safari run it. It remembers the buzzes
 * already given (sessionStorage where there is one), so a moment buzzes once even across reloads.
 */
export const PAGE_SCRIPT = `(function () {
  var d = document, b = d.body, url = b.getAttribute('data-status'), every = Number(b.getAttribute('data-every')) * 1000;
  var memory = {}, n = 0, live = true;
  function text(id, t) { var e = d.getElementById(id); if (e) e.textContent = t; }
  function buzzed(key) {
    try { if (window.sessionStorage) return sessionStorage.getItem('buzz:' + url + ':' + key) === '1'; } catch (e) {}
    return memory[key] === true;
  }
  function remember(key) {
    memory[key] = true;
    try { if (window.sessionStorage) sessionStorage.setItem('buzz:' + url + ':' + key, '1'); } catch (e) {}
  }
  function buzz(z) {
    if (!z || !navigator.vibrate || buzzed(z.key)) return;
    remember(z.key);
    try { navigator.vibrate(z.pattern); } catch (e) {}
  }
  function show(s) {
    if (!s.valid) {
      live = false;
      b.className = 'state-invalid';
      text('headline', s.message);
      var list = d.getElementById('details');
      if (list) list.innerHTML = '';
      text('updated', '');
      return;
    }
    b.className = 'state-' + s.state;
    text('label', s.label);
    text('headline', s.headline);
    var ul = d.getElementById('details');
    ul.innerHTML = '';
    for (var i = 0; i < s.details.length; i++) {
      var li = d.createElement('li');
      li.textContent = s.details[i];
      ul.appendChild(li);
    }
    text('updated', s.updated);
    text('offline', '');
    buzz(s.buzz);
  }
  function poll() {
    var x = new XMLHttpRequest();
    n += 1;
    x.open('GET', url + '?n=' + n, true);
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return;
      var s = null;
      try { s = JSON.parse(x.responseText); } catch (e) {}
      if (s && (x.status === 200 || x.status === 404)) show(s);
      else text('offline', b.getAttribute('data-offline'));
      if (live) setTimeout(poll, every);
    };
    x.send(null);
  }
  var button = d.getElementById('vibrate');
  if (button && navigator.vibrate) {
    button.style.display = 'block';
    button.onclick = function () {
      button.style.display = 'none';
      text('vibrate-on', b.getAttribute('data-vibrate-on'));
    };
  }
  var first = b.getAttribute('data-buzz');
  if (first) { try { buzz(JSON.parse(first)); } catch (e) {} }
  setTimeout(poll, every);
})();`;

/** The script's hash, for the Content-Security-Policy that lets it alone run. */
export const PAGE_SCRIPT_HASH = `sha256-${createHash('sha256').update(PAGE_SCRIPT).digest('base64')}`;

const STYLE = `*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:1.35;color:#111;background:#f4f6f8}
.office{margin:0 0 12px;font-size:15px;color:#444}
.card{background:#fff;border-radius:12px;padding:16px;border:1px solid #d5dbe1}
.your{margin:0;font-size:16px;color:#555}
#label{margin:0;font-size:64px;font-weight:bold;letter-spacing:2px;line-height:1.1}
.direction{margin:4px 0 0;font-size:17px;font-weight:bold}
#headline{margin:16px 0 8px;font-size:26px;font-weight:bold}
#details{margin:0;padding:0;list-style:none}#details li{margin:6px 0}
.state-called .card{background:#0b7a35;border-color:#0b7a35;color:#fff}.state-called .your,.state-called .direction{color:#fff}
.state-called #headline{font-size:32px}
.state-invalid #headline{font-size:22px;font-weight:normal}
.state-finished #vibrate,.state-missed #vibrate,.state-closed #vibrate,.state-invalid #vibrate{display:none!important}
#updated{margin:12px 0 0;font-size:14px;color:#666}#offline{margin:8px 0 0;color:#a00;font-weight:bold}
#vibrate{display:none;width:100%;margin:16px 0 0;padding:14px;font-size:18px;border:0;border-radius:10px;background:#1f5fa8;color:#fff}
#vibrate-on{margin:12px 0 0;font-size:15px;color:#333}`;

const head = (language: Language, title: string, refreshSeconds: number) => `<!DOCTYPE html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title>
<noscript><meta http-equiv="refresh" content="${refreshSeconds * 3}"></noscript>
<style>${STYLE}</style></head>`;

/** The page of one ticket, as it stands now. `statusUrl` is the JSON's address, relative to the page. */
export function ticketPageHtml(s: TicketPageStatus, c: TicketPageContext, o: { statusUrl: string; refreshSeconds: number }): string {
  const w = TICKET_PAGE_WORDS[c.language];
  return `${head(c.language, w.title(s.label), o.refreshSeconds)}
<body class="state-${s.state}" data-status="${escape(o.statusUrl)}" data-every="${o.refreshSeconds}" data-offline="${escape(w.offline)}" data-vibrate-on="${escape(w.vibrateOn)}" data-buzz="${s.buzz ? escape(JSON.stringify(s.buzz)) : ''}">
<p class="office">${escape(c.officeName)}</p>
<div class="card">
<p class="your">${escape(w.yourTicket)}</p>
<p id="label">${escape(s.label)}</p>
<p class="direction">${escape(c.directionName)}</p>
<p id="headline">${escape(s.headline)}</p>
<ul id="details">${s.details.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>
</div>
<p id="offline"></p>
<button id="vibrate" type="button">${escape(w.vibrate)}</button>
<p id="vibrate-on"></p>
<p id="updated">${escape(s.updated)}</p>
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
}

/** The same plain page for every token that opens nothing, and (titled so) for too many tries. */
export function plainPage(language: Language, message: string, refreshSeconds: number, title = TICKET_PAGE_WORDS[language].invalidTitle): string {
  return `${head(language, title, refreshSeconds).replace(/<noscript>.*<\/noscript>\n/, '')}
<body class="state-invalid"><div class="card"><p id="headline">${escape(message)}</p></div></body></html>
`;
}
