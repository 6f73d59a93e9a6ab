// The /healthz report: each part's state as it is, and a top-level status that is `degraded` with the
// problems named whenever any part fails (the database's writes, the disk, the printer, the voice, a call
// button), so a monitor that reads only `status` is not told `ok` while tickets cannot be saved or printed.

export interface HealthParts {
  database: { state: string; detail?: string };
  disk: { state: string; detail?: string };
  printer: { state: string; detail?: string };
  voice: { state: string; detail?: string };
  buttons: { booth: number; state: string; detail?: string }[];
}

/** What fails now, one line a part. */
export function healthProblems(p: HealthParts): string[] {
  const problems: string[] = [];
  const why = (part: { state: string; detail?: string }) => (part.detail ? `${part.state}: ${part.detail}` : part.state);
  if (p.database.state !== 'ok') problems.push(`database ${why(p.database)}`);
  if (p.disk.state === 'full' || p.disk.state === 'low') problems.push(`disk ${why(p.disk)}`);
  if (p.printer.state === 'failed') problems.push(`printer ${why(p.printer)}`);
  if (p.voice.state === 'failed') problems.push(`voice ${why(p.voice)}`);
  for (const b of p.buttons) if (b.state === 'missing') problems.push(`button of booth ${b.booth} ${why(b)}`);
  return problems;
}

/** The whole report: the status and its problems first, then the caller's details and the parts. */
export function healthReport<T extends HealthParts>(details: Record<string, unknown>, parts: T) {
  const problems = healthProblems(parts);
  return { status: problems.length > 0 ? ('degraded' as const) : ('ok' as const), problems, ...details, ...parts };
}
