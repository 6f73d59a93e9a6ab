// The page of a hall display whose hall the configuration does not have (/display/hall/<id>): said in
// the office language with the halls it does have, instead of a screen that stays empty on the wall.
import type { OfficeConfig } from '../config/schema.js';
import { hallById, hallsOf } from '../domain/halls.js';
import { unknownHallText } from '../domain/hall-words.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A 404 page for an unknown hall's display, or null when the path is no such thing. */
export function unknownHallPage(path: string, config: OfficeConfig): { status: number; html: string } | null {
  const m = /^\/display\/hall\/([^/]+)\/?$/.exec(path);
  if (!m || hallById(config, m[1]!)) return null;
  const lang = config.office.language;
  const words = unknownHallText(m[1]!, hallsOf(config), lang);
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${escape(words.title)}</title>
<style>body{margin:0;height:100vh;display:flex;flex-direction:column;justify-content:center;align-items:center;background:#0a1f44;color:#fff;font:40px 'DejaVu Sans',Arial,sans-serif;text-align:center}h1{font-size:80px;margin:0 0 40px}p{max-width:80vw;margin:0 0 32px;line-height:1.3}pre{font:32px 'DejaVu Sans Mono',monospace;color:#b0c4e8;text-align:left}</style>
<h1>${escape(words.title)}</h1><p>${escape(words.body)}</p><pre>${escape(words.list)}</pre></html>`;
  return { status: 404, html };
}
