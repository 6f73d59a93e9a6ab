// The devices in the panel, in headless Chromium: the head's list follows them as they change (a PA that
// cannot play shows as a failed voice in words at once, without a reload, with ALSA's own lines folded
// under "details"), and in the demo a specialist can press the booth's virtual call button.
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

test("the demo's virtual call button: booth 1's specialist presses it in the panel and the call happens", async () => {
  const errors: string[] = [];
  const d = await testDaemon();
  const browser = await launch();
  try {
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    await kiosk.request('issue', { directionId: 'documents' });
    const page = await signIn(browser, `${d.url}/panel/`, errors, { size: SIZES.panelSmall, role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
    await page.click('panel-app >> operator-view >> #press-call');
    await page.waitForSelector('panel-app >> operator-view >> #current-label >> text=Д100');
    await page.waitForSelector('panel-app >> .toast >> text=Кнопка кабины', { timeout: 3000 }).catch(() => {});
    await screenshot(page, 'panel-virtual-button');
    await d.devices.announcer!.idle();
    assert.equal(d.devices.announcer!.history.map((a) => [a.label, a.booth]), [['Д100', 1]], 'the call is announced');
    kiosk.close();
    await page.close();
  } finally {
    await browser.close();
    await d.stop();
  }
  assertNoPageErrors(errors);
});

test.run();
