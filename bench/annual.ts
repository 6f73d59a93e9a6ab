// The annual analysis over the ten years of bench/journal.ts: the head's figures for the last whole year
// beside the year before (the statistics' grouped reads, the appeals by type and reason, and the bodies of
// that year's consultations and returned sets), and the A4 PDF made from them. Target: the figures ≤ 1 s.
import { performance } from 'node:perf_hooks';
import type { JournalStore } from '../queue-core/src/store/journal-store.ts';
import { annualPeriod, annualReport, figureOf } from '../queue-core/src/journal/annual-figures.ts';
import { annualPdf } from '../queue-core/src/server/annual-pdf.ts';
import { median, ms, row, verdict } from './stats.ts';

async function time<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await work();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), result };
}

/** `lastDay` is the newest office day of the data: the year before it is the last whole one. */
export async function annualBench(journal: JournalStore, lastDay: string): Promise<void> {
  const year = Number(lastDay.slice(0, 4)) - 1;
  const figures = async (quarter?: number) => {
    const now = annualPeriod(year, quarter), before = annualPeriod(year - 1, quarter);
    const [a, b] = await Promise.all([journal.annualRows(now.from, now.to), journal.annualRows(before.from, before.to)]);
    return annualReport(now, a, b);
  };
  const whole = await time(5, () => figures());
  const served = figureOf(whole.result, 'served').now ?? 0;
  if (served === 0 || whole.result.missingDocuments.length === 0) throw new Error(`the annual figures of ${year} came out empty`);
  row(`annual analysis, ${year} beside ${year - 1}, median of 5 (target ≤ 1000 ms)`, ms(whole.ms), `${served.toLocaleString('en')} served ${verdict(whole.ms <= 1000)}`);
  const quarter = await time(5, () => figures(4));
  row(`annual analysis, Q4 ${year} beside Q4 ${year - 1}, median of 5`, ms(quarter.ms), verdict(quarter.ms <= 1000));
  const pdf = await time(5, () => annualPdf({
    report: whole.result, lang: 'ru', office: { name: 'Клиентская служба', address: 'г. Гусиноозёрск, ул. Пушкина, 12' },
    madeOn: '02.12.2026', madeAt: Date.UTC(2026, 11, 2), reasonName: (id) => id,
  }));
  row(`annual analysis PDF made (A4, charts), median of 5 (target ≤ 1000 ms)`, ms(pdf.ms), `${(pdf.result.length / 1024).toFixed(0)} KB ${verdict(pdf.ms <= 1000)}`);
}
