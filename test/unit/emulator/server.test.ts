import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../emulator/cli.ts';
import { APP_ID } from '../../emulator/seed-ids.ts';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { cookieOf, fetchOrg, type Reply } from './https-client.ts';

let emu: Emulator;
let dir: string;
const logFile = () => join(dir, 'requests.jsonl');
const go = (path: string, init: Parameters<typeof fetchOrg>[3] = {}): Promise<Reply> => fetchOrg(emu.port, emu.host, path, init);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'emu-test-'));
  emu = await startEmulator({ port: 0, seed: false, requestLog: logFile(), throttle: 1 });
}, 30_000);

afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

async function signIn(user: string): Promise<string> {
  const reply = await go(`/emulator/signin?user=${user}`);
  return cookieOf(reply);
}

describe('the HTTPS emulator', () => {
  it('signs in with the CrmOwinAuth cookie and redirects to the app', async () => {
    const reply = await go('/emulator/signin?user=sales');
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe(`/main.aspx?appid=${APP_ID}&pagetype=entitylist&etn=contact`);
    expect(String(reply.headers['set-cookie'])).toMatch(/^CrmOwinAuth=[\w-]+; Path=\/; Secure; HttpOnly; SameSite=None$/);
    const back = await go('/emulator/signin?user=admin&returnUrl=/main.aspx%3Fpagetype%3Dentityrecord');
    expect(back.headers.location).toBe('/main.aspx?pagetype=entityrecord');
    expect((await go('/emulator/signin?user=admin&returnUrl=//evil.example/')).headers.location).toMatch(/^\/main\.aspx/);
    expect((await go('/emulator/signin?user=nobody')).status).toBe(400);
  });

  it('redirects API calls without a session to Entra ID sign-in with an HTML body', async () => {
    const reply = await go('/api/data/v9.2/WhoAmI', { headers: { Accept: 'application/json' } });
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toMatch(
      /^https:\/\/login\.microsoftonline\.com\/[0-9a-f-]{36}\/oauth2\/authorize\?client_id=00000007-0000-0000-c000-000000000000&response_mode=form_post&/,
    );
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.body).toContain('Object moved');
  });

  it('throttles the first request with --throttle, then serves; logs each request', async () => {
    const cookie = await signIn('admin');
    const first = await go('/api/data/v9.2/WhoAmI', { headers: { Cookie: cookie } });
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('1');
    expect(JSON.parse(first.body)).toEqual({
      error: { code: '0x80072322', message: 'Number of requests exceeded the limit of 6000 over time window of 300 seconds.' },
    });
    const second = await go('/api/data/v9.2/WhoAmI', { headers: { Cookie: cookie } });
    expect(second.status).toBe(200);
    expect(second.headers['odata-version']).toBe('4.0');
    // The line is written when the response finishes, which may be just after the client has it.
    let lines: Record<string, unknown>[] = [];
    for (let i = 0; i < 50 && lines.at(-1)?.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 10));
      lines = readFileSync(logFile(), 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    }
    expect(lines.at(-2)).toMatchObject({ status: 429 });
    expect(Object.keys(lines.at(-1)!)).toEqual(['method', 'url', 'status', 'ms']);
    expect(lines.at(-1)).toMatchObject({ method: 'GET', url: '/api/data/v9.2/WhoAmI', status: 200 });
  });

  it('applies fault rules from the control endpoint: status, regex match, times, delay', async () => {
    const cookie = await signIn('admin');
    const add = await go('/emulator/control/faults', {
      method: 'POST',
      body: JSON.stringify({ match: 'contacts|leads', status: 429, times: 2, retryAfterSeconds: 7, code: '0x80072326' }),
    });
    expect(add.status).toBe(200);
    const a = await go('/api/data/v9.2/contacts?$top=1', { headers: { Cookie: cookie } });
    expect(a.status).toBe(429);
    expect(a.headers['retry-after']).toBe('7');
    expect(JSON.parse(a.body).error.code).toBe('0x80072326');
    expect((await go('/api/data/v9.2/leads?$top=1', { headers: { Cookie: cookie } })).status).toBe(429);
    expect((await go('/api/data/v9.2/leads?$top=1', { headers: { Cookie: cookie } })).status).toBe(200);

    await go('/emulator/control/faults', { method: 'POST', body: JSON.stringify({ match: 'WhoAmI', delayMs: 300 }) });
    const started = Date.now();
    expect((await go('/api/data/v9.2/WhoAmI', { headers: { Cookie: cookie } })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);

    await go('/emulator/control/faults', { method: 'POST', body: JSON.stringify({ match: 'WhoAmI', status: 503, times: 0 }) });
    expect((await go('/api/data/v9.2/WhoAmI', { headers: { Cookie: cookie } })).status).toBe(503);
    expect((await go('/api/data/v9.2/WhoAmI', { headers: { Cookie: cookie } })).status).toBe(503);
    await go('/emulator/control/faults', { method: 'POST', body: JSON.stringify({ clear: true }) });
    expect((await go('/api/data/v9.2/WhoAmI', { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await go('/emulator/control/faults', { method: 'POST', body: '{"status":500}' })).status).toBe(400);
  });

  it('spoils real answers on request: cut mid-body, broken JSON, wrong shape, a next link to itself', async () => {
    const cookie = await signIn('admin');
    const path = '/api/data/v9.2/systemusers?$select=fullname,isdisabled';
    const fault = (body: string) =>
      go('/emulator/control/faults', { method: 'POST', body: JSON.stringify({ match: 'systemusers', body }) });
    const real = JSON.parse((await go(path, { headers: { Cookie: cookie } })).body);
    expect(real.value.length).toBeGreaterThan(0);

    await fault('malformed-json');
    const broken = await go(path, { headers: { Cookie: cookie } });
    expect(broken.status).toBe(200);
    expect(() => JSON.parse(broken.body)).toThrow();

    await fault('wrong-shape');
    const odd = JSON.parse((await go(path, { headers: { Cookie: cookie } })).body);
    expect(typeof odd.value[0].fullname).toBe('number');
    expect(typeof odd.value[0].isdisabled).toBe('string');

    await fault('loop-next-link');
    const loop = JSON.parse((await go(path, { headers: { Cookie: cookie } })).body);
    expect(new URL(loop['@odata.nextLink']).pathname + new URL(loop['@odata.nextLink']).search).toBe(encodeURI(path).replace(/\$/g, '$'));

    await fault('drop');
    await expect(go(path, { headers: { Cookie: cookie } })).rejects.toThrow();
    expect((await go(path, { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await go('/emulator/control/faults', { method: 'POST', body: '{"match":"x","body":"explode"}' })).status).toBe(400);
  });

  it('lists recent requests and expires sessions on request', async () => {
    const cookie = await signIn('service');
    expect((await go('/api/data/v9.2/WhoAmI', { headers: { Cookie: cookie } })).status).toBe(200);
    const log = JSON.parse((await go('/emulator/control/requests')).body) as { url: string; status: number; user?: string }[];
    expect(log.at(-1)).toMatchObject({ url: '/api/data/v9.2/WhoAmI', status: 200, user: 'service' });
    const expired = JSON.parse((await go('/emulator/control/expire-sessions', { method: 'POST' })).body);
    expect(expired.expired).toBeGreaterThan(0);
    expect((await go('/api/data/v9.2/WhoAmI', { headers: { Cookie: cookie } })).status).toBe(302);
  });

  it('signs out, deleting the cookie', async () => {
    const cookie = await signIn('admin');
    const out = await go('/emulator/signout', { headers: { Cookie: cookie } });
    expect(out.status).toBe(302);
    expect(out.headers.location).toBe('/emulator/signin-page');
    expect(String(out.headers['set-cookie'])).toMatch(/^CrmOwinAuth=; .*Max-Age=0/);
    expect((await go('/api/data/v9.2/WhoAmI', { headers: { Cookie: cookie } })).status).toBe(302);
  });

  it('answers unknown pages with a 404 HTML page', async () => {
    const reply = await go('/no/such/page');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
  });
});

describe('the CLI flags', () => {
  it('parses the contract flags', () => {
    expect(parseCli([])).toMatchObject({ port: 8443, org: 'contoso', seed: undefined });
    expect(
      parseCli([
        '--port',
        '0',
        '--org',
        'fabrikam',
        '--no-seed',
        '--latency',
        '20',
        '--request-log',
        'x.jsonl',
        '--throttle',
        '3',
        '--data',
        'd',
      ]),
    ).toEqual({
      port: 0,
      org: 'fabrikam',
      dataDir: 'd',
      seed: false,
      latencyMs: 20,
      requestLog: 'x.jsonl',
      throttle: 3,
    });
    expect(parseCli(['--seed', '42']).seed).toBe(42);
    expect(() => parseCli(['--port', 'x'])).toThrow(/--port/);
    expect(() => parseCli(['--bogus'])).toThrow();
  });
});
