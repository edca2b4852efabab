// Fidelity: the real responses in shared/reference/fixtures, replayed against the emulator. Rows of
// the fixtures are loaded as --data does; the same queries the docs ran must give the same shapes
// (keys and their order, annotation names, paging cookie, error bodies, $batch layout).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { USERS } from '../../emulator/users.ts';
import { cookieOf, fetchOrg } from './https-client.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = resolve(REPO_ROOT, '../shared/reference/fixtures');
type Json = Record<string, unknown>;
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const fixtureJson = (name: string): Json => JSON.parse(fixture(name)) as Json;
const rows = (body: Json) => body.value as Json[];
const GUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;

let emu: Emulator;
let dir: string;
let cookie: string;

/** The doc's placeholders and GUIDs replaced, so structure can be compared. */
function normalise(s: string): string {
  return s
    .replace(/\[Organization ur[il]\]/gi, 'ORG')
    .replace('https://contoso.crm.dynamics.com', 'ORG')
    .replace(GUID, 'GUID');
}

async function api(path: string, headers: Record<string, string> = {}, init: { method?: string; body?: string } = {}) {
  const reply = await fetchOrg(emu.port, emu.host, `/api/data/v9.2/${path.replace(/ /g, '%20')}`, {
    ...init,
    headers: { Cookie: cookie, Accept: 'application/json', ...headers },
  });
  return {
    ...reply,
    json: reply.body && reply.headers['content-type']?.toString().startsWith('application/json') ? (JSON.parse(reply.body) as Json) : {},
  };
}

beforeAll(async () => {
  if (!existsSync(FIXTURES)) throw new Error(`fixtures not found at ${FIXTURES}`);
  dir = mkdtempSync(join(tmpdir(), 'emu-fixtures-'));
  const contacts = [...rows(fixtureJson('contacts-page1-nextlink.json')), ...rows(fixtureJson('contacts-page2-nextlink.json'))];
  // One more contact after the fourth (in SQL Server GUID order), so page 2 also has a next link.
  contacts.push({ contactid: '76bf4d48-34cb-ed11-b596-0022481d68cd', fullname: 'Extra Person' });
  const accounts = new Map<string, Json>();
  for (const r of [...rows(fixtureJson('accounts-formatted-values.json')), ...rows(fixtureJson('accounts-lookup-annotations.json'))]) {
    accounts.set(String(r.accountid), { ...accounts.get(String(r.accountid)), ...r });
  }
  const batchTasks = /\{\s*"@odata\.context"[\s\S]*\}\s*\]\s*\}/.exec(fixture('batch-response.txt'))![0];
  writeFileSync(join(dir, 'contacts.json'), JSON.stringify({ value: contacts }));
  writeFileSync(join(dir, 'accounts.json'), JSON.stringify({ value: [...accounts.values()] }));
  writeFileSync(join(dir, 'tasks.json'), batchTasks);
  emu = await startEmulator({ port: 0, seed: false, dataDir: dir });
  cookie = cookieOf(await fetchOrg(emu.port, emu.host, '/emulator/signin?user=admin'));
}, 30_000);

afterAll(async () => {
  await emu?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('paging (contacts-page1/2-nextlink.json)', () => {
  it('answers page 1 with the fixture rows, keys and a nextLink of the same shape', async () => {
    const want = fixtureJson('contacts-page1-nextlink.json');
    const { json, status } = await api('contacts?$select=fullname', { Prefer: 'odata.maxpagesize=2' });
    expect(status).toBe(200);
    expect(Object.keys(json)).toEqual(Object.keys(want));
    expect(normalise(String(json['@odata.context']))).toBe(normalise(String(want['@odata.context'])));
    expect(rows(json)).toEqual(rows(want));
    expect(normalise(String(json['@odata.nextLink']))).toBe(normalise(String(want['@odata.nextLink'])));
  });

  it('continues on page 2 from the nextLink, exactly as the fixture', async () => {
    const want = fixtureJson('contacts-page2-nextlink.json');
    const first = await api('contacts?$select=fullname', { Prefer: 'odata.maxpagesize=2' });
    const next = String(first.json['@odata.nextLink']).replace('https://contoso.crm.dynamics.com/api/data/v9.2/', '');
    const { json } = await api(next, { Prefer: 'odata.maxpagesize=2' });
    expect(rows(json)).toEqual(rows(want));
    expect(normalise(String(json['@odata.nextLink']))).toBe(normalise(String(want['@odata.nextLink'])));
    const third = await api(String(json['@odata.nextLink']).replace('https://contoso.crm.dynamics.com/api/data/v9.2/', ''), {
      Prefer: 'odata.maxpagesize=2',
    });
    expect(rows(third.json).map((r) => r.fullname)).toEqual(['Extra Person']);
    expect(third.json).not.toHaveProperty(['@odata.nextLink']);
  });
});

describe('annotations (accounts-*.json)', () => {
  it('gives formatted values with the same keys in the same order', async () => {
    const want = rows(fixtureJson('accounts-formatted-values.json'))[0]!;
    const q = `accounts?$select=name,revenue,_primarycontactid_value,customertypecode,modifiedon,_transactioncurrencyid_value&$filter=accountid eq ${String(want.accountid)}`;
    const { json, headers } = await api(q, { Prefer: 'odata.include-annotations="OData.Community.Display.V1.FormattedValue"' });
    expect(headers['preference-applied']).toBe('odata.include-annotations="OData.Community.Display.V1.FormattedValue"');
    const got = rows(json)[0]!;
    expect(Object.keys(got)).toEqual(Object.keys(want));
    // The fixture's user is on US Pacific daylight time; the emulated admin is on UTC-8.
    const { ['modifiedon@OData.Community.Display.V1.FormattedValue']: gotDate, ...gotRest } = got;
    const { ['modifiedon@OData.Community.Display.V1.FormattedValue']: wantDate, ...wantRest } = want;
    expect(gotRest).toEqual(wantRest);
    expect(wantDate).toBe('4/7/2023 2:59 PM');
    expect(gotDate).toBe('4/7/2023 1:59 PM');
  });

  it('gives lookup annotations exactly as the fixture', async () => {
    const want = fixtureJson('accounts-lookup-annotations.json');
    const { json } = await api('accounts?$select=name,_ownerid_value', { Prefer: 'odata.include-annotations="Microsoft.Dynamics.CRM.*"' });
    expect(rows(json)).toEqual(rows(want));
    expect(normalise(String(json['@odata.context']))).toBe(normalise(String(want['@odata.context'])));
  });
});

describe('functions (whoami.json, retrieveuserprivilege*.json)', () => {
  it('answers WhoAmI with the fixture keys', async () => {
    const want = fixtureJson('whoami.json');
    const { json } = await api('WhoAmI');
    expect(Object.keys(json)).toEqual(Object.keys(want));
    expect(normalise(String(json['@odata.context']))).toBe(normalise(String(want['@odata.context'])).replace('v9.0', 'v9.2'));
  });

  it('answers RetrieveUserPrivileges and RetrieveUserPrivilegeByPrivilegeName in the fixture shape', async () => {
    const want = fixtureJson('retrieveuserprivileges.json');
    const { json } = await api(`systemusers(${USERS.admin.systemuserid})/Microsoft.Dynamics.CRM.RetrieveUserPrivileges()`);
    expect(Object.keys(json)).toEqual(Object.keys(want));
    const [wantFirst] = want.RolePrivileges as Json[];
    for (const p of json.RolePrivileges as Json[]) {
      expect(Object.keys(p)).toEqual(Object.keys(wantFirst!));
      expect(p.Depth).toBe('Global');
    }
    const byName = fixtureJson('retrieveuserprivilegebyprivilegename.json');
    const one = await api(
      `systemusers(${USERS.admin.systemuserid})/Microsoft.Dynamics.CRM.RetrieveUserPrivilegeByPrivilegeName(PrivilegeName='prvReadAuditSummary')`,
      {
        Prefer: 'odata.include-annotations="*"',
      },
    );
    expect(normalise(JSON.stringify(one.json))).toBe(normalise(JSON.stringify(byName)));
  });
});

describe('errors (error-*.json)', () => {
  it('gives the resource-not-found body byte for byte (but for whitespace)', async () => {
    const { status, json } = await api('Account');
    expect(status).toBe(404);
    expect(json).toEqual(fixtureJson('error-resource-not-found.json'));
  });

  it('gives PrivilegeDenied in the fixture shape', async () => {
    const want = fixtureJson('error-missing-privilege.json') as { error: { code: string; message: string } };
    const sales = cookieOf(await fetchOrg(emu.port, emu.host, '/emulator/signin?user=service'));
    const reply = await fetchOrg(emu.port, emu.host, '/api/data/v9.2/leads?$top=1', { headers: { Cookie: sales } });
    expect(reply.status).toBe(403);
    const got = JSON.parse(reply.body) as typeof want;
    expect(Object.keys(got.error)).toEqual(Object.keys(want.error));
    expect(got.error.code).toBe(want.error.code);
    const shape = (m: string) =>
      m
        .replace(GUID, 'GUID')
        .replace(/privilegeCount=\d+/, 'N')
        .replace(/prvRead\w+/, 'PRV')
        .replace(/OTC=\d+/, 'OTC')
        .replace(/'\w+'\./, "'E'.");
    expect(shape(got.error.message)).toBe(shape(want.error.message));
  });

  it('gives the throttling bodies and Retry-After of the 429 fixtures', async () => {
    for (const [code, file] of [
      ['0x80072322', 'error-429-throttle.json'],
      ['0x80072321', 'error-429-execution-time.json'],
      ['0x80072326', 'error-429-concurrency.json'],
    ] as const) {
      emu.faults.add({ match: 'WhoAmI', status: 429, code, retryAfterSeconds: 37 });
      const reply = await api('WhoAmI');
      expect(reply.status).toBe(429);
      expect(reply.json).toEqual(fixtureJson(file));
    }
    const http = fixture('error-429-throttle.http.txt').split('\r\n');
    emu.faults.add({ match: 'WhoAmI', status: 429, retryAfterSeconds: 37 });
    const reply = await api('WhoAmI');
    expect(`HTTP/1.1 ${reply.status} Too Many Requests`).toBe(http[0]);
    for (const line of http.slice(1, 4)) {
      const [name, value] = line.split(': ') as [string, string];
      expect(reply.headers[name.toLowerCase()]).toBe(value);
    }
    expect(reply.body).toBe(http.find((l) => l.startsWith('{')));
  });
});

describe('$batch (batch-response*.txt)', () => {
  const boundary = 'batch_AAA';
  const part = (url: string) =>
    [
      `--${boundary}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${url} HTTP/1.1`,
      'Accept: application/json',
      '',
      '',
    ].join('\r\n');
  const send = (urls: string[], prefer?: string) =>
    api(
      '$batch',
      { 'Content-Type': `multipart/mixed; boundary=${boundary}`, ...(prefer ? { Prefer: prefer } : {}) },
      { method: 'POST', body: urls.map(part).join('') + `--${boundary}--\r\n` },
    );

  /** A multipart body as [part head lines, inner head lines, body]: boundaries and ids normalised, LF. */
  function layout(text: string): { head: string[]; inner: string[]; body: string }[] {
    const lf = text.replace(/\r\n/g, '\n');
    const b = /--(batchresponse_[0-9a-f-]+)/.exec(lf)![1]!;
    return lf
      .split(`--${b}`)
      .slice(1, -1)
      .map((p) => {
        const [head = '', inner = '', ...body] = p.replace(/^\n/, '').split('\n\n');
        const strip = (lines: string) => lines.split('\n').map((l) => l.replace(/^REQ_ID: .*/, 'REQ_ID: x'));
        return { head: strip(head), inner: strip(inner), body: body.join('\n\n').trim() };
      });
  }

  it('answers GET parts in the documented layout', async () => {
    const reply = await send(['tasks?$select=subject']);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^multipart\/mixed; boundary=batchresponse_[0-9a-f-]{36}$/);
    const want = layout(fixture('batch-response.txt')).at(-1)!;
    const [got] = layout(reply.body);
    expect(got!.head).toEqual(want.head);
    expect(got!.inner).toEqual(want.inner);
    expect(normalise(JSON.stringify(JSON.parse(got!.body)))).toBe(normalise(JSON.stringify(JSON.parse(want.body))));
  });

  it('stops at the first error with an outer 400, in the layout of batch-response-error-stop.txt', async () => {
    const reply = await send(['tasks?$select=nope', 'tasks?$select=subject']);
    expect(reply.status).toBe(400);
    const want = layout(fixture('batch-response-error-stop.txt'));
    const got = layout(reply.body);
    expect(got).toHaveLength(want.length);
    expect(got[0]!.head).toEqual(want[0]!.head);
    expect(got[0]!.inner).toEqual(want[0]!.inner);
    expect(Object.keys(JSON.parse(got[0]!.body).error)).toEqual(Object.keys(JSON.parse(want[0]!.body).error));
  });

  it('goes on after an error with odata.continue-on-error, outer 200 (batch-response-continue-on-error.txt)', async () => {
    const reply = await send(['tasks?$select=nope', 'tasks?$select=subject'], 'odata.continue-on-error');
    expect(reply.status).toBe(200);
    const want = layout(fixture('batch-response-continue-on-error.txt'));
    const got = layout(reply.body);
    expect(got[0]!.inner).toEqual(want[0]!.inner);
    expect(got).toHaveLength(2);
    expect(got[1]!.inner[0]).toBe('HTTP/1.1 200 OK');
  });
});
