import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../emulator/data-loader.ts';
import { createStore } from '../../emulator/store.ts';
import { get, values } from './helpers.ts';

const dirs: string[] = [];
function dataDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'emu-data-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const CONTACT = 'aaaaaaaa-0000-0000-0000-000000000001';
const LEAD = 'bbbbbbbb-0000-0000-0000-000000000001';
const EMAIL = 'cccccccc-0000-0000-0000-000000000001';
const CALL = 'cccccccc-0000-0000-0000-000000000002';

describe('--data loading', () => {
  it('loads activities into their set and activitypointers, with parties from expanded arrays and activityparties.json', () => {
    const store = createStore();
    const dir = dataDir({
      'contacts.json': { value: [{ '@odata.etag': 'W/"123"', contactid: CONTACT.toUpperCase(), fullname: 'Carla Contact' }] },
      'leads.json': { value: [{ leadid: LEAD, fullname: 'Lars Lead' }] },
      'emails.json': {
        value: [
          {
            activityid: EMAIL,
            subject: 'Offer',
            _regardingobjectid_value: CONTACT,
            email_activity_parties: [{ _partyid_value: LEAD, participationtypemask: 2 }],
          },
        ],
      },
      'phonecalls.json': { value: [{ activityid: CALL, subject: 'Call back', _regardingobjectid_value: LEAD }] },
      'activityparties.json': { value: [{ _activityid_value: CALL, _partyid_value: CONTACT, participationtypemask: 1 }] },
    });
    const summary = loadDataDir(store, dir);
    expect(summary.files).toEqual({ activityparties: 1, contacts: 1, emails: 1, leads: 1, phonecalls: 1 });
    expect(summary.unresolved).toEqual([]);

    const pointers = values(
      get(store, 'activitypointers?$select=activitytypecode,_regardingobjectid_value&$orderby=subject', {
        prefer: 'odata.include-annotations="*"',
      }).json,
    );
    expect(
      pointers.map((p) => [
        p.activitytypecode,
        p['_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname'],
        p['_regardingobjectid_value@OData.Community.Display.V1.FormattedValue'],
      ]),
    ).toEqual([
      ['phonecall', 'lead', 'Lars Lead'],
      ['email', 'contact', 'Carla Contact'],
    ]);
    const asParty = values(
      get(store, `activitypointers?$select=subject&$filter=activitypointer_activity_parties/any(p:p/_partyid_value eq ${LEAD})`).json,
    );
    expect(asParty.map((p) => p.subject)).toEqual(['Offer']);
    const parties = values(
      get(
        store,
        `activityparties?$select=_partyid_value,participationtypemask&$filter=_activityid_value eq ${CALL}&$expand=partyid_contact($select=fullname)`,
      ).json,
    );
    expect(parties[0]).toMatchObject({ participationtypemask: 1, partyid_contact: { fullname: 'Carla Contact' } });
    expect(parties[0]!.activitypartyid).toMatch(/^[0-9a-f-]{36}$/);
    expect(values(get(store, 'contacts?$select=fullname').json)[0]).toMatchObject({ '@odata.etag': 'W/"123"', contactid: CONTACT });
  });

  it('gives deterministic party ids', () => {
    const files = { 'activityparties.json': { value: [{ _activityid_value: CALL, _partyid_value: CONTACT, participationtypemask: 1 }] } };
    const a = createStore();
    const b = createStore();
    loadDataDir(a, dataDir(files));
    loadDataDir(b, dataDir(files));
    expect([...a.tables.get('activityparty')!.keys()]).toEqual([...b.tables.get('activityparty')!.keys()]);
  });

  it('names the file of an unknown entity set, and of bad JSON', () => {
    expect(() => loadDataDir(createStore(), dataDir({ 'Contacts.json': { value: [] } }))).toThrow(
      /Contacts\.json: the emulated org has no entity set named 'Contacts'/,
    );
    expect(() => loadDataDir(createStore(), dataDir({ 'contacts.json': '{oops' }))).toThrow(/contacts\.json: not valid JSON/);
    expect(() => loadDataDir(createStore(), dataDir({ 'contacts.json': { rows: [] } }))).toThrow(/expected \{"value":\[\.\.\.\]\}/);
  });

  it('reports polymorphic lookups it cannot resolve', () => {
    const store = createStore();
    const summary = loadDataDir(
      store,
      dataDir({ 'emails.json': { value: [{ activityid: EMAIL, _regardingobjectid_value: '99999999-0000-0000-0000-000000000000' }] } }),
    );
    expect(summary.unresolved.length).toBeGreaterThan(0);
  });
});
