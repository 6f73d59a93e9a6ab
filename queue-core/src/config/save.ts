// Writing the configuration back after the head of the service edits it in the panel: to a temporary
// file first, then renamed over the old one (kept as .bak), so a power cut never leaves half a file.
import { copyFile, rename, writeFile } from 'node:fs/promises';
import type { OfficeConfig } from './schema.js';

export async function saveConfigFile(path: string, config: OfficeConfig): Promise<void> {
  const tmp = `${path}.tmp`;
  await writeFile(tmp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o640 });
  await copyFile(path, `${path}.bak`).catch(() => {});
  await rename(tmp, path);
}
