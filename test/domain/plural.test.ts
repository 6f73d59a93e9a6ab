// The people ahead of a ticket agree with their number in every office language, the same on the kiosk's
// ticket screen and on the phone's ticket page: "1 особа", "2 особи", "5 осіб", "21 особа".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { aheadText, plural, pluralCategory } from '../../queue-core/src/domain/plural.ts';
import { TICKET_PAGE_WORDS } from '../../queue-core/src/domain/ticket-page-words.ts';
import { TEXT as KIOSK_TEXT } from '../../kiosk/src/strings.ts';

const EXPECTED = {
  ru: { 0: 'Перед вами никого нет', 1: 'Перед вами: 1 человек', 2: 'Перед вами: 2 человека', 5: 'Перед вами: 5 человек', 11: 'Перед вами: 11 человек', 21: 'Перед вами: 21 человек', 22: 'Перед вами: 22 человека', 112: 'Перед вами: 112 человек' },
  uk: { 0: 'Перед вами нікого немає', 1: 'Перед вами: 1 особа', 2: 'Перед вами: 2 особи', 5: 'Перед вами: 5 осіб', 11: 'Перед вами: 11 осіб', 21: 'Перед вами: 21 особа', 22: 'Перед вами: 22 особи', 112: 'Перед вами: 112 осіб' },
  en: { 0: 'Nobody is ahead of you', 1: '1 person ahead of you', 2: '2 people ahead of you', 5: '5 people ahead of you', 11: '11 people ahead of you', 21: '21 people ahead of you', 22: '22 people ahead of you', 112: '112 people ahead of you' },
} as const;

test('the people ahead on the kiosk and the phone take the plural form of their number (1, 2, 5, 11, 21, 22, 112)', () => {
  for (const lang of ['ru', 'uk', 'en'] as const) {
    for (const [n, text] of Object.entries(EXPECTED[lang])) {
      assert.is(aheadText(Number(n), lang), text, `${lang} ${n}`);
      assert.is(KIOSK_TEXT[lang].ahead(Number(n)), text, `kiosk ${lang} ${n}`);
      assert.is(TICKET_PAGE_WORDS[lang].ahead(Number(n)), text, `phone ${lang} ${n}`);
    }
  }
});

test('the plural categories are those of the Unicode rules the browsers know, for whole numbers 0–250 and fractions', () => {
  const locales = { ru: 'ru-RU', uk: 'uk-UA', en: 'en-GB' } as const;
  for (const lang of ['ru', 'uk', 'en'] as const) {
    const rules = new Intl.PluralRules(locales[lang]);
    for (let n = 0; n <= 250; n++) assert.is(pluralCategory(n, lang), rules.select(n), `${lang} ${n}`);
    for (const n of [0.5, 1.5, 2.5, 21.5]) assert.is(pluralCategory(n, lang), rules.select(n), `${lang} ${n}`);
  }
  assert.is(plural(3, 'uk', { one: 'особа', few: 'особи', many: 'осіб', other: 'особи' }), 'особи');
  assert.is(plural(3, 'ru', { other: 'чел.' }), 'чел.', 'a form the words lack falls back to other');
});

test.run();
