// An office CA and a server certificate signed by it, made with openssl the way docs/deploy.md tells an
// installer to: the CA's root is what a screen's browser trusts, the server's names its IP in subjectAltName.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OfficeCertificate {
  dir: string;
  caFile: string;
  certFile: string;
  keyFile: string;
  ca: Buffer;
}

const openssl = (dir: string, args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

/** Makes the files in a fresh folder; `altNames` as openssl writes them, e.g. `IP:127.0.0.1,DNS:localhost`. */
export async function officeCertificate(altNames = 'IP:127.0.0.1,DNS:localhost'): Promise<OfficeCertificate> {
  const dir = await mkdtemp(join(tmpdir(), 'queue-tls-'));
  openssl(dir, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=Test office CA', '-keyout', 'ca.key', '-out', 'ca.pem',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  openssl(dir, ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=queue core', '-keyout', 'server.key', '-out', 'server.csr']);
  await writeFile(join(dir, 'server.ext'), `subjectAltName=${altNames}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n`);
  openssl(dir, ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'server.ext', '-out', 'server.pem']);
  return { dir, caFile: join(dir, 'ca.pem'), certFile: join(dir, 'server.pem'), keyFile: join(dir, 'server.key'), ca: await readFile(join(dir, 'ca.pem')) };
}
