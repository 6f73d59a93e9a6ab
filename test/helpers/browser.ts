// Debian's Chromium, headless, driven by playwright-core (never a downloaded browser).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as assert from 'uvu/assert';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { until } from './daemon.ts';

export const SCREENS = fileURLToPath(new URL('../.artifacts/screens/', import.meta.url));

/**
 * Keeps a picture of a screen in test/.artifacts/screens/ for people to look at, when the run asks for
 * them (`SCREENSHOTS=1 npm test`). No test reads these pictures, and each costs a full render and a PNG
 * encoding, so an ordinary run takes none.
 */
export async function screenshot(target: Page | Locator, name: string, o: { fullPage?: boolean } = {}): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  const path = `${SCREENS}${name}.png`;
  await ('goto' in target ? target.screenshot({ path, ...o }) : target.screenshot({ path }));
}

/** Starts Chromium for a suite's `before` hook; uvu does not print a hook's error, so a failed start is printed here. */
export async function launch(): Promise<Browser> {
  await mkdir(SCREENS, { recursive: true });
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
    });
  } catch (e) {
    console.error(`\nChromium did not start from ${executablePath} (apt-get install chromium): ${(e as Error).message.split('\n')[0]}\n`);
    throw e;
  }
}

export const SIZES = {
  kioskPortrait: { width: 1080, height: 1920 },
  kioskLandscape: { width: 1920, height: 1080 },
  hall: { width: 1920, height: 1080 },
  booth: { width: 800, height: 480 },
  panelSmall: { width: 1366, height: 768 },
  panelLarge: { width: 1920, height: 1080 },
} as const;

/**
 * Opens the caller panel and signs in as a staff member (at a booth for an operator). Script errors of the
 * page are collected into `errors`, for the test to check.
 */
export async function signIn(
  browser: Browser, panelUrl: string, errors: string[],
  who: { size: { width: number; height: number }; role: string; staffId: string; pin: string; booth?: number; locale?: string; clockAt?: number },
): Promise<Page> {
  const page = await browser.newPage({ viewport: who.size, acceptDownloads: true, ...(who.locale ? { locale: who.locale } : {}) });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  // A page whose clock Playwright drives, running from `clockAt`.
  if (who.clockAt !== undefined) await page.clock.install({ time: who.clockAt });
  await page.goto(panelUrl);
  await page.waitForSelector('panel-app >> #booth >> option >> nth=3', { state: 'attached' });
  await page.selectOption('panel-app >> #role', who.role);
  await page.fill('panel-app >> #staff-id', who.staffId);
  await page.fill('panel-app >> #pin', who.pin);
  if (who.booth) await page.selectOption('panel-app >> #booth', String(who.booth));
  await page.click('panel-app >> #login');
  return page;
}

/**
 * Fails when a page had script errors, and prints them first: uvu runs a failing test's after.each again
 * and drops the test's own error if the hook throws there, so the errors must reach the log on their own.
 */
export function assertNoPageErrors(errors: string[]): void {
  const found = errors.splice(0);
  if (found.length === 0) return;
  console.error(`script errors in the pages:\n  ${found.join('\n  ')}`);
  throw new Error(`script errors in the pages: ${found.join('; ')}`);
}

/** Waits until the first element matching `selector` reads `want`; fails with what it read last. Returns that text. */
export async function shows(page: Page, selector: string, want: RegExp, timeout = 8000): Promise<string> {
  let seen = '';
  try {
    // `until` waits while the check answers null, awaited or not.
    const check = async () => {
      seen = (await page.locator(selector).first().textContent().catch(() => '')) ?? '';
      return want.test(seen) ? seen : null;
    };
    return await until(check as () => Promise<string>, timeout);
  } catch {
    assert.match(seen, want, `${selector}`);
    return seen;
  }
}
