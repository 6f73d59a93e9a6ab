// The appliance install: the unit files pass `systemd-analyze verify`, and systemd/install.sh run into a
// throwaway root writes the units, rules and configuration, enables what the box runs, changes nothing
// when run again, keeps what the office edited, says what it would do in a dry run, and uninstalls.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, readlink, rm, lstat, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfig } from '../../queue-core/src/config/load.ts';
import { verifyPin } from '../../queue-core/src/config/pins.ts';

const APP = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const INSTALL = join(APP, 'systemd', 'install.sh');

function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8' }, (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }));
  });
}

/** Every file and link under a folder with its content hash or target: a fingerprint of an install. */
async function tree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(dir: string) {
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      const st = await lstat(path);
      const rel = relative(root, path);
      if (st.isSymbolicLink()) out[rel] = `-> ${await readlink(path)}`;
      else if (st.isDirectory()) {
        out[rel] = `dir ${(st.mode & 0o777).toString(8)}`;
        await walk(path);
      } else out[rel] = `${(st.mode & 0o777).toString(8)} ${createHash('sha256').update(await readFile(path)).digest('hex').slice(0, 16)}`;
    }
  }
  await walk(root);
  return out;
}

const test = suite<{ root: string }>('appliance install');
test.before.each(async (ctx) => {
  ctx.root = await mkdtemp(join(tmpdir(), 'queue-root-'));
});
test.after.each(async (ctx) => {
  await rm(ctx.root, { recursive: true, force: true });
});

const CORE_AND_SCREENS = ['--core', '--screen', 'kiosk', '--screen', 'display/hall', '--screen', 'display/booth/2', '--no-packages'];

test('the unit files pass systemd-analyze verify, the screen template for each page', async ({ root }) => {
  const first = await run(INSTALL, ['--root', root, ...CORE_AND_SCREENS]);
  assert.is(first.code, 0, first.out);
  // Instances of the template are verified under their own names, as systemd would load them.
  const dir = join(root, 'verify');
  await mkdir(dir);
  const units = [join(root, 'etc/systemd/system/queue-core.service')];
  for (const page of ['kiosk', 'display-hall', 'display-booth-2']) {
    const unit = join(dir, `queue-screen@${page}.service`);
    await copyFile(join(root, 'etc/systemd/system/queue-screen@.service'), unit);
    units.push(unit);
  }
  const verify = await run('systemd-analyze', ['verify', ...units]);
  assert.is(verify.code, 0, verify.out);
  assert.is(verify.out.trim(), '', 'no warnings either');
  // The daemon starts once the clock is set and, where the office waits for NTP, synchronized.
  const core = await readFile(join(root, 'etc/systemd/system/queue-core.service'), 'utf8');
  assert.match(core, /^After=.*\btime-sync\.target\b/m);
  // A broken unit is caught: the check can fail.
  const broken = join(dir, 'broken.service');
  await writeFile(broken, '[Service]\nExecStart=/nonexistent/queue-core\n');
  assert.is.not((await run('systemd-analyze', ['verify', broken])).code, 0);
});

test('install into a throwaway root; a second run changes nothing and keeps the office\'s edits', async ({ root }) => {
  const first = await run(INSTALL, ['--root', root, ...CORE_AND_SCREENS, '--core-url', 'http://192.168.10.10:8080']);
  assert.is(first.code, 0, first.out);
  const files = await tree(root);
  for (const path of ['etc/systemd/system/queue-core.service', 'etc/systemd/system/queue-screen@.service', 'etc/pam.d/queue-screen',
    'etc/udev/rules.d/99-queue-devices.rules', 'etc/queue/queue.env', 'etc/queue/office.json', 'etc/queue/screen.env']) assert.ok(files[path], `${path} installed`);
  assert.is(files['etc/systemd/system/multi-user.target.wants/queue-core.service'], '-> /etc/systemd/system/queue-core.service');
  for (const page of ['kiosk', 'display-hall', 'display-booth-2']) {
    assert.is(files[`etc/systemd/system/graphical.target.wants/queue-screen@${page}.service`], '-> /etc/systemd/system/queue-screen@.service');
  }
  const unit = await readFile(join(root, 'etc/systemd/system/queue-core.service'), 'utf8');
  assert.match(unit, `ExecStart=${APP}/queue-core/bin/queue-core --config /etc/queue/office.json --data /var/lib/queue`);
  assert.match(unit, /^User=queue$/m);
  assert.match(unit, /^Restart=always$/m);
  assert.match(unit, /^StateDirectory=queue$/m);
  assert.is(await readFile(join(root, 'etc/queue/screen.env'), 'utf8').then((s) => /^QUEUE_URL=(.*)$/m.exec(s)?.[1]), 'http://192.168.10.10:8080');
  const office = JSON.parse(await readFile(join(root, 'etc/queue/office.json'), 'utf8'));
  assert.equal(office.office, JSON.parse(await readFile(join(APP, 'docs/example-config.json'), 'utf8')).office);
  // The example's PINs are in the README and its tokens are placeholders: the office gets its own, told once.
  const checked = validateConfig(office);
  assert.ok(checked.ok, checked.ok ? '' : checked.problems.join('\n'));
  for (const person of office.staff) {
    assert.is(person.pin, undefined, `${person.id} has no plain PIN in the file`);
    const told = new RegExp(`PIN (\\d{6})  ${person.id} `).exec(first.out)?.[1];
    assert.ok(told, `the installer tells ${person.id}'s new PIN`);
    assert.ok(verifyPin(told!, person.pinHash), `${person.id}'s told PIN opens the stored hash`);
  }
  for (const entry of [...office.integrations, ...(office.server.kiosks ?? [])]) {
    assert.match(entry.token, /^[0-9a-f]{32}$/, `${entry.name} has a token of its own`);
    assert.match(first.out, entry.token);
  }
  assert.match(first.out, /\d+ change\(s\)/);

  const second = await run(INSTALL, ['--root', root, ...CORE_AND_SCREENS, '--core-url', 'http://192.168.10.10:8080']);
  assert.is(second.code, 0, second.out);
  assert.match(second.out, '0 change(s)');
  assert.equal(await tree(root), files, 'the second run changed nothing');

  // The office edits its configuration; an upgrade's install keeps it.
  await writeFile(join(root, 'etc/queue/office.json'), '{"edited": true}\n');
  const third = await run(INSTALL, ['--root', root, ...CORE_AND_SCREENS]);
  assert.is(third.code, 0, third.out);
  assert.is(await readFile(join(root, 'etc/queue/office.json'), 'utf8'), '{"edited": true}\n');
});

test('a dry run says what it would do and writes nothing', async ({ root }) => {
  const dry = await run(INSTALL, ['--root', root, '--dry-run', ...CORE_AND_SCREENS]);
  assert.is(dry.code, 0, dry.out);
  assert.match(dry.out, 'would: write /etc/systemd/system/queue-core.service');
  assert.match(dry.out, 'would: enable queue-screen@display-booth-2.service');
  assert.match(dry.out, 'dry run: nothing was changed');
  assert.equal(await readdir(root), []);
});

test('uninstall removes units and rules and keeps data and configuration; --purge removes those too', async ({ root }) => {
  assert.is((await run(INSTALL, ['--root', root, ...CORE_AND_SCREENS])).code, 0);
  await mkdir(join(root, 'var/lib/queue'), { recursive: true });
  await writeFile(join(root, 'var/lib/queue/queue.sqlite'), 'data');
  const off = await run(INSTALL, ['--root', root, '--uninstall']);
  assert.is(off.code, 0, off.out);
  const left = await tree(root);
  assert.not.ok(left['etc/systemd/system/queue-core.service']);
  assert.not.ok(left['etc/systemd/system/graphical.target.wants/queue-screen@kiosk.service']);
  assert.not.ok(left['etc/udev/rules.d/99-queue-devices.rules']);
  assert.ok(left['etc/queue/office.json'] && left['var/lib/queue/queue.sqlite'], 'data and configuration are kept');
  assert.match((await run(INSTALL, ['--root', root, '--uninstall'])).out, '0 change(s)');
  const purge = await run(INSTALL, ['--root', root, '--uninstall', '--purge']);
  assert.is(purge.code, 0, purge.out);
  const gone = await tree(root);
  assert.not.ok(gone['etc/queue'] || gone['var/lib/queue']);
});

test('wrong options are refused in words, before anything is touched', async ({ root }) => {
  for (const [args, says] of [
    [['--screen', 'display/lobby'], 'expected kiosk, display/hall, display/booth/<n> or panel'],
    [['--core', '--core-url', 'queue.local'], 'expected an address like http://192.168.10.10:8080'],
    [[], 'say what this box runs'],
    [['--core', '--purge'], '--purge goes with --uninstall'],
    [['--core', '--colour'], 'unknown option --colour'],
  ] as [string[], string][]) {
    const r = await run(INSTALL, ['--root', root, ...args]);
    assert.is(r.code, 2, args.join(' '));
    assert.match(r.out, says);
  }
  assert.equal(await readdir(root), []);
});

test.run();
