// Preloaded into a daemon under test (node --import): reports on stderr every use of Intl and of the
// locale-sensitive methods, any of which makes Node bring ICU's locale data (some 8 MB) into memory.
const report = (what) => process.stderr.write(`INTL USED: ${what}\n${new Error().stack.split('\n').slice(3, 7).join('\n')}\n`);
const real = globalThis.Intl;
globalThis.Intl = new Proxy(real, { get: (target, key) => (report(`Intl.${String(key)}`), Reflect.get(target, key)) });
const methods = [
  [String.prototype, ['localeCompare', 'toLocaleLowerCase', 'toLocaleUpperCase']],
  [Number.prototype, ['toLocaleString']],
  [Date.prototype, ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']],
  [Array.prototype, ['toLocaleString']],
];
for (const [proto, names] of methods) {
  for (const name of names) {
    const original = proto[name];
    Object.defineProperty(proto, name, { value: function (...args) { report(name); return original.apply(this, args); }, writable: true, configurable: true });
  }
}
