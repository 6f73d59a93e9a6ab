// The head's panel in headless Chromium follows the devices as they change: a PA that cannot play shows
// as a failed voice in words at once, without a reload, with ALSA's own lines folded under "details".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon } from '../helpers/daemon.ts';

test('a voice failure appears on the open panel at once, in words, the raw message folded away', async () => {
  const errors: string[] = [];
  const d = await testDaemon({ config: demo((c) => { c.hardware.voice = { ...c.hardware.voice, output: 'alsa', alsaDevice: 'queue_test_no_such_pcm' }; }) });
  await d.devices.ready();
  const browser = await launch();
  try {
    const page = await signIn(browser, `${d.url}/panel/`, errors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999' });
    const voice = page.locator('panel-app >> supervisor-view >> device-list >> [data-device=voice]');
    await voice.waitFor();
    assert.is(await voice.getAttribute('data-state'), 'ok');
    assert.match((await voice.textContent())!, 'в порядке');
    const op = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    await kiosk.request('issue', { directionId: 'documents' });
    await op.request('callNext', {});
    await page.waitForSelector('panel-app >> supervisor-view >> device-list >> [data-device=voice][data-state=failed]', { timeout: 3000 });
    const text = (await voice.innerText()).replace(/\s+/g, ' ');
    assert.match(text, 'Голосовое оповещение: неисправен');
    assert.match(text, 'звуковое устройство из настроек не найдено');
    assert.not.match(text, 'ALSA lib', 'the raw lines are folded away');
    const details = voice.locator('details');
    assert.is(await details.getAttribute('open'), null);
    await details.locator('summary').click();
    assert.match((await details.locator('pre').innerText()), 'Unknown PCM queue_test_no_such_pcm');
    await screenshot(page, 'panel-voice-failed');
    op.close();
    kiosk.close();
    await page.close();
  } finally {
    await browser.close();
    await d.stop();
  }
  assertNoPageErrors(errors);
});

test.run();
