// The list of a settlement's citizens printed for the visit (A4 landscape, a column to mark who was
// seen), as a complete HTML page that prints itself. Pure: everything it prints is passed in, escaped.
import type { ListedCitizen, OutreachVisit } from './outreach-types.js';
import { LIST_WORDS } from './outreach-words.js';
import { escapeHtml } from './documents.js';

export interface ListPaperContext {
  office: { name: string; address: string };
  specialistNames: string[];
  lang: 'ru' | 'uk' | 'en';
}

export function listPaper(v: OutreachVisit, citizens: ListedCitizen[], ctx: ListPaperContext): string {
  const w = LIST_WORDS[ctx.lang];
  const [y, m, d] = v.day.split('-');
  const date = ctx.lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
  const rows = citizens.map((c, i) => `<tr><td>${i + 1}</td><td>${escapeHtml(c.fullName)}</td><td>${escapeHtml(c.address)}</td><td>${escapeHtml(c.phone)}</td><td>${escapeHtml(c.question)}</td><td></td></tr>`).join('\n');
  return `<!doctype html>
<html lang="${ctx.lang}"><head><meta charset="utf-8"><title>${escapeHtml(w.title)} — ${escapeHtml(v.settlement)}, ${date}</title>
<style>
  @page { size: A4 landscape; margin: 12mm; }
  body { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 11pt; color: #000; margin: 0 auto; }
  header { text-align: center; border-bottom: 1px solid #000; padding-bottom: 3mm; margin-bottom: 3mm; }
  h1 { font-size: 14pt; text-align: center; margin: 3mm 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0 0 4mm; }
  dt { color: #333; }
  dd { margin: 0; font-weight: bold; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
  th { background: #eee; }
  td:first-child { width: 8mm; text-align: right; }
  td:last-child { width: 30mm; }
  tr { page-break-inside: avoid; }
  @media screen { body { margin: 16px; } }
</style></head>
<body onload="window.print()">
<header><b>${escapeHtml(ctx.office.name)}</b><br>${escapeHtml(ctx.office.address)}</header>
<h1>${escapeHtml(w.title)}</h1>
<dl><dt>${w.settlement}</dt><dd>${escapeHtml(v.settlement)}</dd><dt>${w.day}</dt><dd>${date}</dd>
<dt>${w.specialists}</dt><dd>${escapeHtml(ctx.specialistNames.join(', '))}</dd><dt>${w.total}</dt><dd>${citizens.length}</dd></dl>
${citizens.length ? `<table><thead><tr><th>${w.n}</th><th>${w.fullName}</th><th>${w.address}</th><th>${w.phone}</th><th>${w.question}</th><th>${w.note}</th></tr></thead>
<tbody>
${rows}
</tbody></table>` : `<p>${w.empty}</p>`}
</body></html>
`;
}
