// Reads, validates and prepares the office configuration. A bad file is reported field by field, in one
// message an installer can act on, never as a stack trace.
import { readFile } from 'node:fs/promises';
import { officeConfigSchema, TIMEZONE_EXPECTED, type OfficeConfig } from './schema.js';
import { ZoneBook } from '../domain/zone-book.js';
import { hashPin } from './pins.js';
import { issueMessages } from '../validation-messages.js';

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[], source: string) {
    super(`${source}:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** `directions[1].prefix` from zod's ['directions', 1, 'prefix']. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(root)';
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The configuration is a few levels deep; anything far deeper is a mistake (or an attack), not an office. */
export const MAX_DEPTH = 16;

/**
 * The path of the first value nested deeper than MAX_DEPTH, or null. Walked with a stack of its own, since
 * the validator and the message builder recurse and would overflow on input nested thousands deep.
 */
function tooDeep(input: unknown): PropertyKey[] | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) return path;
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return null;
}

/**
 * Validates an already-parsed config object; returns the config or the list of problems. The time zone is
 * looked up in `zones` (the daemon's, which reads the system's database; by default Intl's).
 */
export function validateConfig(input: unknown, zones: ZoneBook = new ZoneBook()): { ok: true; config: OfficeConfig } | { ok: false; problems: string[] } {
  const deep = tooDeep(input);
  if (deep) return { ok: false, problems: [`${formatPath(deep)}: nested deeper than ${MAX_DEPTH} levels; no setting is nested this deep`] };
  const parsed = officeConfigSchema.safeParse(input, { errorMap: issueMessages });
  const zone = valueAt(input, ['office', 'timezone']);
  const zoneProblem = typeof zone === 'string' && zone !== '' && !zones.isTimeZone(zone) ? [`office.timezone: ${TIMEZONE_EXPECTED}, got ${describe(zone)}`] : [];
  if (parsed.success) {
    // With no supervisor nobody could sign in to edit the configuration: only a shell could mend it.
    const unrun = parsed.data.staff.some((s) => s.role === 'supervisor') ? [] : ['staff: keep at least one supervisor, or nobody could edit the configuration again'];
    const problems = [...zoneProblem, ...unrun];
    return problems.length === 0 ? { ok: true, config: parsed.data } : { ok: false, problems };
  }
  const problems = parsed.error.issues.map((issue) => {
    const got = valueAt(input, issue.path);
    const message = issue.message.replace(/, received .*$/, '');
    if (got === undefined && issue.code === 'invalid_type') return `${formatPath(issue.path)}: ${message}`;
    if (issue.code === 'unrecognized_keys') return `${formatPath(issue.path)}: ${message}`;
    const mentionsValue = issue.code === 'custom' && /used twice|unknown/.test(message);
    return `${formatPath(issue.path)}: ${message}${mentionsValue ? '' : `, got ${describe(got)}`}`;
  });
  return { ok: false, problems: [...problems, ...zoneProblem] };
}

/** Replaces plain PINs with scrypt hashes so that nothing downstream ever sees a PIN. */
export function sealPins(config: OfficeConfig): OfficeConfig {
  return {
    ...config,
    staff: config.staff.map(({ pin, ...s }) => (pin ? { ...s, pinHash: hashPin(pin) } : s)),
  };
}

export function parseConfigText(text: string, source: string, zones?: ZoneBook): OfficeConfig {
  let raw: unknown;
  try {
    // Windows Notepad starts a UTF-8 file with a byte-order mark, which JSON does not allow.
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    throw new ConfigError([`not valid JSON: ${(e as Error).message}`], source);
  }
  const result = validateConfig(raw, zones);
  if (!result.ok) throw new ConfigError(result.problems, source);
  return sealPins(result.config);
}

export async function loadConfigFile(path: string, zones?: ZoneBook): Promise<OfficeConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new ConfigError([`cannot read the file: ${why}`], path);
  }
  return parseConfigText(text, path, zones);
}
