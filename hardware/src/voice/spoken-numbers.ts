// Numbers and letters as they are spoken in a call: "Д105" → "дэ сто пять" (Russian), "де сто п'ять"
// (Ukrainian). Words come back one by one, so that each is synthesized once and reused.

export type VoiceLanguage = 'ru' | 'uk';

const WORDS: Record<VoiceLanguage, { zero: string; units: string[]; teens: string[]; tens: string[]; hundreds: string[]; thousand: [string, string, string]; femaleOne: string; femaleTwo: string }> = {
  ru: {
    zero: 'ноль',
    units: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
    teens: ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'],
    tens: ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'],
    hundreds: ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'],
    thousand: ['тысяча', 'тысячи', 'тысяч'],
    femaleOne: 'одна',
    femaleTwo: 'две',
  },
  uk: {
    zero: 'нуль',
    units: ['', 'один', 'два', 'три', 'чотири', 'п\'ять', 'шість', 'сім', 'вісім', 'дев\'ять'],
    teens: ['десять', 'одинадцять', 'дванадцять', 'тринадцять', 'чотирнадцять', 'п\'ятнадцять', 'шістнадцять', 'сімнадцять', 'вісімнадцять', 'дев\'ятнадцять'],
    tens: ['', '', 'двадцять', 'тридцять', 'сорок', 'п\'ятдесят', 'шістдесят', 'сімдесят', 'вісімдесят', 'дев\'яносто'],
    hundreds: ['', 'сто', 'двісті', 'триста', 'чотириста', 'п\'ятсот', 'шістсот', 'сімсот', 'вісімсот', 'дев\'ятсот'],
    thousand: ['тисяча', 'тисячі', 'тисяч'],
    femaleOne: 'одна',
    femaleTwo: 'дві',
  },
};

/** 1 → form 0, 2–4 → form 1, 0 and 5–20 → form 2, by the last two digits as Slavic plurals go. */
export function pluralForm(n: number): 0 | 1 | 2 {
  const d = n % 100;
  if (d >= 11 && d <= 14) return 2;
  const u = n % 10;
  return u === 1 ? 0 : u >= 2 && u <= 4 ? 1 : 2;
}

function below1000(n: number, lang: VoiceLanguage, female: boolean): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  if (n >= 100) out.push(w.hundreds[Math.floor(n / 100)]!);
  const rest = n % 100;
  if (rest >= 10 && rest < 20) out.push(w.teens[rest - 10]!);
  else {
    if (rest >= 20) out.push(w.tens[Math.floor(rest / 10)]!);
    const u = rest % 10;
    if (u > 0) out.push(female && u === 1 ? w.femaleOne : female && u === 2 ? w.femaleTwo : w.units[u]!);
  }
  return out;
}

/** Masculine cardinal words for 0–999 999. */
export function numberWords(n: number, lang: VoiceLanguage): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`cannot speak ${n}`);
  if (n === 0) return [WORDS[lang].zero];
  const thousands = Math.floor(n / 1000);
  const out: string[] = [];
  if (thousands > 0) out.push(...below1000(thousands, lang, true), WORDS[lang].thousand[pluralForm(thousands)]);
  out.push(...below1000(n % 1000, lang, false));
  return out;
}

const LETTERS: Record<VoiceLanguage, Record<string, string>> = {
  ru: {
    А: 'а', Б: 'бэ', В: 'вэ', Г: 'гэ', Д: 'дэ', Е: 'е', Ё: 'ё', Ж: 'жэ', З: 'зэ', И: 'и', Й: 'и краткое', К: 'ка', Л: 'эль', М: 'эм',
    Н: 'эн', О: 'о', П: 'пэ', Р: 'эр', С: 'эс', Т: 'тэ', У: 'у', Ф: 'эф', Х: 'ха', Ц: 'цэ', Ч: 'че', Ш: 'ша', Щ: 'ща', Э: 'э', Ю: 'ю', Я: 'я',
    A: 'а', B: 'бэ', C: 'цэ', D: 'дэ', E: 'е', F: 'эф', G: 'гэ', H: 'аш', I: 'и', J: 'жи', K: 'ка', L: 'эль', M: 'эм', N: 'эн', O: 'о',
    P: 'пэ', Q: 'ку', R: 'эр', S: 'эс', T: 'тэ', U: 'у', V: 'вэ', W: 'дубль вэ', X: 'икс', Y: 'игрек', Z: 'зэт',
  },
  uk: {
    А: 'а', Б: 'бе', В: 'ве', Г: 'ге', Ґ: 'ґе', Д: 'де', Е: 'е', Є: 'є', Ж: 'же', З: 'зе', И: 'и', І: 'і', Ї: 'ї', Й: 'йот', К: 'ка',
    Л: 'ел', М: 'ем', Н: 'ен', О: 'о', П: 'пе', Р: 'ер', С: 'ес', Т: 'те', У: 'у', Ф: 'еф', Х: 'ха', Ц: 'це', Ч: 'че', Ш: 'ша', Щ: 'ща',
    Ю: 'ю', Я: 'я', Ь: 'м\'який знак',
    A: 'а', B: 'бі', C: 'сі', D: 'ді', E: 'і', F: 'еф', G: 'джі', H: 'ейч', I: 'ай', J: 'джей', K: 'кей', L: 'ел', M: 'ем', N: 'ен',
    O: 'оу', P: 'пі', Q: 'к\'ю', R: 'ар', S: 'ес', T: 'ті', U: 'ю', V: 'ві', W: 'дабл-ю', X: 'екс', Y: 'вай', Z: 'зед',
  },
};

export function letterName(letter: string, lang: VoiceLanguage): string {
  return LETTERS[lang][letter.toUpperCase()] ?? letter.toLowerCase();
}

/** "Д105" → ["дэ", "сто", "пять"]. */
export function ticketWords(label: string, lang: VoiceLanguage): string[] {
  const m = /^(\p{L}*)(\d+)$/u.exec(label);
  if (!m) throw new Error(`not a ticket label: ${label}`);
  return [...[...m[1]!].map((l) => letterName(l, lang)), ...numberWords(Number(m[2]), lang)];
}
