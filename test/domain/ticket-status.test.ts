// The ticket on the phone, as pure parts: the ticket's state, people ahead and wait as the core counts
// them; when the phone buzzes; the token that opens one ticket only; the page's words and its script,
// which must run on an old phone's browser (ES5).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import ts from 'typescript';
import { placeInLine } from '../../queue-core/src/domain/estimate.ts';
import { lineFor } from '../../queue-core/src/domain/routing.ts';
import { ticketStatus } from '../../queue-core/src/domain/ticket-status.ts';
import { TICKET_PAGE_WORDS } from '../../queue-core/src/domain/ticket-page-words.ts';
import { TicketTokens, ticketToken } from '../../queue-core/src/server/ticket-tokens.ts';
import { PAGE_SCRIPT, pageStatus, ticketPageHtml } from '../../queue-core/src/server/ticket-page.ts';
import { TEXT as KIOSK_TEXT } from '../../kiosk/src/strings.ts';
import { Office, at, officeConfig } from '../helpers/office.ts';

const SECRET = Buffer.alloc(32, 7);

test('the people ahead are those the line calls first: a veteran who came later stands before me', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  const first = office.issue('documents').ticket;
  office.advance(1);
  const second = office.issue('documents').ticket;
  office.advance(1);
  office.issue('documents', 'veteran');
  const s = ticketStatus(office.state, office.config, office.state.tickets.get(second.id)!, office.now);
  // The veteran Д102, then Д100, are called before Д101.
  assert.equal(lineFor(office.state, office.config, { number: 1, directions: ['documents'] }, office.now).map((t) => t.label), ['Д102', 'Д100', 'Д101']);
  assert.is(s.kind, 'waiting');
  assert.is(s.ahead, 2);
  assert.equal({ ahead: s.ahead, waitMinutes: s.waitMinutes }, placeInLine(office.state, office.config, office.state.tickets.get(second.id)!, office.now), 'the kiosk\'s own count');
  assert.is(s.waitMinutes, 40, 'two people of 20 minutes with no booth open: one booth counted');
  assert.is(ticketStatus(office.state, office.config, office.state.tickets.get(first.id)!, office.now).ahead, 1, 'the veteran stands before the first ticket too');
});

test('the phone buzzes once two are ahead, and again (under a new key) for each call, with the booth', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  for (let i = 0; i < 4; i++) office.issue('certificates');
  const mine = office.issue('certificates').ticket;
  const status = () => ticketStatus(office.state, office.config, office.state.tickets.get(mine.id)!, office.now);
  assert.is(status().ahead, 4);
  assert.is(status().buzz, null);
  office.open(3);
  office.callNext(3);
  assert.is(status().ahead, 3);
  assert.is(status().buzz, null, 'three ahead: not yet');
  office.do({ type: 'finish', booth: 3, result: 'certificate' });
  office.callNext(3);
  assert.is(status().ahead, 2);
  assert.is(status().buzz?.key, 'near:0');
  for (let i = 0; i < 2; i++) {
    office.do({ type: 'finish', booth: 3, result: 'certificate' });
    office.callNext(3);
    assert.is(status().buzz?.key, 'near:0', 'the same moment: no second buzz');
  }
  office.do({ type: 'finish', booth: 3, result: 'certificate' });
  assert.is(office.callNext(3), mine.label);
  const called = status();
  assert.equal([called.kind, called.booth, called.buzz?.key], ['called', 3, 'called:0:0']);
  office.do({ type: 'recall', booth: 3 });
  assert.is(status().buzz?.key, 'called:0:1', 'a recall buzzes again');
  office.do({ type: 'start', booth: 3 });
  assert.equal([status().kind, status().booth, status().buzz], ['serving', 3, null]);
  office.do({ type: 'finish', booth: 3, result: 'certificate' });
  assert.equal([status().kind, status().booth], ['finished', null]);
});

test('the page says it in the office language, the wait and the people ahead as the kiosk says them', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  office.issue('documents');
  const mine = office.issue('documents').ticket;
  const s = ticketStatus(office.state, office.config, office.state.tickets.get(mine.id)!, office.now);
  for (const language of ['ru', 'uk', 'en'] as const) {
    const page = pageStatus(s, { language, officeName: 'x', directionName: 'y', time: '09:00' });
    assert.is(page.headline, KIOSK_TEXT[language].ahead(1));
    assert.ok(page.details[0]!.endsWith(`20\u00a0${language === 'en' ? 'min' : language === 'uk' ? 'хв' : 'мин'}`), 'the wait is not broken between its number and unit');
    assert.is(page.details[0]!.replace(/\u00a0/g, ' '), KIOSK_TEXT[language].estimated(language === 'en' ? '20 min' : language === 'uk' ? '20 хв' : '20 мин'));
  }
  office.open(2);
  office.callNext(2);
  office.do({ type: 'finish', booth: 2, result: 'accepted' });
  office.callNext(2);
  const called = pageStatus(ticketStatus(office.state, office.config, office.state.tickets.get(mine.id)!, office.now), { language: 'uk', officeName: 'x', directionName: 'y', time: '09:05' });
  assert.is(called.headline, 'Пройдіть до кабіни 2');
  assert.equal(called.details, ['Вас викликають!']);
  assert.is(called.updated, 'Оновлено о 09:05');
  assert.is(TICKET_PAGE_WORDS.ru.goTo(3), 'Пройдите в кабину 3');
});

test('a token is 128 bits from the secret and the ticket\'s id: another ticket, day or secret gives another', () => {
  const t = ticketToken(SECRET, '2026-11-24/documents/105');
  assert.match(t, /^[A-Za-z0-9_-]{22}$/);
  assert.is(Buffer.from(t, 'base64url').length, 16);
  assert.is(ticketToken(SECRET, '2026-11-24/documents/105'), t, 'a reprint carries the same token');
  const others = [ticketToken(SECRET, '2026-11-24/documents/106'), ticketToken(SECRET, '2026-11-25/documents/105'), ticketToken(Buffer.alloc(32, 8), '2026-11-24/documents/105')];
  assert.is(new Set([t, ...others]).size, 4);
});

test('a token finds only its own ticket of today; another day\'s, a changed letter or junk finds none', () => {
  const tokens = new TicketTokens(SECRET);
  const today = [{ id: '2026-11-24/documents/100', day: '2026-11-24' }, { id: '2026-11-24/documents/101', day: '2026-11-24' }];
  const mine = tokens.tokenOf(today[1]!.id);
  assert.is(tokens.find(mine, '2026-11-24', today), '2026-11-24/documents/101');
  const flipped = (mine[0] === 'A' ? 'B' : 'A') + mine.slice(1);
  assert.is(tokens.find(flipped, '2026-11-24', today), null);
  assert.is(tokens.find(`${mine}x`, '2026-11-24', today), null);
  assert.is(tokens.find('../../etc/passwd', '2026-11-24', today), null);
  assert.is(tokens.find(mine, '2026-11-25', today), null, 'the next day yesterday\'s ticket opens nothing');
  assert.is(tokens.find(tokens.tokenOf('2026-11-25/documents/100'), '2026-11-25', [{ id: '2026-11-25/documents/100', day: '2026-11-25' }]), '2026-11-25/documents/100');
});

/** Syntax an old phone's browser cannot read (ES2015 and later), found in a script. */
function newerThanEs5(script: string): string[] {
  const file = ts.createSourceFile('page.js', script, ts.ScriptTarget.ES5, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const newer = new Set([
    ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.TemplateExpression, ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.ClassDeclaration,
    ts.SyntaxKind.ClassExpression, ts.SyntaxKind.SpreadElement, ts.SyntaxKind.ForOfStatement, ts.SyntaxKind.ObjectBindingPattern,
    ts.SyntaxKind.ArrayBindingPattern, ts.SyntaxKind.AwaitExpression, ts.SyntaxKind.YieldExpression, ts.SyntaxKind.ImportDeclaration,
    ts.SyntaxKind.ExportDeclaration, ts.SyntaxKind.ShorthandPropertyAssignment,
  ]);
  const visit = (node: ts.Node) => {
    if (newer.has(node.kind)) found.push(ts.SyntaxKind[node.kind]);
    if (ts.isVariableDeclarationList(node) && node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) found.push('let/const');
    if (ts.isIdentifier(node) && ['fetch', 'Promise', 'Symbol', 'Map', 'Set'].includes(node.text)) found.push(node.text);
    if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && (node.asteriskToken || node.modifiers?.length)) found.push('async or generator function');
    if (ts.isParameter(node) && node.initializer) found.push('default parameter');
    ts.forEachChild(node, visit);
  };
  visit(file);
  if ((file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length) found.push('syntax error');
  return found;
}

test('the page\'s script is plain ES5: no let, arrows, templates, fetch or promises', () => {
  assert.equal(newerThanEs5(PAGE_SCRIPT), []);
  assert.equal(newerThanEs5('const a = () => `x${1}`; fetch("/")'), ['let/const', 'ArrowFunction', 'TemplateExpression', 'fetch'], 'the check finds what it looks for');
  const html = ticketPageHtml(pageStatus({ label: 'Д105', directionId: 'documents', kind: 'waiting', ahead: 3, waitMinutes: 45, booth: null, buzz: null }, { language: 'ru', officeName: '<b>Офис</b>', directionName: 'Сдача документов', time: '09:00' }), { language: 'ru', officeName: '<b>Офис</b>', directionName: 'Сдача документов', time: '09:00' }, { statusUrl: 'abc.json', refreshSeconds: 10 });
  assert.ok(html.includes('&#60;b&#62;Офис&#60;/b&#62;'), 'the office\'s texts are escaped');
  assert.ok(html.includes('<meta http-equiv="refresh" content="30">'), 'without script, the page refreshes itself');
  assert.ok(html.includes('Перед вами: 3 человека') && html.includes('Ожидаемое время: около 45\u00a0мин'));
});

test.run();
