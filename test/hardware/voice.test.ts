// Voice over the PA: Russian and Ukrainian words for tickets and booths, real WAV from festival and
// espeak-ng, and announcements checked by measuring the audio, not by ear.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm, symlink, writeFile, chmod, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  Announcer, EspeakEngine, FestivalEngine, FilePlayer, PieceCache, announcementPieces, chime, chooseEngine, concat, durationMs,
  numberWords, parseWav, rms, sayAloud, speakable, ticketWords, wavBytes, silence, resample,
} from '../../hardware/src/index.ts';

test('numbers are spoken as correct Russian and Ukrainian words', () => {
  const ru = (n: number) => numberWords(n, 'ru').join(' ');
  const uk = (n: number) => numberWords(n, 'uk').join(' ');
  assert.is(ru(105), 'сто пять');
  assert.is(ru(100), 'сто');
  assert.is(ru(111), 'сто одиннадцать');
  assert.is(ru(240), 'двести сорок');
  assert.is(ru(999), 'девятьсот девяносто девять');
  assert.is(ru(2), 'два');
  assert.is(ru(0), 'ноль');
  assert.is(ru(1000), 'одна тысяча');
  assert.is(ru(2004), 'две тысячи четыре');
  assert.is(ru(5012), 'пять тысяч двенадцать');
  assert.is(ru(21000), 'двадцать одна тысяча');
  assert.is(uk(105), 'сто п\'ять');
  assert.is(uk(249), 'двісті сорок дев\'ять');
  assert.is(uk(2000), 'дві тисячі');
});

test('a ticket is its letter name and its number', () => {
  assert.equal(ticketWords('Д105', 'ru'), ['дэ', 'сто', 'пять']);
  assert.equal(ticketWords('С100', 'ru'), ['эс', 'сто']);
  assert.equal(ticketWords('К117', 'ru'), ['ка', 'сто', 'семнадцать']);
  assert.equal(ticketWords('Д105', 'uk'), ['де', 'сто', 'п\'ять']);
});

test('the template gives the pieces in order, with a pause at the comma', () => {
  const p = announcementPieces('Талон {ticket}, пройдите в кабину номер {booth}', 'Д105', 2, 'ru');
  assert.equal(p, [{ text: 'Талон' }, { text: 'дэ' }, { text: 'сто' }, { text: 'пять' }, { pauseMs: 180 }, { text: 'пройдите в кабину номер' }, { text: 'два' }]);
});

test('nothing but letters, digits and plain punctuation reaches a speech engine', () => {
  assert.is(speakable('Талон ") (system "rm -rf /") ("'), 'Талон system rm -rf');
  assert.is(speakable('a\\b;c'), 'a b c');
});

test('the chime is our own sound: three rising tones, then quiet', () => {
  const c = chime();
  assert.ok(durationMs(c) > 900 && durationMs(c) < 1500, `${durationMs(c)} ms`);
  assert.ok(rms(c, 0, 200) > 2000, 'it starts at once');
  assert.ok(rms(c, durationMs(c) - 50) < rms(c, 0, 200) / 10, 'and fades out');
});

test('WAV files round-trip and other rates are brought to 16 kHz', () => {
  const pcm = { rate: 22050, samples: Int16Array.from({ length: 22050 }, (_, i) => Math.round(10000 * Math.sin(i / 10))) };
  const back = parseWav(wavBytes(pcm));
  assert.equal([back.rate, back.samples.length, back.samples[100]], [22050, 22050, pcm.samples[100]]);
  const r = resample(back);
  assert.is(r.rate, 16000);
  assert.ok(Math.abs(durationMs(r) - 1000) < 1);
});

test('festival with the Russian voice renders real speech, whatever the text tries', async () => {
  const f = await FestivalEngine.available();
  assert.ok(f.ok, f.why);
  const marker = join(tmpdir(), `queue-pwned-${process.pid}`);
  const out = await new FestivalEngine().render(['сто пять', `дэ") (system "touch ${marker}") ("`]);
  const word = out.get('сто пять')!;
  assert.is(word.rate, 16000);
  assert.ok(durationMs(word) > 300 && durationMs(word) < 2000, `${durationMs(word)} ms`);
  assert.ok(rms(word) > 500, 'it is not silence');
  assert.ok(durationMs(out.get(`дэ") (system "touch ${marker}") ("`)!) > 100);
  await access(marker).then(() => assert.unreachable('festival ran the injected Scheme'), () => {});
});

test('espeak-ng speaks Russian and Ukrainian', async () => {
  for (const lang of ['ru', 'uk'] as const) {
    const out = await new EspeakEngine(lang).render(['сто']);
    assert.ok(rms(out.get('сто')!) > 500 && durationMs(out.get('сто')!) > 150, lang);
  }
});

test('an announcement is the chime, then the pieces in order, written as a real WAV by the simulator', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'voice-'));
  const choice = await chooseEngine('festival', 'ru');
  assert.is(choice.state, 'ok');
  const cache = new PieceCache(choice.engine!, join(dir, 'cache'));
  const player = new FilePlayer(join(dir, 'out'));
  const a = new Announcer({ language: 'ru', volume: 1, repeat: 1, choice, cache, player });
  const first = await a.announce('Д105', 2);
  assert.equal(first.pieces, ['Талон', 'дэ', 'сто', 'пять', 'пройдите в кабину номер', 'два']);
  const wav = parseWav(await readFile(player.written[0]!));
  assert.is(wav.rate, 16000);
  // Rebuild the expected sound from the cached pieces and compare sample for sample.
  const words = await cache.get(first.pieces);
  const gap = silence(40);
  const expected = concat([chime(), silence(150), words.get('Талон')!, gap, words.get('дэ')!, gap, words.get('сто')!, gap, words.get('пять')!, gap,
    silence(180), gap, words.get('пройдите в кабину номер')!, gap, words.get('два')!, gap]);
  assert.is(wav.samples.length, expected.samples.length);
  assert.ok(Buffer.from(wav.samples.buffer).equals(Buffer.from(expected.samples.buffer)), 'every piece in its place');
  let at = durationMs(chime()) + 150;
  for (const w of first.pieces) {
    const len = durationMs(words.get(w)!);
    assert.ok(rms(wav, at, at + len) > 300, `"${w}" is audible at ${Math.round(at)} ms`);
    at += len + 40 + (w === 'пять' ? 220 : 0);
  }
  assert.ok(first.durationMs > 2500 && first.durationMs < 8000, `${first.durationMs} ms`);
  await rm(dir, { recursive: true, force: true });
});

test('a second call uses the cache; calls queue up and never overlap; repeat and volume apply', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'voice-'));
  const choice = await chooseEngine('espeak-ng', 'ru');
  const cache = new PieceCache(choice.engine!, join(dir, 'cache'));
  const player = new FilePlayer(join(dir, 'out'));
  const a = new Announcer({ language: 'ru', volume: 0.5, repeat: 2, choice, cache, player });
  await a.warm(['Д', 'С'], [1, 2, 3, 4]);
  const renders = cache.renders;
  const [x, y] = await Promise.all([a.announce('Д105', 1), a.announce('С117', 3)]);
  assert.is(cache.renders, renders, 'nothing new was synthesized for a call');
  assert.equal(player.written.map((f) => basename(f)), ['0001-Д105-1.wav', '0002-С117-3.wav'], 'in the order called');
  assert.equal([x.label, y.label], ['Д105', 'С117']);
  const single = new Announcer({ language: 'ru', volume: 1, repeat: 1, choice, cache, player });
  const once = await single.announce('Д105', 1);
  assert.ok(x.durationMs > once.durationMs + 1000, 'the words are said twice');
  const loud = parseWav(await readFile(player.written[2]!)), quiet = parseWav(await readFile(player.written[0]!));
  assert.ok(Math.abs(rms(quiet, 0, 500) / rms(loud, 0, 500) - 0.5) < 0.02, 'volume 0.5 halves the level');
  // A fresh announcer on the same folder finds the pieces on disk.
  const again = new PieceCache(choice.engine!, join(dir, 'cache'));
  await again.get(['сто', 'пять']);
  assert.is(again.renders, 0);
  await rm(dir, { recursive: true, force: true });
});

test('without festival the voice falls back to espeak-ng and says so; without both, only the chime sounds', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'voice-path-'));
  await symlink('/usr/bin/espeak-ng', join(dir, 'espeak-ng'));
  const path = process.env.PATH;
  try {
    process.env.PATH = dir;
    const fallback = await chooseEngine('festival', 'ru');
    assert.is(fallback.state, 'fallback');
    assert.is(fallback.engine!.name, 'espeak-ng');
    assert.match(fallback.detail!, 'festival is not installed');
    process.env.PATH = join(dir, 'empty');
    const none = await chooseEngine('festival', 'ru');
    assert.is(none.state, 'failed');
    const player = new FilePlayer(join(dir, 'out'));
    const a = new Announcer({ language: 'ru', volume: 1, repeat: 1, choice: none, cache: null, player });
    assert.is(a.status().state, 'failed');
    const chimeOnly = await a.announce('Д105', 2);
    assert.ok(Math.abs(chimeOnly.durationMs - durationMs(chime()) - 150) < 1);
  } finally {
    process.env.PATH = path;
    await rm(dir, { recursive: true, force: true });
  }
});

test('a Ukrainian office speaks with espeak-ng by design: that is its voice, not a fallback', async () => {
  for (const wanted of ['festival', 'espeak-ng'] as const) {
    const uk = await chooseEngine(wanted, 'uk');
    assert.is(uk.state, 'ok', wanted);
    assert.is(uk.engine!.name, 'espeak-ng');
    assert.is(uk.engine!.language, 'uk');
    assert.is(uk.detail, undefined, 'nothing to warn about');
    const a = new Announcer({ language: 'uk', volume: 1, repeat: 1, choice: uk, cache: null, player: new FilePlayer(tmpdir()) });
    assert.is(a.status().state, 'simulated');
  }
  const ru = await chooseEngine('festival', 'ru');
  assert.equal([ru.state, ru.engine!.name], ['ok', 'festival'], 'Russian speaks with festvox-ru');
});

/** The RMS level in dBFS of the 20 ms windows of a stretch that are not silence (above -45 dBFS). */
function levelDbfs(pcm: { rate: number; samples: Int16Array }, fromMs = 0, toMs = durationMs(pcm)): number {
  const w = pcm.rate / 50, a = Math.floor((fromMs * pcm.rate) / 1000), b = Math.floor((toMs * pcm.rate) / 1000);
  let sum = 0, n = 0;
  for (let i = a; i + w <= b; i += w) {
    let e = 0;
    for (let j = i; j < i + w; j++) e += pcm.samples[j]! ** 2;
    if (10 * Math.log10(e / w / 32768 ** 2) > -45) (sum += e), (n += w);
  }
  return 10 * Math.log10(sum / n / 32768 ** 2);
}

test('festival in Russian, espeak-ng in Ukrainian and the chime are equally loud (within 1 dB)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'voice-level-'));
  const levels: Record<string, number> = {};
  for (const [lang, engine, label] of [['ru', 'festival', 'Д105'], ['uk', 'espeak-ng', 'Д105']] as const) {
    const choice = await chooseEngine(engine, lang);
    assert.is(choice.engine!.name, engine);
    const player = new FilePlayer(join(dir, lang));
    const a = new Announcer({ language: lang, volume: 1, repeat: 1, choice, cache: new PieceCache(choice.engine!, null), player });
    await a.announce(label, 2);
    const wav = parseWav(await readFile(player.written[0]!));
    const speechFrom = durationMs(chime()) + 150;
    levels[lang] = levelDbfs(wav, speechFrom);
    levels.chime = levelDbfs(wav, 0, durationMs(chime()));
  }
  const spread = Math.max(...Object.values(levels)) - Math.min(...Object.values(levels));
  assert.ok(spread <= 1, `levels in dBFS: ${JSON.stringify(levels)}`);
  assert.ok(levels.ru! > -24 && levels.ru! < -16, `speech is at a sensible level: ${levels.ru}`);
  await rm(dir, { recursive: true, force: true });
});

test('say drives festival with our voice and text that cannot break out of its string', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'say-'));
  const log = join(dir, 'stdin.txt');
  // A stand-in festival that records what say pipes into it.
  await writeFile(join(dir, 'festival'), `#!/bin/sh\ncat > ${log}\n`);
  await chmod(join(dir, 'festival'), 0o755);
  const path = process.env.PATH;
  try {
    process.env.PATH = `${dir}:${path}`;
    await sayAloud('Проверка "связи") (system "reboot")');
    const piped = await readFile(log, 'utf8');
    assert.is(piped, '(voice_msu_ru_nsh_clunits) (SayText "Проверка связи system reboot")');
  } finally {
    process.env.PATH = path;
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
