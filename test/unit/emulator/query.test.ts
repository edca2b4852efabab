import { describe, expect, it } from 'vitest';
import { guidSortKey } from '../../emulator/odata/columns.ts';
import { formatDateTime } from '../../emulator/odata/format.ts';
import { insertRow } from '../../emulator/store.ts';
import { USERS } from '../../emulator/users.ts';
import { A1, C1, C2, email, get, L1, ORG, smallStore, values } from './helpers.ts';

const store = smallStore();
const E1 = 'e0000000-0000-0000-0000-000000000001';
const E2 = 'e0000000-0000-0000-0000-000000000002';
insertRow(
  store,
  'email',
  email(
    E1,
    'Hello',
    { id: C1, table: 'contact' },
    [
      { id: C2, table: 'contact', mask: 2 },
      { id: USERS.sales.systemuserid, table: 'systemuser', mask: 1 },
    ],
    { sortdate: '2025-02-01T10:00:00Z', directioncode: true, modifiedon: '2023-04-07T21:59:01Z' },
  ),
);
insertRow(store, 'phonecall', {
  activityid: E2,
  subject: 'Call',
  _regardingobjectid_value: L1,
  sortdate: '2025-03-01T10:00:00Z',
  statecode: 0,
});

describe('$select', () => {
  it('returns the selected columns, the primary key last, and an etag, in the fixture shape', () => {
    const { json } = get(store, `contacts?$select=fullname&$filter=contactid eq ${C1}`);
    expect(json['@odata.context']).toBe(`${ORG}/api/data/v9.2/$metadata#contacts(fullname)`);
    const row = values(json)[0]!;
    expect(Object.keys(row)).toEqual(['@odata.etag', 'fullname', 'contactid']);
    expect(row['@odata.etag']).toMatch(/^W\/"\d+"$/);
  });

  it('returns null for selected columns without a value, and every column without $select', () => {
    const row = values(get(store, `contacts?$select=jobtitle&$filter=contactid eq ${C2}`).json)[0]!;
    expect(row.jobtitle).toBeNull();
    const all = values(get(store, `contacts?$filter=contactid eq ${C2}`).json)[0]!;
    expect(all).toHaveProperty('emailaddress1', null);
    expect(all).toHaveProperty('_parentcustomerid_value', null);
  });

  it('answers an unknown column with 400 0x0', () => {
    const { status, json } = get(store, 'contacts?$select=fullname,Name');
    expect(status).toBe(400);
    expect(json).toEqual({
      error: { code: '0x0', message: "Could not find a property named 'Name' on type 'Microsoft.Dynamics.CRM.contact'." },
    });
  });
});

describe('$orderby, $top, $count', () => {
  it('orders by several keys, asc and desc, with nulls first ascending', () => {
    const names = (q: string) => values(get(store, `contacts?$select=fullname,firstname&${q}`).json).map((r) => r.fullname);
    expect(names('$orderby=fullname')).toEqual(['Ana Souza', "Dan O'Brien", 'zoë Adams']);
    expect(names('$orderby=fullname desc')).toEqual(['zoë Adams', "Dan O'Brien", 'Ana Souza']);
    expect(names('$orderby=firstname asc')).toEqual(['zoë Adams', 'Ana Souza', "Dan O'Brien"]);
    expect(names('$orderby=firstname desc')).toEqual(["Dan O'Brien", 'Ana Souza', 'zoë Adams']);
    expect(names('$orderby=statecode desc,fullname asc')).toEqual(['Ana Souza', "Dan O'Brien", 'zoë Adams']);
  });

  it('orders GUIDs as SQL Server does (last group first)', () => {
    expect(guidSortKey('00000000-0000-0000-0000-000000000002') > guidSortKey('ffffffff-0000-0000-0000-000000000001')).toBe(true);
    expect(guidSortKey('70bf4d48-34cb-ed11-b596-0022481d68cd') < guidSortKey('72bf4d48-34cb-ed11-b596-0022481d68cd')).toBe(true);
  });

  it('applies $top and reports @odata.count of all matches', () => {
    const { json } = get(store, 'contacts?$select=fullname&$top=1&$count=true&$orderby=fullname');
    expect(json['@odata.count']).toBe(3);
    expect(values(json)).toHaveLength(1);
    expect(Object.keys(json)).toEqual(['@odata.context', '@odata.count', 'value']);
  });

  it('rejects a bad $top and an unknown $orderby column', () => {
    expect(get(store, 'contacts?$top=abc').json).toMatchObject({ error: { code: '0x80060888' } });
    expect(get(store, 'contacts?$orderby=nope desc').json).toMatchObject({ error: { code: '0x0' } });
  });
});

describe('$expand', () => {
  it('expands a single-valued navigation property, null when it points elsewhere', () => {
    const rows = values(
      get(store, 'activitypointers?$select=subject&$expand=regardingobjectid_contact($select=fullname)&$orderby=sortdate').json,
    );
    expect(rows[0]!.regardingobjectid_contact).toMatchObject({ fullname: "Dan O'Brien", contactid: C1 });
    expect(rows[0]!.regardingobjectid_contact).toHaveProperty('@odata.etag');
    expect(rows[1]!.regardingobjectid_contact).toBeNull();
  });

  it('expands a collection with nested $select, $filter, $orderby and $top', () => {
    const q = `emails?$select=subject&$expand=email_activity_parties($select=participationtypemask,_partyid_value;$filter=participationtypemask eq 2;$orderby=participationtypemask desc;$top=5)`;
    const { json } = get(store, q);
    expect(json['@odata.context']).toBe(
      `${ORG}/api/data/v9.2/$metadata#emails(subject,email_activity_parties(participationtypemask,_partyid_value))`,
    );
    const parties = values(json)[0]!.email_activity_parties as Record<string, unknown>[];
    expect(parties).toHaveLength(1);
    expect(parties[0]).toMatchObject({ participationtypemask: 2, _partyid_value: C2 });
  });

  it('reaches a related collection through the record path', () => {
    const { json } = get(store, `contacts(${C1})/Contact_ActivityPointers?$select=subject`);
    expect(json['@odata.context']).toBe(`${ORG}/api/data/v9.2/$metadata#contacts(${C1})/Contact_ActivityPointers(subject)`);
    expect(values(json).map((r) => r.activityid)).toEqual([E1]);
    // A filter on the navigation's rows must not reach rows of other records through the indexes.
    expect(values(get(store, `contacts(${C1})/Contact_ActivityPointers?$filter=_regardingobjectid_value eq ${L1}`).json)).toEqual([]);
  });

  it('rejects unknown and non-navigation properties', () => {
    expect(get(store, 'contacts?$expand=nope').json).toMatchObject({ error: { code: '0x0' } });
    expect(get(store, 'contacts?$expand=fullname').json).toMatchObject({
      error: { message: expect.stringContaining('is not a navigation property') },
    });
  });
});

describe('annotations', () => {
  const ALL = 'odata.include-annotations="*"';

  it('gives none without Prefer except @odata.etag', () => {
    const row = values(get(store, `emails?$select=subject,_regardingobjectid_value,statecode`).json)[0]!;
    expect(Object.keys(row).filter((k) => k.includes('@'))).toEqual(['@odata.etag']);
  });

  it('gives formatted values, lookup names and navigation properties with "*", and echoes Preference-Applied', () => {
    const { json, res } = get(store, 'emails?$select=subject,_regardingobjectid_value,statecode,directioncode,modifiedon', { prefer: ALL });
    expect(res.headers['Preference-Applied']).toBe(ALL);
    expect(values(json)[0]).toMatchObject({
      '_regardingobjectid_value@OData.Community.Display.V1.FormattedValue': "Dan O'Brien",
      '_regardingobjectid_value@Microsoft.Dynamics.CRM.associatednavigationproperty': 'regardingobjectid_contact',
      '_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'contact',
      'statecode@OData.Community.Display.V1.FormattedValue': 'Completed',
      'directioncode@OData.Community.Display.V1.FormattedValue': 'Outgoing',
      'modifiedon@OData.Community.Display.V1.FormattedValue': '4/7/2023 1:59 PM',
    });
    const keys = Object.keys(values(json)[0]!);
    expect(keys.indexOf('_regardingobjectid_value@OData.Community.Display.V1.FormattedValue')).toBeLessThan(
      keys.indexOf('_regardingobjectid_value'),
    );
  });

  it('formats datetimes in the user’s time zone', () => {
    expect(formatDateTime('2023-04-07T21:59:01Z', -420)).toBe('4/7/2023 2:59 PM');
    expect(formatDateTime('2023-04-07T00:05:00Z', 0)).toBe('4/7/2023 12:05 AM');
    const row = values(get(store, 'emails?$select=modifiedon', { prefer: ALL, user: 'service' }).json)[0]!;
    expect(row['modifiedon@OData.Community.Display.V1.FormattedValue']).toBe('4/7/2023 10:59 PM');
  });

  it('honours filtered forms of include-annotations', () => {
    const only = values(
      get(store, 'emails?$select=_regardingobjectid_value,statecode', {
        prefer: 'odata.include-annotations="OData.Community.Display.V1.FormattedValue"',
      }).json,
    )[0]!;
    expect(only).toHaveProperty(['statecode@OData.Community.Display.V1.FormattedValue']);
    expect(only).not.toHaveProperty(['_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname']);
    const crm = values(
      get(store, 'emails?$select=_regardingobjectid_value,statecode', { prefer: 'odata.include-annotations="Microsoft.Dynamics.CRM.*"' })
        .json,
    )[0]!;
    expect(crm).toHaveProperty(['_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname'], 'contact');
    expect(crm).not.toHaveProperty(['statecode@OData.Community.Display.V1.FormattedValue']);
  });

  it('puts @odata.type on activitypointer rows when annotations are asked for', () => {
    const rows = values(get(store, 'activitypointers?$select=subject&$orderby=sortdate', { prefer: ALL }).json);
    expect(rows.map((r) => r['@odata.type'])).toEqual(['#Microsoft.Dynamics.CRM.email', '#Microsoft.Dynamics.CRM.phonecall']);
    expect(Object.keys(rows[0]!)[0]).toBe('@odata.type');
    expect(values(get(store, 'activitypointers?$select=subject').json)[0]).not.toHaveProperty(['@odata.type']);
  });

  it('names the lookup target of a polymorphic party', () => {
    const parties = values(
      get(store, `activityparties?$select=_partyid_value&$filter=_activityid_value eq ${E1}&$orderby=participationtypemask`, {
        prefer: ALL,
      }).json,
    );
    expect(parties[0]).toMatchObject({
      '_partyid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'systemuser',
      '_partyid_value@Microsoft.Dynamics.CRM.associatednavigationproperty': 'partyid_systemuser',
    });
    expect(get(store, `accounts(${A1})?$select=name`).json['@odata.context']).toBe(`${ORG}/api/data/v9.2/$metadata#accounts(name)/$entity`);
  });
});

describe('$apply', () => {
  it('groups and counts, ordered by the group keys, with formatted keys when asked', () => {
    const { json } = get(store, 'activitypointers?$apply=groupby((activitytypecode),aggregate($count as count))', {
      prefer: 'odata.include-annotations="*"',
    });
    expect(json['@odata.context']).toBe(`${ORG}/api/data/v9.2/$metadata#activitypointers(activitytypecode,count)`);
    expect(values(json)).toEqual([
      { 'activitytypecode@OData.Community.Display.V1.FormattedValue': 'Email', activitytypecode: 'email', count: 1 },
      { 'activitytypecode@OData.Community.Display.V1.FormattedValue': 'Phone Call', activitytypecode: 'phonecall', count: 1 },
    ]);
  });

  it('filters before aggregating, and aggregates without groups', () => {
    expect(values(get(store, 'activitypointers?$apply=filter(statecode eq 0)/aggregate($count as open)').json)).toEqual([{ open: 1 }]);
    expect(values(get(store, `activitypointers?$filter=_regardingobjectid_value eq ${C1}&$apply=aggregate($count as n)`).json)).toEqual([
      { n: 1 },
    ]);
    expect(values(get(store, 'contacts?$apply=groupby((statecode))').json)).toEqual([{ statecode: 0 }, { statecode: 1 }]);
  });

  it('rejects what it does not support with 0x80060888, and unknown columns with 0x0', () => {
    expect(get(store, 'contacts?$apply=compute(x)').json).toMatchObject({ error: { code: '0x80060888' } });
    expect(get(store, 'contacts?$apply=groupby((nope))').json).toMatchObject({ error: { code: '0x0' } });
  });
});
