// What the daemon loads at start, read from the build's static imports: the schemas of its own answers
// (protocol/results.ts and the shapes they are built from) are for the contract, the docs and the tests;
// loaded by the daemon they would only cost it memory (about 2 MB of heap), on a Raspberry Pi that must
// hold a day of 10,000 tickets under 100 MB.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../queue-core/dist/', import.meta.url));

/** Every file of the build reached from `entry` by static `import … from` / `export … from` of relative paths. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+['"](\.{1,2}\/[^'"]+)['"]|^import\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const target = resolve(dirname(file), (m[1] ?? m[2])!);
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return new Set([...seen].map((f) => relative(DIST, f)));
}

test('the daemon does not load the schemas of its answers', () => {
  const graph = staticGraph(resolve(DIST, 'main.js'));
  // The walk must see the daemon's real modules, or its "not loaded" below would prove nothing.
  for (const used of ['daemon.js', 'server/dispatch.js', 'protocol/requests.js', 'config/schema.js']) assert.ok(graph.has(used), `${used} is reached from main.js`);
  assert.not.ok(graph.has('protocol/results.js'), 'protocol/results.js is loaded by the daemon');
  assert.not.ok(graph.has('protocol/shapes.js'), 'protocol/shapes.js is loaded by the daemon');
});

test.run();
