// Editing the office configuration over the protocol: `getConfig` (without the PIN hashes), and
// `setConfig`, which keeps the hashes of the staff sent without a PIN, checks the new configuration as the
// config file is checked, applies it, saves it, and re-sends every screen its view.
import { queueError } from '../domain/errors.js';
import { sealPins, validateConfig } from '../config/load.js';
import { saveConfigFile } from '../config/save.js';
import { problemWords } from '../config/problem-words.js';
import type { Handler } from './context.js';
import type { Language, OfficeConfig } from '../config/schema.js';
import { keepPinHashes, withoutPinHashes } from '../config/staff-pins.js';

export const getConfig: Handler<'getConfig'> = (_req, _s, ctx) => ({ data: { config: withoutPinHashes(ctx.service.config), savedTo: ctx.options.configFile ?? null } });

/**
 * An editor who takes away her own rights is locked out at once: only a shell on the daemon's machine could
 * mend it. (A configuration with no supervisor at all is refused by `validateConfig`, from a file as here.)
 */
function lockout(staff: unknown, editor: string | undefined, lang: Language): { problems: string[]; words: string[] } {
  const problems: string[] = [];
  const words: string[] = [];
  const own = (Array.isArray(staff) ? (staff as { id?: unknown; role?: unknown }[]) : []).find((s) => s?.id === editor);
  if (editor !== undefined && !own) {
    problems.push(`staff: you (${editor}) cannot remove yourself; let another supervisor do it`);
    words.push({ ru: 'Сотрудники: нельзя удалить самого себя — попросите другого руководителя', uk: 'Співробітники: не можна видалити самого себе — попросіть іншого керівника', en: 'Staff: you cannot remove yourself — ask another head of the service' }[lang]);
  } else if (own && own.role !== 'supervisor') {
    problems.push(`staff: you (${editor}) cannot take away your own supervisor role; let another supervisor do it`);
    words.push({ ru: 'Сотрудники: нельзя снять с себя роль руководителя — попросите другого руководителя', uk: 'Співробітники: не можна зняти з себе роль керівника — попросіть іншого керівника', en: 'Staff: you cannot take away your own head role — ask another head of the service' }[lang]);
  }
  return { problems, words };
}

/**
 * A refused configuration: `problems` as the config file's checks word them (English, with the path), for
 * logs and integrators; `words` the same problems in the office language, for the head of the service.
 */
const refused = (problems: string[], words: string[]) => ({ error: queueError('CONFIG_INVALID', problems.join('; '), { problems, words }) });

export const setConfig: Handler<'setConfig'> = async (req, s, ctx) => {
  const checked = validateConfig(keepPinHashes(req.config, ctx.service.config), ctx.service.zones);
  // The office language of the configuration in use: the one sent may be what is broken.
  const lang = ctx.service.config.office.language;
  const locked = lockout((req.config as { staff?: unknown }).staff, s.staffId, lang);
  if (!checked.ok || locked.problems.length > 0) {
    // Taking her own head role away is what left the office without one: one problem, said once.
    const problems = checked.ok ? [] : checked.problems.filter((p) => !(locked.problems.length > 0 && p.startsWith('staff: keep at least one supervisor')));
    return refused([...problems, ...locked.problems], [...problems.map((p) => problemWords(p, lang)), ...locked.words]);
  }
  const next = sealPins(checked.config);
  const before = ctx.service.config;
  const outcome = await ctx.service.reconfigure(next);
  if (!outcome.ok) return { error: outcome.error };
  const file = ctx.options.configFile ?? null;
  if (file) {
    try {
      await saveConfigFile(file, next);
    } catch (e) {
      ctx.log(`config applied but not saved to ${file}: ${(e as Error).message}`);
      return { error: queueError('STORAGE_FAILED', `The configuration is in use but could not be saved to ${file}: ${(e as Error).message}`) };
    }
  }
  ctx.log(`configuration changed${file ? ` and saved to ${file}` : ''}`);
  // Those whose rights the change removed are told and cut off before anyone gets the new view.
  ctx.endSessionsWithoutRights();
  ctx.resnapshot();
  // The devices and the ticket page's guest listener are set up at start.
  const atStart = (c: typeof next) => JSON.stringify([c.hardware, c.ticketPage ?? null]);
  return { data: { savedTo: file, restartNeeded: atStart(before) !== atStart(next) } };
};
