#!/usr/bin/env node
// `npm run hash-pin -- 1234` prints the pinHash to put in the config file instead of a plain PIN.
import { hashPin } from './config/pins.js';

const pin = process.argv[2] ?? '';
if (!/^\d{4,8}$/.test(pin)) {
  console.error('Usage: npm run hash-pin -- <PIN of 4–8 digits>');
  process.exit(2);
}
console.log(hashPin(pin));
