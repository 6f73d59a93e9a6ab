#!/usr/bin/env node
// The office's first configuration, made from the example by the installer: the example's PINs are in the
// README and its tokens are placeholders, so every staff member gets a new random PIN (kept only as its
// hash) and every placeholder token a new random one. The new PINs and tokens are printed once, for the
// installer to hand out; the file is checked as the daemon checks it before it is written.
//   node queue-core/dist/first-config.js <example.json> <office.json>
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { hashPin } from './config/pins.js';
import { PLACEHOLDER_TOKEN } from './config/schema.js';
import { validateConfig } from './config/load.js';

interface Credentials {
  pins: { id: string; name: string; role: string; pin: string }[];
  tokens: { where: string; token: string }[];
}

/** A copy of `example` with its own PINs and tokens, and what was given, to be told to the office. */
export function firstConfig(example: any): { config: any; given: Credentials } {
  const config = structuredClone(example);
  const given: Credentials = { pins: [], tokens: [] };
  for (const person of config.staff ?? []) {
    const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
    delete person.pin;
    person.pinHash = hashPin(pin);
    given.pins.push({ id: person.id, name: person.name, role: person.role, pin });
  }
  const replace = (list: { name: string; token: string }[] | undefined, where: string) => {
    for (const entry of list ?? []) {
      if (typeof entry.token !== 'string' || !entry.token.startsWith(PLACEHOLDER_TOKEN)) continue;
      entry.token = randomBytes(16).toString('hex');
      given.tokens.push({ where: `${where} "${entry.name}"`, token: entry.token });
    }
  };
  replace(config.integrations, 'integration');
  replace(config.server?.kiosks, 'kiosk');
  return { config, given };
}

function main(): void {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) {
    console.error('Usage: node queue-core/dist/first-config.js <example.json> <office.json>');
    process.exit(2);
  }
  const { config, given } = firstConfig(JSON.parse(readFileSync(from, 'utf8')));
  const checked = validateConfig(config);
  if (!checked.ok) {
    console.error(`first-config: the configuration made from ${from} is not valid:\n  ${checked.problems.join('\n  ')}`);
    process.exit(1);
  }
  writeFileSync(to, JSON.stringify(config, null, 2) + '\n', { mode: 0o660, flag: 'wx' });
  console.log(`The office's first configuration is in ${to}. Write these down and hand them out; they are not shown again:`);
  for (const p of given.pins) console.log(`  PIN ${p.pin}  ${p.id} (${p.name}, ${p.role})`);
  for (const t of given.tokens) console.log(`  token ${t.token}  ${t.where}`);
  console.log('A forgotten PIN is reset by the head in the panel, or with npm run hash-pin and the config file.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
