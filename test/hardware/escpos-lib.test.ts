// escpos is loaded without its image support until something asks for a picture: laying out and printing a
// ticket must not drag in get-pixels and the old `request` client behind it (some 20 MB of the daemon's
// memory), and escpos's picture printing must still work when it is used. Run in a fresh Node process,
// since what a process has loaded cannot be unloaded.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** A 2×1 RGB PNG: one black pixel, one white. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const pixels = Buffer.from([0, 0, 0, 0, 255, 255, 255]); // filter byte, then two pixels
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

const CHILD = `
import { createRequire } from 'node:module';
const hw = await import(process.env.HW + '/src/index.ts');
const lib = await import(process.env.HW + '/src/printer/escpos-lib.ts');
const loaded = (name) => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/' + name + '/'));
const bytes = hw.renderTicket({ office: { name: 'Филиал', address: 'ул. Пушкина, 12', phones: [] }, label: 'Д105', directionName: 'Справки',
  issuedDate: '24.11.2026', issuedTime: '09:07', ahead: 0, waitMinutes: 0, qr: 'http://queue.local/t/Д105' },
  { codePage: 'cp866', codePageNumber: 17, widthChars: 42 });
const before = { bytes: bytes.length, request: loaded('request'), imageSupport: lib.imageSupportLoaded() };
const image = await new Promise((resolve) => lib.default.Image.load(process.env.PNG, (img) => resolve(img)));
const after = { request: loaded('request'), imageSupport: lib.imageSupportLoaded(), size: image instanceof Error ? image.message : image.size };
console.log(JSON.stringify({ before, after }));
`;

test('a ticket is laid out without image support; a picture loads it on demand', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'escpos-lib-'));
  try {
    const png = join(dir, 'logo.png');
    await writeFile(png, tinyPng());
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
      env: { ...process.env, HW: new URL('../../hardware', import.meta.url).pathname, PNG: png },
      encoding: 'utf8',
    });
    const { before, after } = JSON.parse(out.trim().split('\n').pop()!);
    assert.ok(before.bytes > 200, 'the ticket was rendered');
    assert.is(before.request, false, 'laying out a ticket does not load the request client');
    assert.is(before.imageSupport, false);
    assert.equal(after.size, { width: 2, height: 1, colors: 4 }, 'escpos read the picture with the real get-pixels');
    assert.is(after.imageSupport, true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
