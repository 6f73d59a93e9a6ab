// Small helpers for benchmark figures: percentiles over samples and aligned printing.

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (samples: number[]) => percentile(samples, 50);

export function row(label: string, value: string, note = ''): void {
  console.log(`  ${label.padEnd(52)} ${value.padStart(14)}  ${note}`);
}

export const ms = (v: number) => `${v.toFixed(2)} ms`;

export function verdict(ok: boolean): string {
  return ok ? 'within target' : 'OVER TARGET';
}
