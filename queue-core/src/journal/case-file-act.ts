// The act of destruction of personal data (Roskomnadzor order No. 179 of 28.10.2022, "Requirements for
// confirming the destruction of personal data"), A4 portrait, as a complete HTML page that prints itself.
// It carries what the order asks of an act: the operator's name and address, the processor (none), the
// subjects whose data were destroyed, the categories of data, the carriers with the sheets of each, the
// information system, the method, the reason, the date, and the names, positions and signatures of those
// who destroyed them; with the extract of the event log the order asks for automated processing: each
// move of each file and the erasure of its data, with its date and time. Pure.
import type { CaseFileStep, DestructionAct } from './case-file-types.js';
import { ACT_WORDS, MOVE_DONE_WORDS } from './case-file-words.js';
import { escapeHtml } from './documents.js';

export interface ActPaperContext {
  office: { name: string; address: string };
  lang: 'ru' | 'uk' | 'en';
  /** The office-local day of an instant. */
  dayOf: (at: number) => string;
  /** The office-local time of an instant, "09:07". */
  clockOf: (at: number) => string;
  paymentTypeName: (id: string) => string;
  /** A file's log: each move, by whom and when (the names are gone from it; the moves stay). */
  history: (fileId: string) => CaseFileStep[];
  staffName: (id: string) => string;
}

const dateText = (day: string, lang: string) => {
  const [y, m, d] = day.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

export function actPaper(act: DestructionAct, ctx: ActPaperContext): string {
  const w = ACT_WORDS[ctx.lang];
  const e = escapeHtml;
  const date = dateText(ctx.dayOf(act.at), ctx.lang);
  const name = (f: DestructionAct['files'][number]) => (f.fullName ? e(f.fullName) : `<i>${w.erasedNote}</i>`);
  const rows = act.files.map((f, i) => `<tr><td>${i + 1}</td><td class="id">${e(f.id)}</td><td>${name(f)}</td><td>${e(ctx.paymentTypeName(f.paymentType))}</td>`
    + `<td>${dateText(f.formedDay, ctx.lang)}</td><td>${f.closedDay ? dateText(f.closedDay, ctx.lang) : ''}</td><td class="num">${f.sheets}</td></tr>`).join('\n');
  const sheets = act.files.reduce((n, f) => n + f.sheets, 0);
  const signatures = act.commission.map((m) => `<tr><td>${e(m.position)}</td><td>${e(m.name)}</td><td class="sign">______________ (${w.signature})</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="${ctx.lang}"><head><meta charset="utf-8"><title>${e(w.title)} ${w.no} ${e(act.id)}</title>
<style>
  @page { size: A4 portrait; margin: 15mm; }
  body { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 11pt; color: #000; margin: 0 auto; max-width: 180mm; }
  h1 { font-size: 14pt; text-align: center; margin: 2mm 0 4mm; }
  .date { text-align: right; margin-bottom: 4mm; }
  dl { margin: 0 0 4mm; }
  dt { font-weight: bold; margin-top: 2mm; }
  dd { margin: 0 0 0 6mm; }
  table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; }
  th, td { border: 1px solid #000; padding: 1.2mm 1.8mm; vertical-align: top; text-align: left; font-size: 10pt; }
  th { background: #eee; }
  td.num { text-align: right; }
  table.signatures td { border: none; padding: 3mm 2mm; }
  td.sign { white-space: nowrap; }
  tr { page-break-inside: avoid; }
  table.log td, table.log th { font-size: 9pt; }
  td.when, td.id { white-space: nowrap; font-variant-numeric: tabular-nums; }
  @media screen { body { margin: 16px auto; } }
</style></head>
<body onload="window.print()">
<h1>${e(w.title)} ${w.no} ${e(act.id)}</h1>
<p class="date">${date}</p>
<dl>
<dt>${w.operator}</dt><dd>${e(ctx.office.name)}, ${e(ctx.office.address)}</dd>
<dt>${w.processor}</dt><dd>${w.none}</dd>
<dt>${w.system}</dt><dd>${w.systemName}</dd>
<dt>${w.categories}</dt><dd>${w.categoryList}</dd>
<dt>${w.reason}</dt><dd>${w.reasonText}</dd>
<dt>${w.method}</dt><dd>${e(act.method)}</dd>
<dt>${w.date}</dt><dd>${date}</dd>
</dl>
<h2 style="font-size:12pt">${w.subjects}; ${w.carriers}</h2>
<table><thead><tr><th>${w.n}</th><th>${w.file}</th><th>${w.fullName}</th><th>${w.paymentType}</th><th>${w.formed}</th><th>${w.closed}</th><th>${w.sheets}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p>${w.total}: <b>${act.files.length}</b>, ${w.totalSheets}: <b>${sheets}</b></p>
<p><b>${w.log}</b></p>
<table class="log"><thead><tr><th>${w.logWhen}</th><th>${w.file}</th><th>${w.logEvent}</th><th>${w.logBy}</th></tr></thead>
<tbody>
${logRows(act, ctx)}
</tbody></table>
<p><b>${w.commission}</b></p>
<table class="signatures"><tbody>
${signatures}
</tbody></table>
</body></html>
`;
}

/**
 * The log extract: every event of each file the act lists, in order, each with its date and time in the
 * office's zone; the act's own line (the data erased) ends each file's part.
 */
function logRows(act: DestructionAct, ctx: ActPaperContext): string {
  const w = ACT_WORDS[ctx.lang];
  const e = escapeHtml;
  const when = (at: number) => `${dateText(ctx.dayOf(at), ctx.lang)} ${ctx.clockOf(at)}`;
  return act.files.flatMap((f) => ctx.history(f.id).map((h) => {
    const event = h.kind === 'destroyed' ? `${MOVE_DONE_WORDS.destroyed[ctx.lang]} ${w.no} ${e(h.detail)}. ${w.logErased}` : MOVE_DONE_WORDS[h.kind][ctx.lang];
    const by = h.kind === 'erased' ? '' : e(ctx.staffName(h.by));
    return `<tr><td class="when">${when(h.at)}</td><td class="id">${e(f.id)}</td><td>${event}</td><td>${by}</td></tr>`;
  })).join('\n');
}
