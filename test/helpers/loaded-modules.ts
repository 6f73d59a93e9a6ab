// Imports one module in a fresh process (run by a test as a child) and prints, as JSON, every package
// file Node's CommonJS loader brought in on the way: how a test sees which libraries a module drags along.
//   node --import tsx test/helpers/loaded-modules.ts <module>
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const target = process.argv[2]!;
await import(target.startsWith('.') || target.startsWith('/') ? pathToFileURL(resolve(target)).href : target);
const cache = createRequire(import.meta.url).cache;
process.stdout.write(JSON.stringify(Object.keys(cache).filter((f) => f.includes('/node_modules/'))));
