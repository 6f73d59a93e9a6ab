// Reads the office's certificate and key named in `server.tls` once, at start. A missing or unreadable
// file, or a key that does not belong to the certificate, stops the daemon with the field and the file
// named (a configuration error: systemd does not restart into it), rather than failing the first browser.
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { ConfigError } from '../config/load.js';

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

const WHY: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied (the daemon runs as the user queue: make the file readable by it)',
  EISDIR: 'it is a folder, not a file',
};

export function readTlsFiles(tls: { cert: string; key: string }): TlsFiles {
  const problems: string[] = [];
  const read = (field: 'cert' | 'key'): Buffer | null => {
    try {
      return readFileSync(tls[field]);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      problems.push(`server.tls.${field}: cannot read "${tls[field]}": ${WHY[code] ?? (e as Error).message}`);
      return null;
    }
  };
  const cert = read('cert');
  const key = read('key');
  if (cert && key) {
    try {
      createSecureContext({ cert, key });
    } catch (e) {
      problems.push(`server.tls: the certificate "${tls.cert}" and the key "${tls.key}" cannot be used together: ${(e as Error).message}`);
    }
  }
  if (problems.length > 0 || !cert || !key) throw new ConfigError(problems, 'server.tls');
  return { cert, key };
}
