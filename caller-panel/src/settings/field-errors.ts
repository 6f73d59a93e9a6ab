// The core's refusals name the field they concern ("directions[1].prefix: expected 1–2 letters"): each is
// shown beside that field, and all of them in the list by the Save button, since a field may be on
// another section.
import { html, nothing } from 'lit';

export type FieldErrors = ReadonlyMap<string, string[]>;

/**
 * "directions[1].prefix: expected …" → path "directions[1].prefix", message "expected …". With `words`
 * (the same problems in the office language, "Направление 2: префикс — должен состоять из 1–2 букв"), the
 * field shows the words instead.
 */
export function fieldErrors(problems: readonly string[], words: readonly string[] = []): FieldErrors {
  const out = new Map<string, string[]>();
  problems.forEach((p, i) => {
    const m = /^([A-Za-z0-9_.[\]]+): (.*)$/s.exec(p);
    const [path, technical] = m ? [m[1]!, m[2]!] : ['', p];
    out.set(path, [...(out.get(path) ?? []), words[i] ?? technical]);
  });
  return out;
}

/** The messages for a field and for anything inside it (`booths[2].directions` holds `booths[2].directions[0]`). */
export function errorsAt(errors: FieldErrors, path: string): string[] {
  return [...errors].filter(([p]) => p === path || p.startsWith(`${path}[`) || p.startsWith(`${path}.`)).flatMap(([, m]) => m);
}

/** Whether any message concerns this section of the configuration (for the section's tab). */
export const sectionHasErrors = (errors: FieldErrors, root: string): boolean => [...errors.keys()].some((p) => p === root || p.startsWith(`${root}[`) || p.startsWith(`${root}.`));

/** The messages shown under a field. */
export function fieldError(errors: FieldErrors, path: string, exact = false) {
  const list = exact ? errors.get(path) ?? [] : errorsAt(errors, path);
  return list.length ? html`<span class="field-error" role="alert" data-path=${path}>${list.join('; ')}</span>` : nothing;
}
