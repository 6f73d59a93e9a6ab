// Papers and files the panel hands to the browser: the receipt or memo opens in its own tab, which prints
// itself on the booth's office printer (or saves as PDF); a report table downloads as CSV.
import type { QueueClient } from 'queue-core/protocol';
import { csvStyle, toCsv, type CsvCell, type Language } from 'queue-core/ui';

type Act = (p: Promise<unknown>) => Promise<unknown>;

export async function openDocument(client: QueueClient, act: Act, appealId: string, kind: 'receipt' | 'memo', lang: Language): Promise<void> {
  // The tab is opened at the click, before the answer, so that no pop-up blocker stops it.
  const tab = window.open('', '_blank');
  const answer = (await act(client.request('journalDocument', { appealId, kind, lang }))) as { html: string } | undefined;
  if (!answer) {
    tab?.close();
    return;
  }
  const url = URL.createObjectURL(new Blob([answer.html], { type: 'text/html;charset=utf-8' }));
  if (tab) tab.location.href = url;
  else window.location.assign(url);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A table as a CSV file, its numbers written as the screen writes them in the office language. */
export function downloadCsv(fileName: string, header: CsvCell[], rows: CsvCell[][], lang: Language): void {
  const { sep, decimal } = csvStyle(lang);
  const url = URL.createObjectURL(new Blob([toCsv(header, rows, sep, decimal)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
