// Each app's JavaScript as the browser downloads it, gzipped. Budget: 60 KB per app.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { row, verdict } from './stats.ts';

const ROOT = new URL('..', import.meta.url).pathname;

export async function bundleFigures() {
  console.log('\napps — JavaScript per app, gzipped (budget 60 KB)');
  for (const app of ['kiosk', 'display', 'caller-panel']) {
    const dir = join(ROOT, app, 'dist', 'assets');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.js'));
    let raw = 0, gz = 0;
    for (const f of files) {
      const bytes = await readFile(join(dir, f));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    row(`${app} (${files.length} file${files.length === 1 ? '' : 's'}, ${(raw / 1024).toFixed(1)} KB raw)`, `${(gz / 1024).toFixed(1)} KB`, verdict(gz <= 60 * 1024));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleFigures();
