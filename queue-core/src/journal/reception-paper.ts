// The papers of the management's reception, as complete HTML pages that print themselves: the day's
// materials for the head (A4, one block per citizen: the question, the journal appeals it was considered
// in, the case files, room for the decision) and the citizen's invitation (A5). Pure: everything printed
// is passed in, escaped.
import type { Language } from '../config/schema.js';
import type { AppealSummary } from './types.js';
import { APPEAL_TYPE_TEXT, RESULT_TEXT } from './labels.js';
import { escapeHtml } from './documents.js';
import type { LinkedCaseFile, ReceptionBooking } from './reception-types.js';
import { STATE_WORDS } from './case-file-words.js';
import type { ReceptionSession } from './reception-rules.js';
import { PAPER_WORDS, dotted } from './reception-words.js';

export interface PaperContext {
  office: { name: string; address: string; phones?: string[] };
  lang: Language;
  reasonName: (id: string) => string;
  /** A staff member's name by id (who holds a case file). */
  staffName: (id: string) => string;
  /** The office day of an instant. */
  dayOf: (at: number) => string;
}

const who = (s: ReceptionSession, lang: Language) => s.who[lang] ?? s.who.ru;

const page = (title: string, size: string, lang: Language, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  @page { size: ${size}; margin: 14mm; }
  body { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 11pt; color: #000; margin: 0 auto; }
  header { text-align: center; border-bottom: 1px solid #000; padding-bottom: 3mm; margin-bottom: 3mm; }
  h1 { font-size: 14pt; text-align: center; margin: 3mm 0; }
  h2 { font-size: 12pt; margin: 0 0 2mm; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0 0 4mm; }
  dt { color: #333; }
  dd { margin: 0; font-weight: bold; }
  section { border: 1px solid #000; padding: 3mm; margin-bottom: 4mm; page-break-inside: avoid; }
  ul { margin: 0; padding-left: 5mm; }
  table.files { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
  table.files th, table.files td { border: 1px solid #000; padding: 1mm 2mm; text-align: left; vertical-align: top; font-weight: normal; }
  table.files th { font-size: 9pt; color: #333; }
  .write { border-bottom: 1px solid #000; height: 8mm; }
  @media screen { body { margin: 16px; max-width: 190mm; } }
</style></head>
<body onload="window.print()">
${body}
</body></html>
`;

/**
 * The materials of one reception day: each booked citizen with the appeals and case files to read
 * beforehand; of each case file its number, payment type and where it is now (from `files`, read when the
 * materials were made), so the head knows whether to ask the archivist for it.
 */
export function materialsPaper(day: string, sessions: ReceptionSession[], bookings: ReceptionBooking[], appeals: Map<string, AppealSummary>, files: Map<string, LinkedCaseFile>, ctx: PaperContext): string {
  const w = PAPER_WORDS[ctx.lang];
  const holder = (h: string | null) => (h === null ? '' : h.startsWith('payments:') ? h.slice('payments:'.length) : ctx.staffName(h));
  const fileRow = (id: string) => {
    const f = files.get(id);
    if (!f || f.state === null) return `<tr><td>${escapeHtml(id)}</td><td colspan="3">${w.noFile}</td></tr>`;
    const where = f.place ?? holder(f.holder);
    return `<tr><td>${escapeHtml(f.id)}</td><td>${escapeHtml(ctx.reasonName(f.paymentType ?? ''))}</td><td>${escapeHtml(STATE_WORDS[f.state][ctx.lang])}${f.since === null ? '' : `, ${w.since} ${dotted(ctx.dayOf(f.since), ctx.lang)}`}</td><td>${escapeHtml(where)}</td></tr>`;
  };
  const fileTable = (ids: string[]) => `<table class="files"><tr><th>${w.fileNo}</th><th>${w.paymentType}</th><th>${w.fileState}</th><th>${w.fileWhere}</th></tr>${ids.map(fileRow).join('')}</table>`;
  const booked = bookings.filter((b) => b.state === 'booked');
  const appealLine = (id: string) => {
    const a = appeals.get(id);
    if (!a) return `<li>${escapeHtml(id)}</li>`;
    return `<li>${escapeHtml(a.id)} — ${dotted(ctx.dayOf(a.at), ctx.lang)}, ${escapeHtml(APPEAL_TYPE_TEXT[a.appealType][ctx.lang])}, ${escapeHtml(ctx.reasonName(a.reason))}: ${escapeHtml(RESULT_TEXT[a.result][ctx.lang])}</li>`;
  };
  const blocks = sessions.map((s) => {
    const of = booked.filter((b) => b.session === s.session).sort((a, b) => (a.time < b.time ? -1 : 1));
    const citizens = of.map((b) => `<section><h2>${b.time} — ${b.citizen ? escapeHtml(b.citizen.fullName) : `<i>${w.erased}</i>`} <small>(${w.booking} ${escapeHtml(b.id)})</small></h2>
<dl>${b.citizen?.phone ? `<dt>${w.phone}</dt><dd>${escapeHtml(b.citizen.phone)}</dd>` : ''}<dt>${w.question}</dt><dd>${escapeHtml(b.question)}</dd>
<dt>${w.appeals}</dt><dd><ul>${b.appealIds.map(appealLine).join('')}</ul></dd>
</dl>
${b.caseFiles.length ? `<div>${w.caseFiles}:</div>${fileTable(b.caseFiles)}` : ''}
<div>${w.decision}:</div><div class="write"></div><div class="write"></div></section>`).join('\n');
    return `<dl><dt>${w.who}</dt><dd>${escapeHtml(who(s, ctx.lang))}</dd><dt>${w.hours}</dt><dd>${s.from}–${s.to}</dd></dl>\n${citizens || `<p>${w.none}</p>`}`;
  }).join('\n');
  return page(`${w.materials} — ${dotted(day, ctx.lang)}`, 'A4', ctx.lang, `<header><b>${escapeHtml(ctx.office.name)}</b><br>${escapeHtml(ctx.office.address)}</header>
<h1>${w.materials}</h1>
<dl><dt>${w.day}</dt><dd>${dotted(day, ctx.lang)}</dd></dl>
${blocks || `<p>${w.none}</p>`}`);
}

/** The citizen's invitation: when, to whom, with which question. */
export function invitationPaper(b: ReceptionBooking, s: ReceptionSession, ctx: PaperContext): string {
  const w = PAPER_WORDS[ctx.lang];
  return page(`${w.invitation} — ${b.id}`, 'A5', ctx.lang, `<header><b>${escapeHtml(ctx.office.name)}</b><br>${escapeHtml(ctx.office.address)}${ctx.office.phones?.length ? `<br>${ctx.office.phones.map(escapeHtml).join(', ')}` : ''}</header>
<h1>${w.invitation}</h1>
<dl><dt>${w.citizen}</dt><dd>${b.citizen ? escapeHtml(b.citizen.fullName) : ''}</dd><dt>${w.day}</dt><dd>${dotted(b.day, ctx.lang)}, ${b.time}</dd>
<dt>${w.who}</dt><dd>${escapeHtml(who(s, ctx.lang))}</dd><dt>${w.question}</dt><dd>${escapeHtml(b.question)}</dd><dt>${w.booking}</dt><dd>${escapeHtml(b.id)}</dd></dl>
<p>${w.bring}</p>`);
}
