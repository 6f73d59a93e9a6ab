// The two papers a specialist hands over, as HTML for the booth's office printer (A5 portrait, or "Save
// as PDF" from the browser's print dialog): the receipt for accepted documents and the memo listing what
// is missing. Pure: everything it prints is passed in, and every value is escaped.
import type { Appeal } from './types.js';
import { APPEAL_TYPE_TEXT } from './labels.js';
import { officeDateText, type Zone } from '../domain/office-time.js';

export type DocumentKind = 'receipt' | 'memo';
type Lang = 'ru' | 'uk' | 'en';

export interface DocumentContext {
  office: { name: string; address: string; phones: string[]; timezone: string };
  /** The office's zone as the daemon reads it; by default `office.timezone` through Intl. */
  zone?: Zone;
  staffName: string;
  reasonName: string;
  lang: Lang;
}

const WORDS = {
  ru: {
    receipt: 'Расписка в приёме документов', memo: 'Памятка: недостающие документы', number: 'Регистрационный номер', date: 'Дата и время',
    ticket: 'Талон', citizen: 'Заявитель', passport: 'Паспорт', type: 'Вид обращения', reason: 'Вопрос', accepted: 'Приняты документы',
    missing: 'Для рассмотрения обращения необходимо представить', due: 'Срок рассмотрения — до', specialist: 'Специалист', signature: 'Подпись',
    memoNote: 'Принесите эти документы в клиентскую службу; талон можно взять в терминале или записаться к консультанту.', none: '—', phones: 'Телефоны',
  },
  uk: {
    receipt: 'Розписка про прийняття документів', memo: 'Пам’ятка: документи, яких бракує', number: 'Реєстраційний номер', date: 'Дата і час',
    ticket: 'Талон', citizen: 'Заявник', passport: 'Паспорт', type: 'Вид звернення', reason: 'Питання', accepted: 'Прийнято документи',
    missing: 'Для розгляду звернення необхідно подати', due: 'Строк розгляду — до', specialist: 'Спеціаліст', signature: 'Підпис',
    memoNote: 'Принесіть ці документи до клієнтської служби; талон можна взяти в терміналі або записатися до консультанта.', none: '—', phones: 'Телефони',
  },
  en: {
    receipt: 'Receipt for accepted documents', memo: 'Memo: documents still needed', number: 'Registration number', date: 'Date and time',
    ticket: 'Ticket', citizen: 'Applicant', passport: 'Passport', type: 'Appeal type', reason: 'Matter', accepted: 'Documents accepted',
    missing: 'To consider the appeal, please bring', due: 'To be considered by', specialist: 'Specialist', signature: 'Signature',
    memoNote: 'Bring these documents to the client office; take a ticket at the kiosk or book with the consultant.', none: '—', phones: 'Phones',
  },
} satisfies Record<Lang, Record<string, string>>;

/** Dates are written day first in all three: 24.11.2026, and in English 24/11/2026. */
const DATE_SEPARATOR: Record<Lang, string> = { ru: '.', uk: '.', en: '/' };

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The receipt or the memo for an appeal, as a complete HTML page that prints itself on A5. */
export function appealDocument(kind: DocumentKind, a: Appeal, ctx: DocumentContext): string {
  const w = WORDS[ctx.lang];
  const when = (at: number, time = true) => {
    const t = officeDateText(at, ctx.zone ?? ctx.office.timezone);
    const date = DATE_SEPARATOR[ctx.lang] === '.' ? t.date : t.date.replaceAll('.', DATE_SEPARATOR[ctx.lang]);
    return time ? `${date}, ${t.time}` : date;
  };
  const row = (label: string, value: string) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  const list = (items: string[]) => (items.length ? `<ol>${items.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ol>` : `<p>${w.none}</p>`);
  const title = kind === 'receipt' ? w.receipt : w.memo;
  const body = kind === 'receipt'
    ? `<h2>${escapeHtml(w.accepted)}</h2>${list(a.documents)}${a.dueAt ? `<p class="due">${escapeHtml(w.due)} ${escapeHtml(when(a.dueAt, false))}</p>` : ''}`
    : `<h2>${escapeHtml(w.missing)}</h2>${list(a.missingDocuments)}<p>${escapeHtml(w.memoNote)}</p>`;
  return `<!doctype html>
<html lang="${ctx.lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)} ${escapeHtml(a.id)}</title>
<style>
  @page { size: A5 portrait; margin: 12mm; }
  body { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 12pt; color: #000; max-width: 148mm; margin: 0 auto; }
  header { text-align: center; border-bottom: 1px solid #000; padding-bottom: 4mm; margin-bottom: 4mm; }
  header b { font-size: 13pt; }
  h1 { font-size: 14pt; text-align: center; margin: 4mm 0; }
  h2 { font-size: 12pt; margin: 4mm 0 2mm; }
  table { border-collapse: collapse; width: 100%; }
  th { text-align: left; font-weight: normal; color: #333; width: 45%; padding: 1mm 0; vertical-align: top; }
  td { padding: 1mm 0; }
  .due { font-weight: bold; }
  .sign { margin-top: 12mm; display: flex; justify-content: space-between; }
  @media screen { body { margin: 16px auto; } }
</style></head>
<body onload="window.print()">
<header><b>${escapeHtml(ctx.office.name)}</b><br>${escapeHtml(ctx.office.address)}${ctx.office.phones.length ? `<br>${escapeHtml(w.phones)}: ${escapeHtml(ctx.office.phones.join(', '))}` : ''}</header>
<h1>${escapeHtml(title)}</h1>
<table>
${row(w.number, a.id)}
${row(w.date, when(a.at))}
${a.ticketLabel ? row(w.ticket, a.ticketLabel) : ''}
${row(w.citizen, a.citizen?.fullName ?? w.none)}
${a.citizen?.passport ? row(w.passport, a.citizen.passport) : ''}
${row(w.type, APPEAL_TYPE_TEXT[a.appealType][ctx.lang])}
${row(w.reason, ctx.reasonName)}
</table>
${body}
<div class="sign"><span>${escapeHtml(w.specialist)}: ${escapeHtml(ctx.staffName)}</span><span>${escapeHtml(w.signature)} ____________</span></div>
</body></html>
`;
}
