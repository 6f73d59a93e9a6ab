// Each app's JavaScript as the browser downloads it, gzipped. Budget: 60 KB per app.
//
// The kiosk and the display are one bundle each: the figure is all of their JavaScript.
// The caller panel is split (caller-panel/src/lazy.ts): the sign-in screen and the shell load first, each
// role's screen when that role has signed in, the heavy tabs (journal, statistics, annual analysis, case
// files, outreach, reception, settings) when first opened. What a staff member's PC waits for is the first
// download of its role: the entry chunk and every chunk it imports statically, plus the role's screen and
// every chunk that imports statically (a browser fetches static imports before running a module; dynamic
// ones only when the code asks). That figure is judged per role against the budget, from Vite's manifest
// (dist/.vite/manifest.json: each chunk's `imports` and `dynamicImports`). The total of all the panel's
// chunks, what a head downloads after opening every tab, is printed for information and not judged.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { row, verdict } from './stats.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const BUDGET = 60 * 1024;
/** The source module of each role's screen, as the manifest names it. */
const PANEL_ROLES = { operator: 'src/operator-view.ts', consultant: 'src/consultant-view.ts', supervisor: 'src/supervisor-view.ts', archivist: 'src/archivist-view.ts' };

interface ManifestChunk { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
type Manifest = Record<string, ManifestChunk>;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Raw and gzipped sizes of some files of an app's dist. */
async function sizes(dist: string, files: Iterable<string>) {
  let raw = 0, gz = 0, count = 0;
  for (const f of files) {
    const bytes = await readFile(join(dist, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    count++;
  }
  return { raw, gz, count };
}

const filesLabel = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

async function wholeApp(app: string) {
  const dist = join(ROOT, app, 'dist');
  const files = (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => join('assets', f));
  return sizes(dist, files);
}

/** The chunk of `key` and every chunk it imports statically, directly or not: what loading it fetches. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bench: the manifest has no chunk ${key}`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const dep of chunk.imports ?? []) staticClosure(manifest, dep, into);
  return into;
}

async function callerPanel() {
  const dist = join(ROOT, 'caller-panel', 'dist');
  const manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (entries.length !== 1) throw new Error(`bench: the caller panel should have one entry chunk, not ${entries.length}`);
  const shell = staticClosure(manifest, entries[0]!);
  const first = await sizes(dist, shell);
  row(`caller-panel sign-in (${filesLabel(first.count)}, ${kb(first.raw)} raw)`, kb(first.gz), verdict(first.gz <= BUDGET));
  for (const [role, source] of Object.entries(PANEL_ROLES)) {
    const s = await sizes(dist, staticClosure(manifest, source, new Set(shell)));
    row(`caller-panel ${role} (${filesLabel(s.count)}, ${kb(s.raw)} raw)`, kb(s.gz), verdict(s.gz <= BUDGET));
  }
  const all = await wholeApp('caller-panel');
  row(`caller-panel, all chunks (${filesLabel(all.count)}, ${kb(all.raw)} raw)`, kb(all.gz), 'for information');
}

export async function bundleFigures() {
  console.log(`\napps — JavaScript per app, gzipped (budget ${BUDGET / 1024} KB; the caller panel: each role's first download)`);
  for (const app of ['kiosk', 'display']) {
    const s = await wholeApp(app);
    row(`${app} (${filesLabel(s.count)}, ${kb(s.raw)} raw)`, kb(s.gz), verdict(s.gz <= BUDGET));
  }
  await callerPanel();
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleFigures();
