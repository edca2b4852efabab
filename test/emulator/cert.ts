// A self-signed certificate for <org>.crm.dynamics.com, generated at start (EC P-256: fast) and
// cached per host for the life of the process, so test files starting many servers pay once.
import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

const cache = new Map<string, Promise<Certificate>>();

export function certificateFor(host: string): Promise<Certificate> {
  let pending = cache.get(host);
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
            { type: 2, value: '*.crm.dynamics.com' },
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    }).then((pems) => ({ key: pems.private, cert: pems.cert }));
    cache.set(host, pending);
    pending.catch(() => cache.delete(host));
  }
  return pending;
}
