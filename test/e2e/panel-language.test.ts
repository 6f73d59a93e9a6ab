// The staff panel speaks the office's language, in headless Debian Chromium at 1366×768: a Ukrainian
// office's panel signs in and calls in Ukrainian from the first screen, and a specialist who picks another
// language keeps it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn } from '../helpers/browser.ts';
import { demo, testDaemon } from '../helpers/daemon.ts';

test('a Ukrainian office\'s panel is in Ukrainian from the sign-in form on, until someone picks another language', async () => {
  const errors: string[] = [];
  const d = await testDaemon({ config: demo((c) => { c.office.language = 'uk'; }) });
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: SIZES.panelSmall });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${d.url}/panel/`);
    await page.waitForSelector('panel-app >> .login h1 >> text=Пульт електронної черги', { timeout: 5000 });
    assert.is(await page.locator('panel-app >> #login').textContent(), 'Увійти');
    await page.close();
    const panel = await signIn(browser, `${d.url}/panel/`, errors, { size: SIZES.panelSmall, role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 });
    await panel.waitForSelector('panel-app >> operator-view >> #call-next');
    assert.match(await panel.locator('panel-app >> operator-view >> #call-next').textContent() ?? '', 'Викликати наступного');
    await screenshot(panel, 'panel-operator-uk-office');
    await panel.selectOption('panel-app >> select[aria-label="Язык"]', 'en');
    await panel.waitForSelector('panel-app >> operator-view >> #call-next >> text=Call next');
    await panel.locator('panel-app >> operator-view >> #call-next').click();
    assert.match(await panel.locator('panel-app >> operator-view >> #call-next').textContent() ?? '', 'Call next', 'the chosen language stays');
    await panel.close();
  } finally {
    await browser.close();
    await d.stop();
  }
  assertNoPageErrors(errors);
});

test.run();
