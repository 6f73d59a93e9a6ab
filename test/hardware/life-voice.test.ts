// The voice of a life situation: when a step finishes the PA sends the citizen on ("наступний крок: пройдіть
// до кабіни номер три"), in the office's language, as a real WAV written by the simulator; the call at the
// next step is the ordinary call naming its booth.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Announcer, FilePlayer, PieceCache, chooseEngine, durationMs, parseWav, rms } from '../../hardware/src/index.ts';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

test('a Ukrainian office hears the next step in Ukrainian, spoken by espeak-ng into a real WAV', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'life-voice-'));
  try {
    const choice = await chooseEngine('espeak-ng', 'uk');
    const player = new FilePlayer(join(dir, 'out'));
    const a = new Announcer({ language: 'uk', volume: 1, repeat: 1, choice, cache: new PieceCache(choice.engine!, join(dir, 'cache')), player });
    const toBooth = await a.announceNextStep('Р101', 3);
    assert.equal(toBooth.pieces, ['Талон', 'ер', 'сто', 'один', 'наступний крок', 'пройдіть до кабіни номер', 'три']);
    const toLine = await a.announceNextStep('Р101', null);
    assert.equal(toLine.pieces, ['Талон', 'ер', 'сто', 'один', 'наступний крок', 'очікуйте виклику']);
    for (const [i, said] of [toBooth, toLine].entries()) {
      const wav = parseWav(await readFile(player.written[i]!));
      assert.is(wav.rate, 16000);
      assert.ok(said.durationMs > 2000, `${said.durationMs} ms`);
      // Speech after the chime, not silence.
      assert.ok(rms(wav, durationMs(wav) - said.durationMs + 1500, durationMs(wav) - 200) > 300, 'the words are audible');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('on the real daemon of a Ukrainian office, finishing a step sends the citizen on over the PA, and the next call names the booth', async () => {
  const clock = { t: at('2026-11-24', '09:00') };
  const d = await testDaemon({
    config: demo((c) => { c.office.language = 'uk'; c.hardware.voice.language = 'uk'; c.schedule.alwaysOpen = false; }),
    now: () => clock.t,
  });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const two = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
  const three = await ready(client(d, { role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 }));
  try {
    await kiosk.request('issue', { directionId: 'birth' });
    await two.request('callNext', {});
    await two.request('finish', { result: 'accepted' });
    await three.request('callNext', {});
    const history = d.devices.announcer!.history;
    await until(() => history.length === 3, 30_000, () => `announcements: ${history.map((h) => h.pieces.join(' ')).join(' | ')}`);
    assert.equal(history.map((h) => [h.label, h.booth, h.pieces.join(' ')]), [
      ['Р100', 2, 'Талон ер сто пройдіть до кабіни номер два'],
      ['Р100', 3, 'Талон ер сто наступний крок пройдіть до кабіни номер три'],
      ['Р100', 3, 'Талон ер сто пройдіть до кабіни номер три'],
    ]);
  } finally {
    for (const c of [kiosk, two, three]) c.close();
    await d.stop();
  }
});

test.run();
