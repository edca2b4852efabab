import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { scopeOf, timelineKey } from '../../../lib/cache/keys';
import { openTimelineCache } from '../../../lib/cache/store';
import type { Interaction } from '../../../lib/timeline/model';

const CONTACT = { entity: 'contact' as const, id: '70bf4d48-34cb-ed11-b596-0022481d68cd' };
const item = (id: string): Interaction => ({ id, kind: 'note', source: 'notes', title: id, time: '2026-01-01T00:00:00Z' });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('cache keys', () => {
  it('separate orgs, users and records; normalise case', () => {
    const a = scopeOf('https://Contoso.crm.dynamics.com/', 'D96E9F55-F06D-E511-80D0-00155DB07CB1');
    expect(timelineKey(a, CONTACT)).toBe(
      'https://contoso.crm.dynamics.com|d96e9f55-f06d-e511-80d0-00155db07cb1|contact|70bf4d48-34cb-ed11-b596-0022481d68cd',
    );
    const otherUser = scopeOf('https://contoso.crm.dynamics.com', '7c1a2e10-3b4f-4d2a-9e61-2f0b9d7e1a02');
    const otherOrg = scopeOf('https://fabrikam.crm4.dynamics.com', 'd96e9f55-f06d-e511-80d0-00155db07cb1');
    expect(new Set([timelineKey(a, CONTACT), timelineKey(otherUser, CONTACT), timelineKey(otherOrg, CONTACT)]).size).toBe(3);
  });
});

describe('timeline cache', () => {
  it('keeps one user’s entries away from another', async () => {
    const cache = await openTimelineCache();
    const dana = scopeOf('https://contoso.crm.dynamics.com', 'd96e9f55-f06d-e511-80d0-00155db07cb1');
    const marcus = scopeOf('https://contoso.crm.dynamics.com', '7c1a2e10-3b4f-4d2a-9e61-2f0b9d7e1a02');
    await cache.write(dana, CONTACT, { notes: { items: [item('n1')], fetchedAt: 1 } });
    expect((await cache.read(dana, CONTACT))?.sources.notes?.items.map((i) => i.id)).toEqual(['n1']);
    expect(await cache.read(marcus, CONTACT)).toBeUndefined();
    cache.close();
  });

  it('replaces only the sources written and keeps the rest', async () => {
    const cache = await openTimelineCache();
    const scope = scopeOf('https://contoso.crm.dynamics.com', 'd96e9f55-f06d-e511-80d0-00155db07cb1');
    await cache.write(scope, CONTACT, { notes: { items: [item('n1')], fetchedAt: 1 }, posts: { items: [item('p1')], fetchedAt: 1 } });
    await cache.write(scope, CONTACT, { notes: { items: [item('n2')], fetchedAt: 2 } });
    const entry = await cache.read(scope, CONTACT);
    expect(entry?.sources.notes?.items.map((i) => i.id)).toEqual(['n2']);
    expect(entry?.sources.posts?.items.map((i) => i.id)).toEqual(['p1']);
    cache.close();
  });

  it('clears one org only', async () => {
    const cache = await openTimelineCache();
    const contoso = scopeOf('https://contoso.crm.dynamics.com', 'd96e9f55-f06d-e511-80d0-00155db07cb1');
    const fabrikam = scopeOf('https://fabrikam.crm4.dynamics.com', 'd96e9f55-f06d-e511-80d0-00155db07cb1');
    await cache.write(contoso, CONTACT, { notes: { items: [item('n1')], fetchedAt: 1 } });
    await cache.write(fabrikam, CONTACT, { notes: { items: [item('n1')], fetchedAt: 1 } });
    expect(await cache.clearOrg('https://contoso.crm.dynamics.com')).toBe(1);
    expect(await cache.read(contoso, CONTACT)).toBeUndefined();
    expect(await cache.read(fabrikam, CONTACT)).toBeDefined();
    cache.close();
  });
});
