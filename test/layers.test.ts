// The layers stay apart: the config check does not drag the printer libraries into every process that
// reads a config, and no module of the daemon or the hardware imports itself back through another.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LOADED = fileURLToPath(new URL('./helpers/loaded-modules.ts', import.meta.url));

/** The packages (under node_modules) that importing `module` loads, in a fresh process. */
async function packagesLoadedBy(module: string): Promise<Set<string>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', LOADED, module], { cwd: ROOT });
  return new Set((JSON.parse(stdout) as string[]).map((f) => f.split('/node_modules/').pop()!.split('/')[0]!));
}

test('reading the config schema loads no printer or sound library', async () => {
  const loaded = await packagesLoadedBy(join(ROOT, 'queue-core/src/config/schema.ts'));
  for (const lib of ['escpos', 'escpos-usb', 'usb', 'node-hid', 'qr-image', 'get-pixels', 'say', 'iconv-lite']) {
    assert.not.ok(loaded.has(lib), `config/schema.ts loaded ${lib}`);
  }
  // The check above can see a printer library when one is loaded.
  assert.ok((await packagesLoadedBy(join(ROOT, 'hardware/src/index.ts'))).has('escpos'));
});

/** Relative static imports and re-exports of each .ts file under the folders. */
async function importGraph(folders: string[]): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const text = await readFile(path, 'utf8');
        const specs = [...text.matchAll(/^\s*(?:import|export)\b[^'"`;]*?(?:\bfrom\s*)?'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]!);
        graph.set(path, specs.map((s) => resolve(dirname(path), s.replace(/\.js$/, '.ts'))));
      }
    }
  };
  for (const f of folders) await walk(join(ROOT, f));
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (!graph.has(dep)) continue;
      if (state.get(dep) === 'open') found.push([...path.slice(path.indexOf(dep)), dep]);
      else if (!state.has(dep)) visit(dep);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

test('no module imports itself back through others (type imports included)', async () => {
  const graph = await importGraph(['queue-core/src', 'hardware/src', 'kiosk/src', 'display/src', 'caller-panel/src']);
  assert.ok(graph.get(join(ROOT, 'queue-core/src/config/schema.ts'))!.length > 0, 'the imports are read');
  const found = cycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' → '));
  assert.equal(found, [], `import circles:\n  ${found.join('\n  ')}`);
});

test('the circle finder finds a circle', () => {
  const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  assert.equal(cycles(g), [['a', 'b', 'c', 'a']]);
});

test.run();
