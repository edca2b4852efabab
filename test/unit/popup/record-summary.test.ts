import { describe, expect, it } from 'vitest';
import { DataverseClient } from '../../../lib/dataverse/client';
import { fail, ok } from '../../../lib/dataverse/errors';
import { recordSummary } from '../../../lib/popup/record-summary';
import type { TimelineSource } from '../../../lib/sources/types';
import type { Interaction } from '../../../lib/timeline/model';

const ORG = 'https://contoso.crm.dynamics.com';
const USER = 'd96e9f55-f06d-e511-80d0-00155db07cb1';
const RECORD = { entity: 'contact' as const, id: '02964e67-a9d4-4422-acc6-573c7cc89a07' };

const whoAmI = (signedIn = true) =>
  new DataverseClient({
    orgUrl: ORG,
    sleep: async () => undefined,
    fetch: (async () =>
      signedIn
        ? new Response(JSON.stringify({ UserId: USER, BusinessUnitId: USER, OrganizationId: USER }), {
            headers: { 'Content-Type': 'application/json' },
          })
        : new Response('<html>sign in</html>', { headers: { 'Content-Type': 'text/html' } })) as typeof fetch,
  });

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`;
const interaction = (id: string, kind: Interaction['kind'], day: number, extra: Partial<Interaction> = {}): Interaction => ({
  id,
  kind,
  source: 'x',
  title: `${kind} ${id}`,
  time: at(day),
  ...extra,
});
const marketingEmail = (id: string, day: number) =>
  interaction(id, 'email', day, { marketing: { channel: 'email', origin: 'real-time', events: [], actions: [] } });

function source(id: string, fetch: TimelineSource['fetch'], privileges: string[] = []): TimelineSource {
  return { id, label: id, kinds: ['note'], requiredPrivileges: privileges, appliesTo: ['contact'], fetch };
}

const deps = (sources: TimelineSource[], client = whoAmI()) => ({
  client,
  cache: null,
  sources,
  privileges: async () => ok(new Set<string>()),
});

describe('recordSummary', () => {
  it('gives the five newest interactions, counts by channel and the total', async () => {
    const activities = [
      interaction('e1', 'email', 1),
      interaction('e2', 'email', 9),
      interaction('p1', 'phonecall', 3),
      interaction('e1', 'email', 1), // the same activity twice (regarding and as a party) counts once
    ];
    const reply = await recordSummary(
      deps([
        source('activities', async () => ok(activities)),
        source('notes', async () => ok([interaction('n1', 'note', 12), interaction('n2', 'note', 2)])),
        source('marketing', async () => ok([marketingEmail('m1', 11), marketingEmail('m2', 10), marketingEmail('m3', 4)])),
      ]),
      ORG,
      { record: RECORD },
    );
    expect(reply.state).toBe('ok');
    if (reply.state !== 'ok') return;
    expect(reply.total).toBe(8);
    expect(reply.latest.map((i) => i.id)).toEqual(['n1', 'm1', 'm2', 'e2', 'm3']);
    expect(reply.latest[1]).toMatchObject({ kind: 'email', channel: 'email' });
    expect(reply.counts).toEqual([
      { kind: 'email', channel: 'email', count: 3 },
      { kind: 'email', count: 2 },
      { kind: 'note', count: 2 },
      { kind: 'phonecall', count: 1 },
    ]);
    expect(reply.complete).toBe(true);
  });

  it('leaves a source the user may not read out, and says so', async () => {
    let queried = false;
    const reply = await recordSummary(
      deps([
        source('notes', async () => ok([interaction('n1', 'note', 1)])),
        source('posts', async () => ((queried = true), ok([])), ['prvReadPost']),
      ]),
      ORG,
      { record: RECORD },
    );
    expect(queried).toBe(false);
    expect(reply.state === 'ok' && reply.sources.find((s) => s.id === 'posts')?.state).toBe('denied');
    expect(reply.state === 'ok' && reply.total).toBe(1);
  });

  it('says signed out when the session has ended', async () => {
    expect(await recordSummary(deps([], whoAmI(false)), ORG, { record: RECORD })).toEqual({ state: 'signed-out', orgUrl: ORG });
  });

  it('stops at the time limit with what had arrived, marked incomplete', async () => {
    const slow = source(
      'activities',
      (ctx) => new Promise((resolve) => ctx.signal.addEventListener('abort', () => resolve(fail({ kind: 'aborted', message: '' })))),
    );
    const fast = source('notes', async () => ok([interaction('n1', 'note', 1)]));
    const reply = await recordSummary(deps([slow, fast]), ORG, { record: RECORD, timeoutMs: 50 });
    expect(reply).toMatchObject({ state: 'ok', total: 1, complete: false });
  });

  it('is cancelled when a newer request takes over', async () => {
    const controller = new AbortController();
    const slow = source('activities', (ctx) => new Promise((resolve) => ctx.signal.addEventListener('abort', () => resolve(ok([])))));
    const pending = recordSummary(deps([slow]), ORG, { record: RECORD, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(await pending).toEqual({ state: 'cancelled' });
  });
});
