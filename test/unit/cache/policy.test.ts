import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { scopeOf } from '../../../lib/cache/keys';
import { DAY_MS, entriesToDrop, MEGABYTE, withoutBody } from '../../../lib/cache/policy';
import { openTimelineCache, type TimelineCache } from '../../../lib/cache/store';
import type { Interaction } from '../../../lib/timeline/model';

const CONTOSO = 'https://contoso.crm.dynamics.com';
const FABRIKAM = 'https://fabrikam.crm4.dynamics.com';
const USER = 'd96e9f55-f06d-e511-80d0-00155db07cb1';
const record = (n: number) => ({ entity: 'contact' as const, id: `70bf4d48-34cb-ed11-b596-${String(n).padStart(12, '0')}` });
const note = (id: string, summary = 'The full text of the note, with the customer’s words.'): Interaction => ({
  id,
  kind: 'note',
  source: 'notes',
  title: 'Call back about the renewal',
  summary,
  time: '2026-01-01T00:00:00Z',
});
const POLICY = { keepDays: 30, maxMegabytes: 200, skipBodies: false };

let cache: TimelineCache;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  cache = await openTimelineCache();
});

describe('"do not keep message bodies"', () => {
  it('leaves out email and note bodies and nothing else', () => {
    expect(withoutBody(note('n1'))).toEqual({
      id: 'n1',
      kind: 'note',
      source: 'notes',
      title: 'Call back about the renewal',
      time: '2026-01-01T00:00:00Z',
    });
    const email: Interaction = { ...note('e1'), kind: 'email', source: 'activities' };
    expect(withoutBody(email).summary).toBeUndefined();
    const post: Interaction = { ...note('p1'), kind: 'post', source: 'posts' };
    expect(withoutBody(post)).toBe(post);
  });

  it('writes no body once turned on, and removes those already cached', async () => {
    const scope = scopeOf(CONTOSO, USER);
    await cache.write(scope, record(1), { notes: { items: [note('n1')], fetchedAt: 1 } });
    cache.setPolicy(() => ({ ...POLICY, skipBodies: true }));
    await cache.write(scope, record(2), { notes: { items: [note('n2')], fetchedAt: 1 } });
    expect((await cache.read(scope, record(2)))?.sources.notes?.items[0]).toMatchObject({ id: 'n2', title: 'Call back about the renewal' });
    expect((await cache.read(scope, record(2)))?.sources.notes?.items[0]?.summary).toBeUndefined();
    expect((await cache.read(scope, record(1)))?.sources.notes?.items[0]?.summary).toBeDefined();
    expect(await cache.stripBodies()).toBe(1);
    expect((await cache.read(scope, record(1)))?.sources.notes?.items[0]?.summary).toBeUndefined();
  });
});

describe('cache usage and clearing', () => {
  it('counts timelines and their size per org, and clears one org or all', async () => {
    await cache.write(scopeOf(CONTOSO, USER), record(1), { notes: { items: [note('n1')], fetchedAt: 1 } });
    await cache.write(scopeOf(CONTOSO, USER), record(2), { notes: { items: [note('n2', 'x'.repeat(5000))], fetchedAt: 1 } });
    await cache.write(scopeOf(FABRIKAM, USER), record(1), { notes: { items: [note('n1')], fetchedAt: 1 } });
    const usage = await cache.usage();
    expect(Object.keys(usage).sort()).toEqual([CONTOSO, FABRIKAM]);
    expect(usage[CONTOSO]!.records).toBe(2);
    expect(usage[CONTOSO]!.bytes).toBeGreaterThan(5000);
    expect(usage[FABRIKAM]!.bytes).toBeLessThan(2000);
    expect(await cache.clearOrg(CONTOSO)).toBe(2);
    expect(Object.keys(await cache.usage())).toEqual([FABRIKAM]);
    expect(await cache.clearAll()).toBe(1);
    expect(await cache.usage()).toEqual({});
    expect(await cache.read(scopeOf(FABRIKAM, USER), record(1))).toBeUndefined();
  });
});

describe('time to keep and largest size', () => {
  it('drops timelines not opened for longer than the days to keep', async () => {
    const scope = scopeOf(CONTOSO, USER);
    await cache.write(scope, record(1), { notes: { items: [note('n1')], fetchedAt: 1 } });
    const later = Date.now() + 31 * DAY_MS;
    expect(await cache.enforce(POLICY, Date.now() + 29 * DAY_MS)).toEqual({ expired: 0, evicted: 0 });
    expect(await cache.enforce(POLICY, later)).toEqual({ expired: 1, evicted: 0 });
    expect(await cache.read(scope, record(1))).toBeUndefined();
  });

  it('evicts the least recently used timelines beyond the largest size; reading one counts as using it', async () => {
    const scope = scopeOf(CONTOSO, USER);
    const big = (n: number) => ({ notes: { items: [note(`n${n}`, 'x'.repeat(0.4 * MEGABYTE))], fetchedAt: 1 } });
    for (const n of [1, 2, 3]) {
      await cache.write(scope, record(n), big(n));
      await new Promise((r) => setTimeout(r, 5));
    }
    await cache.read(scope, record(1)); // 1 is now the most recently used; 2 the least
    await new Promise((r) => setTimeout(r, 5));
    cache.setPolicy(() => ({ ...POLICY, maxMegabytes: 1 }));
    await cache.write(scope, record(4), big(4));
    const kept = await Promise.all([1, 2, 3, 4].map(async (n) => (await cache.read(scope, record(n))) !== undefined));
    expect(kept).toEqual([true, false, false, true]);
    expect((await cache.usage())[CONTOSO]!.bytes).toBeLessThanOrEqual(MEGABYTE);
  });

  it('chooses what to drop: expired first, then oldest use until the rest fits', () => {
    const now = 100 * DAY_MS;
    const entries = [
      { key: 'old', bytes: 10, accessedAt: now - 40 * DAY_MS },
      { key: 'a', bytes: 0.6 * MEGABYTE, accessedAt: now - 3 * DAY_MS },
      { key: 'b', bytes: 0.6 * MEGABYTE, accessedAt: now - 2 * DAY_MS },
      { key: 'c', bytes: 0.3 * MEGABYTE, accessedAt: now - DAY_MS },
    ];
    expect(entriesToDrop(entries, { ...POLICY, maxMegabytes: 1 }, now)).toEqual({ expired: ['old'], evicted: ['a'] });
  });
});

describe('the cache of an older version', () => {
  it('is migrated: timelines cached before sizes were kept are measured, none is lost', async () => {
    globalThis.indexedDB = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('touchpoint-cache', 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('timelines', { keyPath: 'key' });
        store.createIndex('byOrg', 'org');
        store.createIndex('byAccess', 'accessedAt');
        store.put({
          key: 'k1',
          org: CONTOSO,
          user: USER,
          entity: 'contact',
          recordId: record(1).id,
          savedAt: 1,
          accessedAt: 1,
          sources: {},
        });
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    const migrated = await openTimelineCache();
    expect((await migrated.usage())[CONTOSO]?.records).toBe(1);
    migrated.close();
  });

  it('written by a newer version (a downgrade) is refused cleanly, so the worker works from memory', async () => {
    globalThis.indexedDB = new IDBFactory();
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('touchpoint-cache', 99);
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
    });
    await expect(openTimelineCache()).rejects.toMatchObject({ name: 'VersionError' });
  });
});
