// Finds the test files (any test/**/*.test.ts), says what each one needs from its imports, and puts the
// longest first so that the last file to start does not run alone at the end.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TestFile {
  path: string;
  /** 'unit': starts no daemon, browser, program or device (pure rules, config, store on a file). */
  kind: 'unit' | 'daemon' | 'browser';
  /** Drives Chromium. */
  browser: boolean;
  size: number;
}

const BROWSER = /from '[^']*(?:helpers\/browser|playwright-core)[^']*'/;
const OUTSIDE = /from '[^']*(?:helpers\/daemon|helpers\/process|node:child_process|hardware\/)[^']*'/;

export async function findTestFiles(root: string): Promise<TestFile[]> {
  const found: TestFile[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.test.ts')) {
        const text = await readFile(path, 'utf8');
        const browser = BROWSER.test(text);
        found.push({ path, browser, kind: browser ? 'browser' : OUTSIDE.test(text) ? 'daemon' : 'unit', size: text.length });
      }
    }
  };
  await walk(root);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Seconds a file took in the last run here, or a guess from what it starts and its length. */
function expectedSeconds(f: TestFile, times: Record<string, number>): number {
  const known = times[f.path];
  if (known !== undefined) return known;
  return (f.kind === 'browser' ? 60 : f.kind === 'daemon' ? 15 : 1) + f.size / 2000;
}

export function orderLongestFirst(files: TestFile[], times: Record<string, number>): TestFile[] {
  return [...files].sort((a, b) => expectedSeconds(b, times) - expectedSeconds(a, times));
}
