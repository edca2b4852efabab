// @vitest-environment node
// The marketing flags end to end over HTTPS: --marketing-version (DynamicsMKT_Timeline's version),
// --no-marketing (an org without marketing), POST actions through the server, and --data files
// for the marketing sets and the outbound interactions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../emulator/cli.ts';
import { DEFAULT_TIMELINE_VERSION, TIMELINE_MIN_VERSION } from '../../emulator/seed-ids.ts';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { cookieOf, fetchOrg } from './https-client.ts';

const CONTACT = 'aaaaaaaa-0000-0000-0000-0000000000c1';
const EVENT = 'eeeeeeee-0000-0000-0000-000000000001';
type Json = Record<string, unknown>;

async function session(emu: Emulator, user = 'admin') {
  const cookie = cookieOf(await fetchOrg(emu.port, emu.host, `/emulator/signin?user=${user}`));
  return async (path: string, body?: unknown) => {
    const reply = await fetchOrg(emu.port, emu.host, `/api/data/v9.2/${path.replace(/ /g, '%20')}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Cookie: cookie, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: reply.status, json: (reply.body ? JSON.parse(reply.body) : {}) as Json };
  };
}

const timelineVersion = (json: Json) => (json.value as Json[]).find((s) => s.uniquename === 'DynamicsMKT_Timeline')?.version;

describe('the marketing flags', () => {
  it('parse', () => {
    expect(parseCli(['--marketing-version', '1.1.10000.1'])).toMatchObject({ marketingVersion: '1.1.10000.1' });
    expect(parseCli(['--no-marketing'])).toMatchObject({ marketing: false });
    expect(parseCli([])).not.toHaveProperty('marketing');
    expect(() => parseCli(['--no-marketing', '--marketing-version', '1.1.1.1'])).toThrow(/exclude/);
    expect(() => parseCli(['--marketing-version', 'latest'])).toThrow(/--marketing-version/);
  });

  it('default to a timeline solution newer than the one the extension requires', () => {
    const newer = (a: string, b: string) => {
      const [x, y] = [a, b].map((v) => v.split('.').map(Number));
      for (let i = 0; i < 4; i++) if (x![i] !== y![i]) return (x![i] ?? 0) > (y![i] ?? 0);
      return true;
    };
    expect(newer(DEFAULT_TIMELINE_VERSION, TIMELINE_MIN_VERSION)).toBe(true);
    expect(newer('1.1.10000.1', TIMELINE_MIN_VERSION)).toBe(false);
  });
});

describe('an org with an old marketing timeline, over HTTPS', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: false, marketingVersion: '1.1.10000.1' });
  }, 30_000);
  afterAll(() => emu.close());

  it('reports the version and still serves the marketing sets and actions', async () => {
    const api = await session(emu);
    const { json } = await api(`solutions?$select=uniquename,version,installedon&$filter=startswith(uniquename,'DynamicsMKT_')`);
    expect(timelineVersion(json)).toBe('1.1.10000.1');
    expect((json.value as Json[]).map((s) => s.uniquename).sort()).toEqual([
      'DynamicsMKT_Forms',
      'DynamicsMKT_Journeys',
      'DynamicsMKT_Timeline',
    ]);
    expect((await api('msdynmkt_emails?$top=1')).json.value).toEqual([]);
    const load = await api('msdyncrm_LoadInteractionsPublic', { InteractionType: 'EmailSent', ContactId: CONTACT });
    expect(load).toMatchObject({ status: 200, json: { Data: '[]', NextSkipToken: null } });
    const sales = await session(emu, 'sales');
    expect((await sales('msdyncrm_LoadInteractionsPublic', { InteractionType: 'EmailSent', ContactId: CONTACT })).status).toBe(403);
  });
});

describe('an org without marketing (--no-marketing), over HTTPS', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, marketing: false });
  }, 30_000);
  afterAll(() => emu.close());

  it('has no marketing solution, table or action, and its usual records', async () => {
    const api = await session(emu);
    const solutions = await api('solutions?$select=uniquename,version');
    expect((solutions.json.value as Json[]).map((s) => s.uniquename)).toEqual(['msdynce_Sales', 'msdynce_Service']);
    const probe = await api('msdynmkt_emails?$top=1');
    expect(probe).toMatchObject({
      status: 404,
      json: { error: { code: '0x8006088a', message: "Resource not found for the segment 'msdynmkt_emails'." } },
    });
    expect((await api('cij_emailsents?$top=1')).status).toBe(404);
    expect((await api('msdyncrm_LoadInteractionsPublic', { InteractionType: 'EmailSent', ContactId: CONTACT })).status).toBe(404);
    expect((await api('msdynmkt_EmailRetrieveExactMessages', {})).status).toBe(404);
    expect(((await api('contacts?$top=3&$select=fullname')).json.value as Json[]).length).toBe(3);
  });
});

describe('--data with marketing files', () => {
  let emu: Emulator;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'emu-mkt-data-'));
    const common = { ContactId: CONTACT.toUpperCase(), ProfileId: CONTACT, ProfileType: 'Contact', SourceSystem: 0 };
    writeFileSync(
      join(dir, 'cij_emailopeneds.json'),
      JSON.stringify({
        value: [
          {
            InternalMarketingInteractionId: 'f0000000-0000-0000-0000-000000000001',
            InteractionType: 'EmailOpened',
            Timestamp: '2025-06-01T10:00:00Z',
            ...common,
          },
          {
            InternalMarketingInteractionId: 'f0000000-0000-0000-0000-000000000002',
            InteractionType: 'EmailOpened',
            Timestamp: '2025-06-03T10:00:00Z',
            ...common,
          },
        ],
      }),
    );
    writeFileSync(
      join(dir, 'msevtmgt_events.json'),
      JSON.stringify({ value: [{ msevtmgt_eventid: EVENT, msevtmgt_name: 'Loaded event', msevtmgt_building: 'Online' }] }),
    );
    writeFileSync(
      join(dir, 'msevtmgt_eventregistrations.json'),
      JSON.stringify({
        value: [
          {
            msevtmgt_eventregistrationid: 'f0000000-0000-0000-0000-0000000000a1',
            msevtmgt_name: 'Reg',
            _msevtmgt_contactid_value: CONTACT,
            _msevtmgt_eventid_value: EVENT,
            statecode: 0,
            statuscode: 1,
          },
        ],
      }),
    );
    writeFileSync(
      join(dir, 'msdyncrm_interactions.json'),
      JSON.stringify({
        value: [
          {
            InteractionId: 'AB12',
            InteractionType: 'EmailOpened',
            Timestamp: '2023-04-02T08:00:00Z',
            ContactId: `{${CONTACT}}`,
            MessageId: 'm1',
          },
        ],
      }),
    );
    writeFileSync(join(dir, 'contacts.json'), JSON.stringify({ value: [{ contactid: CONTACT, fullname: 'Loaded Contact' }] }));
    emu = await startEmulator({ port: 0, seed: false, dataDir: dir });
  }, 30_000);
  afterAll(async () => {
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads interaction sets, event records and outbound interactions', async () => {
    const api = await session(emu);
    const opened = await api(`cij_emailopeneds?$filter=ContactId eq '${CONTACT}' and Timestamp ge 2025-06-02T00:00:00Z&$select=Timestamp`);
    expect((opened.json.value as Json[]).map((r) => r.Timestamp)).toEqual(['2025-06-03T10:00:00Z']);
    const regs = await api(
      `msevtmgt_eventregistrations?$filter=_msevtmgt_contactid_value eq ${CONTACT}&$expand=msevtmgt_eventid($select=msevtmgt_name)`,
    );
    expect(((regs.json.value as Json[])[0]!.msevtmgt_eventid as Json).msevtmgt_name).toBe('Loaded event');
    const load = await api('msdyncrm_LoadInteractionsPublic', {
      InteractionType: 'EmailOpened',
      ContactId: CONTACT,
      DateFrom: '04-02-2023',
      DateTo: '04-02-2023',
    });
    const data = JSON.parse(load.json.Data as string) as Json[];
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ InteractionId: 'AB12', ContactId: CONTACT, EmailDomain: null, MessageId: 'm1' });
  });
});
