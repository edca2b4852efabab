// A self-signed certificate for <org>.crm.dynamics.com (and any alias host names), generated at
// start (EC P-256: fast) and cached per host set for the life of the process, so test files
// starting many servers pay once.
import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

const cache = new Map<string, Promise<Certificate>>();

export function certificateFor(host: string, aliases: readonly string[] = []): Promise<Certificate> {
  const cacheKey = [host, ...aliases].join(' ');
  let pending = cache.get(cacheKey);
  if (!pending) {
    pending = generate([{ name: 'commonName', value: host }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 365 * 86_400_000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: host },
            ...aliases.map((value) => ({ type: 2 as const, value })),
            { type: 2, value: '*.crm.dynamics.com' },
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    }).then((pems) => ({ key: pems.private, cert: pems.cert }));
    cache.set(cacheKey, pending);
    pending.catch(() => cache.delete(cacheKey));
  }
  return pending;
}
