import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { scopeOf } from '../../../lib/cache/keys';
import { openTimelineCache } from '../../../lib/cache/store';
import { DataverseClient } from '../../../lib/dataverse/client';
import { fail, ok } from '../../../lib/dataverse/errors';
import type { TimelineUpdate } from '../../../lib/messaging/protocol';
import type { TimelineSource } from '../../../lib/sources/types';
import { loadTimeline } from '../../../lib/timeline/load-timeline';

const ORG = 'https://contoso.crm.dynamics.com';
const USER = 'd96e9f55-f06d-e511-80d0-00155db07cb1';
const RECORD = { entity: 'contact' as const, id: '70bf4d48-34cb-ed11-b596-0022481d68cd' };

function whoAmIClient(whoAmI: () => Response) {
  return new DataverseClient({ orgUrl: ORG, fetch: (async () => whoAmI()) as typeof fetch, sleep: async () => undefined });
}
const whoAmIOk = () =>
  new Response(JSON.stringify({ UserId: USER, BusinessUnitId: USER, OrganizationId: USER }), {
    headers: { 'Content-Type': 'application/json' },
  });

function source(id: string, run: TimelineSource['fetch'], privileges: string[] = []): TimelineSource {
  return { id, label: id, kinds: ['note'], requiredPrivileges: privileges, appliesTo: ['contact'], fetch: run };
}
const note = (id: string) => ({ id, kind: 'note' as const, source: 'x', title: id, time: '2026-01-01T00:00:00Z' });

async function run(
  sources: TimelineSource[],
  client = whoAmIClient(whoAmIOk),
  held = new Set<string>(),
  cache: Awaited<ReturnType<typeof openTimelineCache>> | null = null,
) {
  const updates: TimelineUpdate[] = [];
  await loadTimeline(
    { client, cache, sources, privileges: async () => ok(held) },
    { requestId: 'r1', record: RECORD, signal: new AbortController().signal, emit: (u) => updates.push(structuredClone(u)) },
  );
  return updates;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('loadTimeline', () => {
  it('says signed out when the session has ended, and queries no source', async () => {
    let queried = false;
    const client = whoAmIClient(() => new Response('<html>sign in</html>', { headers: { 'Content-Type': 'text/html' } }));
    const updates = await run([source('notes', async () => ((queried = true), ok([])))], client);
    const last = updates.at(-1)!;
    expect(last.done).toBe(true);
    expect(last.session.state).toBe('signed-out');
    expect(queried).toBe(false);
  });

  it('signing out of the org clears what was saved for it', async () => {
    const cache = await openTimelineCache();
    await cache.write(scopeOf(ORG, USER), RECORD, { notes: { items: [note('old')], fetchedAt: Date.now() } });
    const client = whoAmIClient(() => new Response('<html>sign in</html>', { headers: { 'Content-Type': 'text/html' } }));
    const updates = await run([source('notes', async () => ok([]))], client, new Set(), cache);
    expect(updates.some((u) => u.items?.notes)).toBe(false);
    expect(await cache.read(scopeOf(ORG, USER), RECORD)).toBeUndefined();
    cache.close();
  });

  it('does not query a source whose privilege is missing, and says which', async () => {
    let queried = false;
    const updates = await run([source('posts', async () => ((queried = true), ok([])), ['prvReadPost'])]);
    const status = updates.at(-1)!.sources[0]!;
    expect(queried).toBe(false);
    expect(status).toMatchObject({ state: 'denied', missing: ['prvReadPost'] });
    expect(status.message).toContain('prvReadPost');
  });

  it('one failing source does not blank the others', async () => {
    const updates = await run([
      source('notes', async () => ok([note('n1')])),
      source('posts', async () => fail({ kind: 'http', status: 500, code: '0x80040216', message: 'boom' })),
    ]);
    const last = updates.at(-1)!;
    expect(last.sources.map((s) => s.state)).toEqual(['ok', 'error']);
    const items = Object.assign({}, ...updates.map((u) => u.items ?? {}));
    expect(items.notes.map((i: { id: string }) => i.id)).toEqual(['n1']);
  });

  it('paints from the cache first, keeps cached items of a failing source marked stale, and saves fresh ones', async () => {
    const cache = await openTimelineCache();
    const scope = scopeOf(ORG, USER);
    await cache.write(scope, RECORD, {
      notes: { items: [note('old-n')], fetchedAt: Date.now() - 60_000 },
      posts: { items: [note('old-p')], fetchedAt: Date.now() - 60_000 },
    });
    const updates = await run(
      [source('notes', async () => ok([note('new-n')])), source('posts', async () => fail({ kind: 'network', message: 'offline' }))],
      whoAmIClient(whoAmIOk),
      new Set(),
      cache,
    );
    const painted = updates.find((u) => u.cachedAt !== undefined)!;
    expect(painted.items?.notes?.map((i) => i.id)).toEqual(['old-n']);
    const last = updates.at(-1)!;
    expect(last.sources.find((s) => s.id === 'posts')).toMatchObject({ state: 'error', stale: true });
    const saved = await cache.read(scope, RECORD);
    expect(saved?.sources.notes?.items.map((i) => i.id)).toEqual(['new-n']);
    expect(saved?.sources.posts?.items.map((i) => i.id)).toEqual(['old-p']);
    cache.close();
  });

  it('paints a long cached history newest rows first, then all of it', async () => {
    const cache = await openTimelineCache();
    const scope = scopeOf(ORG, USER);
    const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
    // Stored oldest first: the first step must still be the newest rows.
    const items = Array.from({ length: 2000 }, (_, n) => ({ ...note(`n${n}`), time: at(n) }));
    await cache.write(scope, RECORD, { notes: { items, fetchedAt: Date.now() - 60_000 } });
    const updates = await run([source('notes', async () => ok(items))], whoAmIClient(whoAmIOk), new Set(), cache);
    const painted = updates.filter((u) => u.cachedAt !== undefined && u.items?.notes);
    expect(painted.slice(0, 2).map((u) => u.items!.notes!.length)).toEqual([300, 2000]);
    expect(painted[0]!.items!.notes![0]!.id).toBe('n1999');
    expect(painted[0]!.items!.notes!.at(-1)!.id).toBe('n1700');
    cache.close();
  });

  it('a cache that is full or unavailable leaves the timeline in memory, with a notice', async () => {
    const full = {
      read: async () => undefined,
      write: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      clearOrg: async () => 0,
      close: () => undefined,
    };
    const updates = await run([source('notes', async () => ok([note('n1')]))], whoAmIClient(whoAmIOk), new Set(), full as never);
    const last = updates.at(-1)!;
    expect(last).toMatchObject({ done: true, memoryOnly: true });
    expect(updates.some((u) => u.items?.notes?.[0]?.id === 'n1')).toBe(true);
    const none = await run([source('notes', async () => ok([note('n1')]))], whoAmIClient(whoAmIOk), new Set(), null);
    expect(none.at(-1)).toMatchObject({ done: true, memoryOnly: true });
    const fine = await run([source('notes', async () => ok([note('n1')]))], whoAmIClient(whoAmIOk), new Set(), await openTimelineCache());
    expect(fine.at(-1)!.memoryOnly).toBeUndefined();
  });

  it('a source whose privilege was revoked is not painted from the cache, and its cache is purged', async () => {
    const cache = await openTimelineCache();
    const scope = scopeOf(ORG, USER);
    await cache.write(scope, RECORD, {
      marketing: { items: [note('m1')], fetchedAt: Date.now() },
      notes: { items: [note('n1')], fetchedAt: Date.now() },
    });
    const updates = await run(
      [source('notes', async () => ok([note('n1')])), source('marketing', async () => ok([note('m-new')]), ['prvReadmsdynmkt_email'])],
      whoAmIClient(whoAmIOk),
      new Set(),
      cache,
    );
    for (const u of updates) expect(u.items?.marketing ?? []).toEqual([]);
    expect(updates.find((u) => u.cachedAt !== undefined)?.items?.notes?.map((i) => i.id)).toEqual(['n1']);
    expect((await cache.read(scope, RECORD))?.sources.marketing?.items).toEqual([]);
    cache.close();
  });

  it('an unavailable source is off with the reason, and not queried', async () => {
    let queried = false;
    const offSource: TimelineSource = {
      ...source('marketing', async () => ((queried = true), ok([]))),
      availability: async () => ({ available: false, reason: 'Marketing interactions need the marketing solution 1.1.10512.25 or later.' }),
    };
    const updates = await run([offSource]);
    expect(queried).toBe(false);
    expect(updates.at(-1)!.sources[0]).toMatchObject({ state: 'off', message: expect.stringContaining('1.1.10512.25') });
  });

  it('emits nothing after an abort', async () => {
    const controller = new AbortController();
    const updates: TimelineUpdate[] = [];
    await loadTimeline(
      {
        client: whoAmIClient(whoAmIOk),
        cache: null,
        sources: [source('notes', async () => (controller.abort(), ok([note('n')])))],
        privileges: async () => ok(new Set()),
      },
      { requestId: 'r', record: RECORD, signal: controller.signal, emit: (u) => updates.push(u) },
    );
    expect(updates.every((u) => !u.items?.notes?.length)).toBe(true);
    expect(updates.some((u) => u.done)).toBe(false);
  });
});
