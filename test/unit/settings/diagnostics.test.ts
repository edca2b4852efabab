// Diagnostics (lib/diagnostics): what is recorded per org and source, and that a copied report
// carries no personal data.
import { describe, expect, it } from 'vitest';
import { errorKind, parseDiagnosticsState, recordUpdate, type DiagnosticsState } from '../../../lib/diagnostics/recorder';
import { diagnosticsText } from '../../../lib/diagnostics/report';
import { orgKind, scrubText } from '../../../lib/diagnostics/scrub';
import type { OrgStatus } from '../../../lib/messaging/options-protocol';
import type { SourceStatus, TimelineUpdate } from '../../../lib/messaging/protocol';

const ORG = 'https://contoso.crm.dynamics.com';
const USER_ID = 'd96e9f55-f06d-e511-80d0-00155db07cb1';
const RECORD_ID = '70bf4d48-34cb-ed11-b596-0022481d68cd';
const PERSONAL = ['Dana Whitfield', 'dana@contoso.com', USER_ID, RECORD_ID, 'contoso', '+1 425 555 0100', 'Renewal with Dana'];

const update = (
  sources: SourceStatus[],
  done = true,
  session: TimelineUpdate['session'] = { state: 'ok', userId: USER_ID },
): TimelineUpdate => ({
  requestId: 'r1',
  record: { entity: 'contact', id: RECORD_ID },
  session,
  sources,
  done,
});
const notes = (patch: Partial<SourceStatus>): SourceStatus => ({ id: 'notes', label: 'Notes', state: 'ok', message: '', ...patch });

describe('scrubbing', () => {
  it('replaces ids, emails, phone numbers, links, the org host and quoted text', () => {
    const text = scrubText(
      `Dynamics 365 could not find what was asked for: contact With Id = ${RECORD_ID} Does Not Exist (asked by dana@contoso.com at https://contoso.crm.dynamics.com/api/data/v9.2/contacts, call +1 425 555 0100, 'Renewal with Dana')`,
      { orgUrl: ORG },
    );
    for (const p of PERSONAL) expect(text).not.toContain(p);
    expect(text).toBe(
      'Dynamics 365 could not find what was asked for: contact With Id = <id> Does Not Exist (asked by <email> at <org>, call <number>, <text>)',
    );
  });

  it('keeps what says what failed: privileges, table names, short numbers', () => {
    const text = "You cannot read post: your security role lacks prvReadPost. Try again in 5 s. for entity 'msdynmkt_email'";
    expect(scrubText(text, { orgUrl: ORG })).toBe(text);
  });

  it('tells online orgs from custom ones', () => {
    expect(orgKind(ORG)).toBe('online');
    expect(orgKind('https://crm.fabrikam.example')).toBe('custom');
    expect(orgKind('https://contoso.crm.dynamics.com:8443')).toBe('custom');
  });
});

describe('the diagnostics recorder', () => {
  it('records finished loads only: last refresh, count and state per source', () => {
    let state: DiagnosticsState = {};
    state = recordUpdate(state, ORG, update([notes({ state: 'loading' })], false), 1000);
    expect(state).toEqual({});
    state = recordUpdate(state, ORG, update([notes({ count: 12, fetchedAt: 1500 })]), 2000);
    expect(state[ORG]).toMatchObject({ loads: 1, lastLoadAt: 2000, session: 'ok', errors: [] });
    expect(state[ORG]!.sources.notes).toEqual({ state: 'ok', at: 2000, count: 12, refreshedAt: 1500 });
  });

  it('keeps the last errors in plain words, scrubbed, with their kind, counting repeats', () => {
    const failing = notes({
      state: 'error',
      message: `Dynamics 365 answered with an error (500): Record ${RECORD_ID} failed for dana@contoso.com`,
      count: 12,
      stale: true,
    });
    let state = recordUpdate({}, ORG, update([notes({ count: 12, fetchedAt: 1500 })]), 2000);
    state = recordUpdate(state, ORG, update([failing]), 3000);
    state = recordUpdate(state, ORG, update([failing]), 4000);
    const org = state[ORG]!;
    expect(org.sources.notes).toMatchObject({ state: 'error', count: 12, refreshedAt: 1500 });
    expect(org.errors).toEqual([
      {
        at: 4000,
        source: 'notes',
        kind: 'http',
        message: 'Dynamics 365 answered with an error (500): Record <id> failed for <email>',
        times: 2,
      },
    ]);
  });

  it('records a signed-out session, and reads back only what validates', () => {
    const state = recordUpdate({}, ORG, update([], true, { state: 'signed-out', message: 'You are signed out of Dynamics 365.' }), 5000);
    expect(state[ORG]!.errors[0]).toMatchObject({ source: 'session', kind: 'session-expired' });
    expect(parseDiagnosticsState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(parseDiagnosticsState({ [ORG]: { loads: 'many' } })).toEqual({});
  });

  it('recognises the kind of error from its words', () => {
    expect(errorKind('Dynamics 365 is busy (service protection limits). Try again in 30 s.')).toBe('throttled');
    expect(errorKind('You cannot read post: your security role lacks prvReadPost. An administrator can grant it.')).toBe('denied');
    expect(errorKind('Could not reach Dynamics 365. Check your connection and try again. Showing what was saved 3 minutes ago.')).toBe(
      'network',
    );
    expect(errorKind('Something else')).toBe('error');
  });
});

describe('"Copy diagnostics"', () => {
  const status: OrgStatus = {
    ok: true,
    orgUrl: ORG,
    extensionVersion: '0.1.0',
    session: 'ok',
    user: { id: USER_ID, name: 'Dana Whitfield' },
    orgVersion: '9.2.25061.175',
    sources: [
      { id: 'notes', label: 'Notes', requiredPrivileges: ['prvReadNote'], state: 'granted', missing: [] },
      { id: 'posts', label: 'Posts', requiredPrivileges: ['prvReadPost'], state: 'missing', missing: ['prvReadPost'] },
    ],
  };
  let state = recordUpdate({}, ORG, update([notes({ count: 12, fetchedAt: 1500 })]), 2000);
  state = recordUpdate(
    state,
    ORG,
    update([notes({ state: 'error', message: `Dynamics 365 could not find what was asked for: Dana Whitfield's note ${RECORD_ID}` })]),
    3000,
  );

  const text = diagnosticsText({
    orgUrl: ORG,
    extensionVersion: '0.1.0',
    browser: 'Chrome/130.0.0.0',
    status,
    diagnostics: { ok: true, orgUrl: ORG, record: state[ORG]! },
    sourceOn: (id) => id !== 'posts',
    now: new Date('2026-03-04T10:00:00Z'),
  });

  it('carries no names, emails, record or user ids, nor the org host', () => {
    for (const p of PERSONAL) expect(text).not.toContain(p);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('says what a support engineer needs: versions, org kind, sources with privileges, counts and errors', () => {
    expect(text).toContain('Touchpoint version: 0.1.0');
    expect(text).toContain('Browser: Chrome/130.0.0.0');
    expect(text).toContain('Org: Dynamics 365 online');
    expect(text).toContain('Dataverse version: 9.2.25061.175');
    expect(text).toContain('Session: signed in');
    expect(text).toContain('- notes: on; privileges granted; last state error; 12 items; last refresh 1970-01-01T00:00:01.500Z');
    expect(text).toContain('- posts: off; missing prvReadPost; not loaded yet');
    expect(text).toContain('not-found: Dynamics 365 could not find what was asked for: <name>');
  });
});
