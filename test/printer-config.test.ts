// The printer's code page in the office config: it follows the office language, its ESC t number follows
// the printer's maker, and a page that cannot print the office's own texts is refused with the letters.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { demoConfig } from '../queue-core/src/config/demo.ts';
import { validateConfig } from '../queue-core/src/config/load.ts';
import { printerConfig } from '../queue-core/src/config/printer-settings.ts';

const ukOffice = (printer: Record<string, unknown>) => {
  const c = structuredClone(demoConfig) as any;
  c.office.language = 'uk';
  c.office.name = 'Відділ соціального захисту населення';
  c.office.address = 'м. Рівне, вул. Ґудзя, 5';
  c.hardware.printer = { transport: 'simulated', ...printer };
  return c;
};
const check = (c: unknown) => {
  const r = validateConfig(c);
  return r.ok ? { ok: true as const, config: r.config } : { ok: false as const, problems: r.problems };
};

test('a Ukrainian office is refused a code page that cannot print its letters, and told which', () => {
  const r = check(ukOffice({ codePage: 'cp866' }));
  assert.is(r.ok, false);
  const problem = !r.ok ? r.problems.find((p) => p.includes('hardware.printer.codePage')) : undefined;
  assert.ok(problem, !r.ok ? r.problems.join('\n') : '');
  assert.match(problem!, 'cp866 cannot print і Ґ І');
  assert.match(problem!, 'office.name');
  assert.match(problem!, 'office.address');
  assert.match(problem!, 'priorities[1].name.uk');
  assert.match(problem!, 'cp1251 or cp1125');
});

test('the code page follows the office language when not set, and its number the printer\'s maker', () => {
  const uk = check(ukOffice({}));
  assert.ok(uk.ok, !uk.ok ? uk.problems.join('\n') : '');
  assert.equal([printerConfig(uk.config!).codePage, printerConfig(uk.config!).codePageNumber], ['cp1251', 46]);
  const cp1125 = check(ukOffice({ codePage: 'cp1125' }));
  assert.equal(printerConfig(cp1125.config!).codePageNumber, 44);
  const ru = check(structuredClone(demoConfig));
  assert.equal([printerConfig(ru.config!).codePage, printerConfig(ru.config!).codePageNumber], ['cp866', 17]);
  const own = check(ukOffice({ codePage: 'cp1251', maker: 'other', codePageNumber: 73 }));
  assert.equal(printerConfig(own.config!).codePageNumber, 73);
  const unknown = check(ukOffice({ codePage: 'cp1125', maker: 'xprinter' }));
  assert.is(unknown.ok, false);
  assert.ok(!unknown.ok && unknown.problems.some((p) => p.includes('hardware.printer.codePageNumber') && p.includes('no known ESC t number for cp1125')));
});

test.run();
