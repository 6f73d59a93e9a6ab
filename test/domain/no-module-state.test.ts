// The rules keep nothing between calls: what a zone is, and any cache, belongs to whoever owns it (the
// daemon's ZoneBook), so two daemons, a test and a screen in one process never see each other's settings.
// Read from the source itself, so that a module-level `let` or cache added to domain/ later fails here.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { localTime, officeDay, zonedEpoch, ZoneBook, type ZoneSource } from '../../queue-core/src/domain/index.ts';

const DOMAIN = fileURLToPath(new URL('../../queue-core/src/domain/', import.meta.url));

/** Module-level declarations that can change after the module has loaded. */
function mutableModuleState(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const d of list.declarations) {
      const name = d.name.getText(source);
      if (!isConst) {
        found.push(`${where(d)} ${name}: a module-level let/var`);
        continue;
      }
      // A collection made at load time is state unless its declared type forbids changing it.
      const init = d.initializer;
      const declared = d.type?.getText(source) ?? '';
      if (init && ts.isNewExpression(init) && /^(Map|Set|WeakMap|WeakSet|Array)$/.test(init.expression.getText(source)) && !/^Readonly(Map|Set|Array)\b|^readonly /.test(declared)) {
        found.push(`${where(d)} ${name}: a module-level ${init.expression.getText(source)}`);
      }
    }
  }
  return found;
}

test('no file in domain/ holds module-level state: no let or var, no Map, Set or array made at load time', () => {
  const files = readdirSync(DOMAIN).filter((f) => f.endsWith('.ts'));
  assert.ok(files.includes('office-time.ts') && files.includes('queue.ts'), 'the domain folder is read');
  const found = files.flatMap((f) => mutableModuleState(f, readFileSync(DOMAIN + f, 'utf8')));
  assert.equal(found, [], found.join('\n'));
  // The check itself can fail.
  assert.equal(mutableModuleState('x.ts', 'let zoneSource = null;\nconst zones = new Map<string, number>();\nconst ok: ReadonlySet<string> = new Set();').length, 2);
});

test('two zone books in one process: each answers from its own source, neither changes the other', () => {
  // A made-up database in which Irkutsk keeps Moscow's UTC+3, beside one that asks Intl (UTC+8).
  const fake: ZoneSource = (name) => (name === 'Asia/Irkutsk' ? { name, transitions: [], offsets: [], initialOffset: 3 * 3600, rule: null } : null);
  const own = new ZoneBook(fake);
  const intl = new ZoneBook();
  const at = Date.UTC(2026, 10, 24, 20, 0);
  assert.is(officeDay(at, own.zone('Asia/Irkutsk')), '2026-11-24');
  assert.is(officeDay(at, intl.zone('Asia/Irkutsk')), '2026-11-25');
  assert.is(localTime(at, own.zone('Asia/Irkutsk')).minutes, 23 * 60);
  assert.is(localTime(at, intl.zone('Asia/Irkutsk')).minutes, 4 * 60);
  assert.is(zonedEpoch('2026-11-25', 9 * 60, own.zone('Asia/Irkutsk')), Date.UTC(2026, 10, 25, 6, 0));
  assert.ok(own.hasRules('Asia/Irkutsk') && !intl.hasRules('Asia/Irkutsk'));
  assert.is(own.zone('Asia/Irkutsk'), own.zone('Asia/Irkutsk'), 'a zone is made once per book');
  // A bare name reads Intl, whatever any book holds.
  assert.is(officeDay(at, 'Asia/Irkutsk'), '2026-11-25');
});

test.run();
