// Debian's Chromium, headless, driven by playwright-core (never a downloaded browser).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const SCREENS = fileURLToPath(new URL('../.artifacts/screens/', import.meta.url));

export async function launch(): Promise<Browser> {
  await mkdir(SCREENS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
  });
}

export const SIZES = {
  kioskPortrait: { width: 1080, height: 1920 },
  kioskLandscape: { width: 1920, height: 1080 },
  hall: { width: 1920, height: 1080 },
  booth: { width: 800, height: 480 },
  panelSmall: { width: 1366, height: 768 },
  panelLarge: { width: 1920, height: 1080 },
} as const;
