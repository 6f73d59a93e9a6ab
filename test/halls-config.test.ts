// Halls in the configuration: absent, one hall holds everything as before; listed, each booth and
// direction in at most one hall, those left out in the first, and every mistake named in words.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { demoConfig } from '../queue-core/src/config/demo.ts';
import { ConfigError, parseConfigText } from '../queue-core/src/config/load.ts';
import { problemWords } from '../queue-core/src/config/problem-words.ts';
import { hallOfTicket, hallsOf, speakersForBooth } from '../queue-core/src/domain/halls.ts';
import { goToHallText } from '../queue-core/src/domain/hall-words.ts';
import { twoHalls } from './helpers/halls.ts';

const config = (change: (c: any) => void) => {
  const c = structuredClone(demoConfig) as any;
  change(c);
  return c;
};
/** Whether a problem starts with `text` (the loader adds what it got: ", got 2"). */
const has = (found: string[], text: string) => assert.ok(found.some((p) => p.startsWith(text)), `${text}\nin\n${found.join('\n')}`);
const problems = (c: unknown): string[] => {
  try {
    parseConfigText(JSON.stringify(c), 'office.json');
  } catch (e) {
    assert.instance(e, ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected the config to be refused');
};

test('an office without halls has one, holding every booth and direction: today\'s behaviour', () => {
  const c = parseConfigText(JSON.stringify(demoConfig), 'demo');
  assert.is(c.halls, undefined);
  const halls = hallsOf(c);
  assert.is(halls.length, 1);
  assert.equal(halls[0]!.booths, [1, 2, 3, 4]);
  assert.equal(halls[0]!.directions, ['certificates', 'documents', 'consultation']);
  assert.equal(speakersForBooth(c, 2), [undefined], 'the office\'s one PA');
});

test('two halls: booths and directions where listed, those left out in the first hall, a ticket in the hall of its booth', () => {
  const c = parseConfigText(JSON.stringify(config((c) => {
    twoHalls(c);
    c.halls[0].booths = [1];
    c.halls[0].directions = [];
  })), 'office.json');
  const [h1, h2] = hallsOf(c);
  assert.equal(h1!.booths, [1, 2]);
  assert.equal(h1!.directions, ['certificates']);
  assert.equal(h2!.booths, [3, 4]);
  assert.is(hallOfTicket(c, { directionId: 'documents', booth: null, targetBooth: null })!.id, 'h2');
  assert.is(hallOfTicket(c, { directionId: 'documents', booth: null, targetBooth: 1 })!.id, 'h1', 'sent to booth 1');
  assert.is(hallOfTicket(c, { directionId: 'documents', booth: 2, targetBooth: null })!.id, 'h1', 'called at booth 2');
  assert.equal(speakersForBooth(c, 3), ['hall2']);
});

test('a booth or direction in two halls, an unknown one, a booth serving another hall\'s direction: each named, in words', () => {
  const found = problems(config((c) => {
    twoHalls(c);
    c.halls[1].booths = [2, 3, 4, 7];
    c.halls[1].directions = ['documents', 'consultation', 'certificates', 'passports'];
  }));
  has(found, 'halls[1].booths: booth 2 is already in hall "h1"');
  has(found, 'halls[1].booths: unknown booth 7');
  has(found, 'halls[1].directions: direction "certificates" is already in hall "h1"');
  has(found, 'halls[1].directions: unknown direction "passports"');
  assert.is(problemWords('halls[1].booths: booth 2 is already in hall "h1"', 'ru'), 'Зал 2: Кабины — кабина 2 уже в зале «h1»');
  assert.is(problemWords('halls[1].directions: unknown direction "passports"', 'uk'), 'Зал 2: Напрями — немає напряму «passports»');

  const crossed = problems(config((c) => {
    twoHalls(c);
    c.booths[0].directions = ['certificates', 'documents'];
  }));
  assert.is(crossed.length, 1, crossed.join('\n'));
  has(crossed, 'booths[0].directions: booth 1 is in hall "h1" but direction "documents" is in hall "h2"');
  assert.match(problemWords(crossed[0]!, 'ru'), 'Кабина 1: Направления — кабина 1 в зале «h1», а направление «documents» — в зале «h2»');

  const twice = problems(config((c) => { twoHalls(c); c.halls[1].id = 'h1'; }));
  has(twice, 'halls[1]: hall id "h1" is used twice');
  const empty = problems(config((c) => { twoHalls(c); c.halls.push({ id: 'h3', name: { ru: 'Зал 3' } }); }));
  assert.is(empty.length, 1, empty.join('\n'));
  has(empty, 'halls[2].booths: hall "h3" has no booth');
  assert.is(problemWords(empty[0]!, 'ru'), 'Зал 3: Кабины — в зале «h3» нет ни одной кабины');
});

test('"go to hall 2" in the three languages; a hall name a Russian ticket page cannot print is refused', () => {
  const name = { ru: 'Зал 2', uk: 'Зал 2', en: 'Hall 2' };
  assert.is(goToHallText(name, 'ru'), 'Пройдите в зал 2');
  assert.is(goToHallText(name, 'uk'), 'Пройдіть у зал 2');
  assert.is(goToHallText(name, 'en'), 'Please go to Hall 2');
  const found = problems(config((c) => { twoHalls(c); c.halls[1].name.ru = 'Зал «Ґанок»'; }));
  assert.ok(found.some((p) => p.startsWith('hardware.printer.codePage: cp866 cannot print Ґ (in halls[1].name.ru)')), found.join('\n'));
});

test.run();
