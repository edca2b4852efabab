import { describe, expect, it } from 'vitest';
import { bindFilter } from '../../emulator/odata/filter.ts';
import { parseFilter } from '../../emulator/odata/filter-parse.ts';
import { insertRow } from '../../emulator/store.ts';
import { USERS } from '../../emulator/users.ts';
import { A1, C1, C2, C3, email, get, L1, smallStore, values } from './helpers.ts';

const store = smallStore();
insertRow(
  store,
  'email',
  email('e0000000-0000-0000-0000-000000000001', 'Hello', { id: C1, table: 'contact' }, [
    { id: C2, table: 'contact', mask: 2 },
    { id: C1, table: 'contact', mask: 1 },
  ]),
);
insertRow(
  store,
  'email',
  email('e0000000-0000-0000-0000-000000000002', 'Re: hello', { id: L1, table: 'lead' }, [{ id: C2, table: 'contact', mask: 1 }]),
);
insertRow(store, 'email', email('e0000000-0000-0000-0000-000000000003', 'No parties', null, []));

function ids(path: string): string[] {
  const { status, json } = get(store, path);
  expect(status, JSON.stringify(json)).toBe(200);
  return values(json).map((r) => String(r.contactid ?? r.activityid));
}

describe('$filter parsing', () => {
  it('parses precedence: not > and > or, and parentheses', () => {
    expect(parseFilter('a eq 1 or b eq 2 and not c eq 3')).toMatchObject({ kind: 'or', right: { kind: 'and', right: { kind: 'not' } } });
    expect(parseFilter('(a eq 1 or b eq 2) and c eq 3')).toMatchObject({ kind: 'and', left: { kind: 'or' } });
  });

  it('reads literals: quoted strings with doubled quotes, numbers, GUIDs and datetimes unquoted, true/false/null', () => {
    expect(parseFilter("x eq 'O''Brien'")).toMatchObject({ right: { type: 'string', value: "O'Brien" } });
    expect(parseFilter('x eq -12.5')).toMatchObject({ right: { type: 'number', value: -12.5 } });
    expect(parseFilter('x eq ABCDEF12-0000-0000-0000-000000000001')).toMatchObject({
      right: { type: 'guid', value: 'abcdef12-0000-0000-0000-000000000001' },
    });
    expect(parseFilter('x ge 2025-01-01T00:00:00Z')).toMatchObject({ right: { type: 'datetime', value: '2025-01-01T00:00:00Z' } });
    expect(parseFilter('x eq null')).toMatchObject({ right: { type: 'null' } });
    expect(parseFilter('x eq true')).toMatchObject({ right: { type: 'bool', value: true } });
  });

  it('parses lambdas and Microsoft.Dynamics.CRM functions', () => {
    expect(parseFilter('parties/any(p:p/_partyid_value eq 11111111-0000-0000-0000-000000000001)')).toMatchObject({
      kind: 'lambda',
      op: 'any',
      variable: 'p',
    });
    expect(parseFilter("Microsoft.Dynamics.CRM.In(PropertyName='a',PropertyValues=['x','y'])")).toMatchObject({
      kind: 'crm',
      name: 'In',
      params: { PropertyValues: [{ value: 'x' }, { value: 'y' }] },
    });
  });

  it.each(['fullname eq', "fullname eq 'x", 'fullname eq 1)', 'eq 1', 'fullname eq # ', 'contains(fullname)'])(
    'rejects malformed %s with 0x80060888',
    (f) => {
      const { status, json } = get(store, `contacts?$filter=${encodeURIComponent(f)}`);
      expect(status).toBe(400);
      expect(json).toMatchObject({ error: { code: '0x80060888' } });
    },
  );
});

describe('$filter evaluation', () => {
  it('compares strings case-insensitively, and handles quotes in literals', () => {
    expect(ids("contacts?$filter=fullname eq 'DAN O''BRIEN'")).toEqual([C1]);
    expect(ids("contacts?$filter=fullname ne 'ana souza'&$orderby=fullname")).toEqual([C1, C3]);
  });

  it('supports contains/startswith/endswith without regard to case', () => {
    expect(ids("contacts?$filter=contains(fullname,'SOUZ')")).toEqual([C2]);
    expect(ids("contacts?$filter=startswith(fullname,'ZO')")).toEqual([C3]);
    expect(ids("contacts?$filter=endswith(emailaddress1,'@EXAMPLE.COM')")).toEqual([C1]);
  });

  it('compares numbers, datetimes and combines with and/or/not', () => {
    expect(ids('contacts?$filter=statecode eq 1')).toEqual([C2]);
    expect(ids('contacts?$filter=createdon ge 2024-01-01T00:00:00Z and createdon lt 2025-12-31')).toEqual([C1, C2]);
    expect(ids('contacts?$filter=not (statecode eq 0) or createdon lt 2023-12-01T00:00:00Z&$orderby=fullname')).toEqual([C2, C3]);
  });

  it('treats null with SQL semantics: eq/ne null test presence, other comparisons skip null rows', () => {
    expect(ids('contacts?$filter=firstname eq null')).toEqual([C3]);
    expect(ids('contacts?$filter=firstname ne null&$orderby=fullname')).toEqual([C2, C1]);
    expect(ids("contacts?$filter=firstname ne 'Dan'")).toEqual([C2]);
  });

  it('filters lookups by GUID, case-insensitively, and supports in (...)', () => {
    expect(ids(`contacts?$filter=_parentcustomerid_value eq ${A1.toUpperCase()}`)).toEqual([C1]);
    expect(ids("contacts?$filter=fullname in ('ana souza','Zoë Adams')&$orderby=fullname")).toEqual([C2, C3]);
    expect(ids("contacts?$filter=Microsoft.Dynamics.CRM.In(PropertyName='statecode',PropertyValues=['1'])")).toEqual([C2]);
  });

  it('evaluates any/all lambdas on collection-valued navigation properties', () => {
    expect(ids(`activitypointers?$filter=activitypointer_activity_parties/any(p:p/_partyid_value eq ${C2})`)).toEqual([
      'e0000000-0000-0000-0000-000000000001',
      'e0000000-0000-0000-0000-000000000002',
    ]);
    expect(
      ids(`activitypointers?$filter=activitypointer_activity_parties/any(p:p/_partyid_value eq ${C2} and p/participationtypemask eq 1)`),
    ).toEqual(['e0000000-0000-0000-0000-000000000002']);
    expect(ids('activitypointers?$filter=activitypointer_activity_parties/any()')).toHaveLength(2);
    expect(ids('activitypointers?$filter=activitypointer_activity_parties/all(p:p/participationtypemask eq 1)')).toEqual([
      'e0000000-0000-0000-0000-000000000002',
      'e0000000-0000-0000-0000-000000000003',
    ]);
    expect(ids(`emails?$filter=email_activity_parties/any(p:p/_partyid_value eq ${C1}) or _regardingobjectid_value eq ${L1}`)).toHaveLength(
      2,
    );
  });

  it('follows single-valued navigation properties in a path', () => {
    expect(ids("contacts?$filter=parentcustomerid_account/name eq 'fourth coffee'")).toEqual([C1]);
  });

  it('plans candidates from indexes for equality, in and any()', () => {
    const env = { store, user: USERS.admin, now: new Date() };
    const def = store.defs.get('activitypointer')!;
    expect(bindFilter(`_regardingobjectid_value eq ${C1}`, def, env).candidates()).toHaveLength(1);
    expect(bindFilter(`activitypointer_activity_parties/any(p:p/_partyid_value eq ${C2})`, def, env).candidates()).toHaveLength(2);
    expect(bindFilter(`contains(subject,'x') and _regardingobjectid_value eq ${L1}`, def, env).candidates()).toHaveLength(1);
    expect(bindFilter("contains(subject,'x')", def, env).candidates()).toBeNull();
  });

  it('answers an unknown column with the real 400 0x0 body', () => {
    const { status, json } = get(store, "contacts?$filter=Name eq 'x'");
    expect(status).toBe(400);
    expect(json).toEqual({
      error: { code: '0x0', message: "Could not find a property named 'Name' on type 'Microsoft.Dynamics.CRM.contact'." },
    });
    expect(get(store, `activitypointers?$filter=activitypointer_activity_parties/any(p:p/nope eq 1)`).json).toMatchObject({
      error: { message: "Could not find a property named 'nope' on type 'Microsoft.Dynamics.CRM.activityparty'." },
    });
  });

  it('rejects a quoted GUID on a GUID column as incompatible types', () => {
    const { status, json } = get(store, `contacts?$filter=_parentcustomerid_value eq '${A1}'`);
    expect(status).toBe(400);
    expect(json).toMatchObject({
      error: {
        code: '0x80060888',
        message:
          "A binary operator with incompatible types was detected. Found operand types 'Edm.Guid' and 'Edm.String' for operator kind 'Equal'.",
      },
    });
  });

  it('supports parameter aliases', () => {
    expect(ids(`contacts?$filter=_parentcustomerid_value eq @p1&@p1=${A1}`)).toEqual([C1]);
  });
});
