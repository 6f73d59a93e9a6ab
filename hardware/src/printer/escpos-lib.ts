// escpos, loaded without the weight of its image support.
//
// escpos 3's index.js requires get-pixels as it loads, for printing pictures. get-pixels pulls in the old
// `request` HTTP client and with it ajv, sshpk, mime-db, tough-cookie and some 200 more modules: about
// 20 MB of the daemon's resident memory on a Raspberry Pi that has little to spare. Tickets carry no
// pictures (the QR code is drawn by the printer itself), so get-pixels is stood in, in the module cache,
// by a function that loads the real one on its first call. Everything escpos offers keeps working.
import Module, { createRequire } from 'node:module';
import type escposType from 'escpos';

const requireEscpos = createRequire(createRequire(import.meta.url).resolve('escpos'));
const getPixelsPath = requireEscpos.resolve('get-pixels');

/** True once something has asked escpos for a picture and the real get-pixels has been loaded. */
export function imageSupportLoaded(): boolean {
  const cached = requireEscpos.cache[getPixelsPath];
  return cached !== undefined && cached.exports !== getPixelsOnDemand;
}

let realGetPixels: ((...args: unknown[]) => unknown) | undefined;

function getPixelsOnDemand(this: unknown, ...args: unknown[]): unknown {
  if (!realGetPixels) {
    delete requireEscpos.cache[getPixelsPath];
    realGetPixels = requireEscpos('get-pixels') as (...args: unknown[]) => unknown;
  }
  return realGetPixels.apply(this, args);
}

if (!requireEscpos.cache[getPixelsPath]) {
  const standIn = new Module(getPixelsPath);
  standIn.filename = getPixelsPath;
  standIn.exports = getPixelsOnDemand;
  standIn.loaded = true;
  requireEscpos.cache[getPixelsPath] = standIn;
}

const escpos = requireEscpos('escpos') as typeof escposType;
export default escpos;
