// Shared set-up for the emulator's unit tests: a small store and a direct (in-process) Web API call.
import type { ApiResponse } from '../../emulator/api-types.ts';
import { deterministicGuid } from '../../emulator/ids.ts';
import type { Row, Store } from '../../emulator/model.ts';
import { createStore, insertRow } from '../../emulator/store.ts';
import { USERS, type UserKey } from '../../emulator/users.ts';
import { handleApi } from '../../emulator/webapi.ts';

export const ORG = 'https://contoso.crm.dynamics.com';

export const C1 = '11111111-0000-0000-0000-000000000001';
export const C2 = '11111111-0000-0000-0000-000000000002';
export const C3 = '11111111-0000-0000-0000-000000000003';
export const L1 = '22222222-0000-0000-0000-000000000001';
export const A1 = '33333333-0000-0000-0000-000000000001';

export function smallStore(): Store {
  const store = createStore();
  for (const u of Object.values(USERS)) insertRow(store, 'systemuser', { systemuserid: u.systemuserid, fullname: u.fullname });
  insertRow(store, 'account', { accountid: A1, name: 'Fourth Coffee' });
  insertRow(store, 'contact', {
    contactid: C1,
    fullname: "Dan O'Brien",
    firstname: 'Dan',
    emailaddress1: 'dan@example.com',
    statecode: 0,
    createdon: '2024-01-10T08:00:00Z',
    _parentcustomerid_value: A1,
    '_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'account',
  });
  insertRow(store, 'contact', { contactid: C2, fullname: 'Ana Souza', firstname: 'Ana', statecode: 1, createdon: '2025-06-01T12:30:00Z' });
  insertRow(store, 'contact', { contactid: C3, fullname: 'zoë Adams', firstname: null, statecode: 0, createdon: '2023-03-03T00:00:00Z' });
  insertRow(store, 'lead', { leadid: L1, fullname: 'Lee Lead', subject: 'Interested' });
  return store;
}

export function email(
  id: string,
  subject: string,
  regarding: { id: string; table: string } | null,
  parties: { id: string; table: string; mask: number }[],
  extra: Row = {},
): Row {
  return {
    activityid: id,
    subject,
    statecode: 1,
    sortdate: extra.sortdate ?? '2025-01-01T00:00:00Z',
    ...(regarding
      ? { _regardingobjectid_value: regarding.id, '_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname': regarding.table }
      : {}),
    email_activity_parties: parties.map((p, i) => ({
      activitypartyid: deterministicGuid(`party:${id}:${i}`),
      _partyid_value: p.id,
      '_partyid_value@Microsoft.Dynamics.CRM.lookuplogicalname': p.table,
      participationtypemask: p.mask,
    })),
    ...extra,
  };
}

export interface CallOptions {
  user?: UserKey;
  prefer?: string;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  /** The org's clock (default 2025-06-15T12:00:00Z). */
  now?: Date;
}

export function call(store: Store, path: string, opts: CallOptions = {}): ApiResponse {
  const url = new URL(path.startsWith('/') ? path : `/api/data/v9.2/${path}`, ORG);
  return handleApi(
    { store, orgUrl: ORG, now: () => opts.now ?? new Date('2025-06-15T12:00:00Z') },
    {
      method: opts.method ?? 'GET',
      url,
      headers: { ...(opts.prefer ? { prefer: opts.prefer } : {}), ...(opts.headers ?? {}) },
      body: opts.body ?? '',
      user: USERS[opts.user ?? 'admin'],
    },
  );
}

export function get(
  store: Store,
  path: string,
  opts: CallOptions = {},
): { status: number; json: Record<string, unknown>; res: ApiResponse } {
  const res = call(store, path, opts);
  return { status: res.status, json: res.body ? (JSON.parse(res.body) as Record<string, unknown>) : {}, res };
}

export function values(body: Record<string, unknown>): Row[] {
  return body.value as Row[];
}
