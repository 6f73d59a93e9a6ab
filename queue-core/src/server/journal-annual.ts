// The head's annual analysis: the rows of a year (or a quarter) and of the same period a year before,
// read in the statistics workers, turned into figures by journal/annual-figures.ts, and, asked for, laid
// out as the printable PDF (annual-pdf.ts) in the office language. Nothing personal is read or shown.
import { annualPeriod, annualReport, type AnnualReport } from '../journal/annual-figures.js';
import type { AnnualLang } from '../journal/annual-words.js';
import { periodText } from '../journal/annual-words.js';
import { officeDay } from '../domain/office-time.js';
import { fail, ok, type JournalAnswer, type JournalContext } from './journal-context.js';

export async function annualFigures(ctx: JournalContext, year: number, quarter: number | undefined): Promise<JournalAnswer<{ report: AnnualReport }>> {
  const period = annualPeriod(year, quarter);
  const previous = annualPeriod(year - 1, quarter);
  try {
    const [now, before] = await Promise.all([ctx.store.annualRows(period.from, period.to), ctx.store.annualRows(previous.from, previous.to)]);
    return ok({ report: annualReport(period, now, before, officeDay(ctx.queue.now(), ctx.tz)) });
  } catch (e) {
    ctx.log(`annual analysis failed: ${(e as Error).message}`);
    return fail('STORAGE_FAILED', `The annual analysis could not be read: ${(e as Error).message}`);
  }
}

/** The report as an A4 PDF, base64, with the file name the panel saves it under. */
export async function annualDocument(ctx: JournalContext, year: number, quarter: number | undefined, lang: AnnualLang): Promise<JournalAnswer<{ pdf: string; fileName: string; pages: number }>> {
  const figures = await annualFigures(ctx, year, quarter);
  if (!figures.ok) return figures;
  const { report } = figures.data;
  const config = ctx.queue.config;
  const at = ctx.queue.now();
  const madeOn = new Intl.DateTimeFormat({ ru: 'ru-RU', uk: 'uk-UA', en: 'en-GB' }[lang], { timeZone: config.office.timezone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
  const reasonName = (id: string) => { const r = config.journal.reasons.find((x) => x.id === id); return r ? (r.name[lang] ?? r.name.ru) : id; };
  try {
    // pdfkit and its fonts take some 25 MB: loaded when the first report is drawn, not with the daemon.
    const { annualPdf } = await import('./annual-pdf.js');
    const pdf = await annualPdf({ report, lang, office: config.office, madeOn, madeAt: at, reasonName });
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    const name = report.period.quarter ? `${year}-Q${report.period.quarter}` : String(year);
    ctx.log(`annual analysis: ${periodText(report.period, 'en')} made as a PDF of ${pages} pages (${pdf.length} bytes)`);
    return ok({ pdf: pdf.toString('base64'), fileName: `annual-${name}-${lang}.pdf`, pages });
  } catch (e) {
    ctx.log(`annual analysis PDF failed: ${(e as Error).message}`);
    return fail('INTERNAL', `The PDF of the annual analysis could not be made: ${(e as Error).message}`);
  }
}
