// Windows-1251 bytes of a text, as a village council's old Excel saves a CSV: the printer's own code-page
// table (hardware/src/printer/code-pages.ts) serves the tests that need such files.
import { encodeText, unprintable } from '../../hardware/src/printer/code-pages.ts';

export function cp1251(text: string): Buffer {
  const missing = unprintable(text, 'cp1251');
  if (missing.length > 0) throw new Error(`no cp1251 byte for ${missing.join(' ')}`);
  return encodeText(text, 'cp1251');
}
