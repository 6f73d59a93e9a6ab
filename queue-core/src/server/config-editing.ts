// Editing the office configuration over the protocol: `getConfig`, and `setConfig`, which checks a new
// configuration as the config file is checked, applies it, saves it, and re-sends every screen its view.
import { queueError } from '../domain/errors.js';
import { sealPins, validateConfig } from '../config/load.js';
import { saveConfigFile } from '../config/save.js';
import type { Handler } from './context.js';

export const getConfig: Handler<'getConfig'> = (_req, _s, ctx) => ({ data: { config: ctx.service.config, savedTo: ctx.options.configFile ?? null } });

export const setConfig: Handler<'setConfig'> = async (req, _s, ctx) => {
  const checked = validateConfig(req.config);
  if (!checked.ok) return { error: queueError('CONFIG_INVALID', checked.problems.join('; '), { problems: checked.problems }) };
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
  return { data: { savedTo: file, restartNeeded: JSON.stringify(before.hardware) !== JSON.stringify(next.hardware) } };
};
