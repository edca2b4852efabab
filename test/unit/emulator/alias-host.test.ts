// The emulated org under a second, on-premises-like host name: the same org and data, with its pages,
// Xrm's client URL and the API's absolute URLs following the host the browser asked for.
import { X509Certificate } from 'node:crypto';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../emulator/cli.ts';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { cookieOf, fetchOrg } from './https-client.ts';

const ALIAS = 'crm.contoso-onprem.test';
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, aliases: [ALIAS] });
}, 60_000);
afterAll(async () => {
  await emu?.close();
});

const on = (host: string, path: string, cookie?: string) =>
  fetchOrg(emu.port, host, path, { headers: { Accept: 'application/json', ...(cookie ? { Cookie: cookie } : {}) } });

async function signIn(host: string): Promise<string> {
  return cookieOf(await on(host, '/emulator/signin?user=admin'));
}

describe('the emulated org under a second host name', () => {
  it('serves record pages whose Xrm client URL is the second host', async () => {
    const cookie = await signIn(ALIAS);
    const page = await on(ALIAS, '/main.aspx?pagetype=entitylist&etn=contact', cookie);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`&quot;orgUrl&quot;:&quot;https://${ALIAS}&quot;`);
    expect(page.body).not.toContain('contoso.crm.dynamics.com');
  });

  it('answers the Web API with next links and contexts on the host that was asked', async () => {
    for (const host of [ALIAS, emu.host]) {
      const cookie = await signIn(host);
      const reply = await fetchOrg(emu.port, host, '/api/data/v9.2/contacts?$select=fullname', {
        headers: { Accept: 'application/json', Cookie: cookie, Prefer: 'odata.maxpagesize=2' },
      });
      expect(reply.status).toBe(200);
      const body = JSON.parse(reply.body) as Record<string, unknown>;
      expect(String(body['@odata.context'])).toMatch(
        new RegExp(`^https://${host.replace(/\./g, '\\.')}/api/data/v9\\.2/\\$metadata#contacts`),
      );
      expect(String(body['@odata.nextLink'])).toMatch(new RegExp(`^https://${host.replace(/\./g, '\\.')}/api/data/v9\\.2/contacts\\?`));
    }
  });

  it('sends a request without a session back to sign in at the second host', async () => {
    const reply = await on(ALIAS, '/api/data/v9.2/WhoAmI');
    expect(reply.status).toBe(302);
    expect(decodeURIComponent(String(reply.headers.location))).toContain(`redirect_uri=https://${ALIAS}/`);
  });

  it('takes its host names from --alias (repeatable) and refuses what is not one', () => {
    expect(parseCli(['--alias', ALIAS, '--alias', 'crm.fabrikam.test'])).toMatchObject({ aliases: [ALIAS, 'crm.fabrikam.test'] });
    expect(parseCli([])).not.toHaveProperty('aliases');
    expect(() => parseCli(['--alias', 'https://crm.contoso.test/'])).toThrow(/--alias needs a host name/);
  });

  it('presents a certificate naming the second host', async () => {
    const pem = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: emu.port, servername: ALIAS, rejectUnauthorized: false }, () => {
        resolve(socket.getPeerX509Certificate()?.toString() ?? '');
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(new X509Certificate(pem).checkHost(ALIAS)).toBe(ALIAS);
  });
});
