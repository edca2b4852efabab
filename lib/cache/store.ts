// The interaction cache in IndexedDB (idb). Versioned from the first day: each schema change
// is a numbered step in `upgrade`, so an older cache is migrated, never misread.
// Beside each timeline a small `meta` row keeps its org, size and last use, so the cache policy
// (time to keep, maximum size) never has to read the timelines themselves.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RecordRef } from '../crm/record-url';
import type { Interaction } from '../timeline/model';
import { timelineKey, type CacheScope } from './keys';
import { entriesToDrop, estimateBytes, hasBodies, withoutBodies, type CachePolicy } from './policy';

export const CACHE_DB_NAME = 'touchpoint-cache';
export const CACHE_DB_VERSION = 2;

export interface CachedSource {
  items: Interaction[];
  fetchedAt: number;
}

export interface CachedTimeline {
  key: string;
  org: string;
  user: string;
  entity: string;
  recordId: string;
  savedAt: number;
  accessedAt: number;
  sources: Record<string, CachedSource>;
}

/** One timeline's size and last use (read or written). */
export interface CacheMeta {
  key: string;
  org: string;
  bytes: number;
  accessedAt: number;
}

export interface OrgUsage {
  records: number;
  bytes: number;
}

interface CacheSchema extends DBSchema {
  timelines: {
    key: string;
    value: CachedTimeline;
    indexes: { byOrg: string; byAccess: number };
  };
  meta: {
    key: string;
    value: CacheMeta;
    indexes: { byOrg: string };
  };
}

export interface TimelineCache {
  read(scope: CacheScope, record: RecordRef): Promise<CachedTimeline | undefined>;
  /** Replaces the given sources' items; sources not named keep what they had. The policy applies. */
  write(scope: CacheScope, record: RecordRef, sources: Record<string, CachedSource>): Promise<void>;
  clearOrg(org: string): Promise<number>;
  clearAll(): Promise<number>;
  /** Records and estimated bytes per org (origin). */
  usage(): Promise<Record<string, OrgUsage>>;
  /** The policy every later write follows (bodies left out, then old and least recently used entries dropped). */
  setPolicy(policy: (() => CachePolicy) | null): void;
  /** Drops timelines not opened for keepDays, then the least recently used beyond maxMegabytes. */
  enforce(policy: CachePolicy, now?: number): Promise<{ expired: number; evicted: number }>;
  /** Removes the message bodies already cached (when "do not keep message bodies" is turned on). */
  stripBodies(): Promise<number>;
  close(): void;
}

const metaOf = (entry: CachedTimeline): CacheMeta => ({
  key: entry.key,
  org: entry.org,
  bytes: estimateBytes(entry),
  accessedAt: entry.accessedAt,
});

/** Opens the cache through the global IndexedDB (the worker's; fake-indexeddb in unit tests). */
export async function openTimelineCache(): Promise<TimelineCache> {
  const db: IDBPDatabase<CacheSchema> = await openDB<CacheSchema>(CACHE_DB_NAME, CACHE_DB_VERSION, {
    async upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const timelines = database.createObjectStore('timelines', { keyPath: 'key' });
        timelines.createIndex('byOrg', 'org');
        timelines.createIndex('byAccess', 'accessedAt');
      }
      if (oldVersion < 2) {
        const meta = database.createObjectStore('meta', { keyPath: 'key' });
        meta.createIndex('byOrg', 'org');
        // Timelines cached before sizes were kept are measured once.
        for (let cursor = await transaction.objectStore('timelines').openCursor(); cursor; cursor = await cursor.continue()) {
          await transaction.objectStore('meta').put(metaOf(cursor.value));
        }
      }
    },
  });
  let policy: (() => CachePolicy) | null = null;

  const enforce = async (rules: CachePolicy, now = Date.now()) => {
    const tx = db.transaction(['timelines', 'meta'], 'readwrite');
    const { expired, evicted } = entriesToDrop(await tx.objectStore('meta').getAll(), rules, now);
    for (const key of [...expired, ...evicted]) {
      void tx.objectStore('timelines').delete(key);
      void tx.objectStore('meta').delete(key);
    }
    await tx.done;
    return { expired: expired.length, evicted: evicted.length };
  };

  return {
    async read(scope, record) {
      const key = timelineKey(scope, record);
      const entry = await db.get('timelines', key);
      if (!entry || entry.user !== scope.user.toLowerCase()) return undefined;
      // Least recently used means least recently read too: only the small meta row is touched.
      const meta = await db.get('meta', key).catch(() => undefined);
      if (meta) await db.put('meta', { ...meta, accessedAt: Date.now() }).catch(() => undefined);
      return entry;
    },
    async write(scope, record, sources) {
      const rules = policy?.() ?? null;
      const key = timelineKey(scope, record);
      const tx = db.transaction(['timelines', 'meta'], 'readwrite');
      const existing = await tx.objectStore('timelines').get(key);
      const now = Date.now();
      const merged = { ...(existing?.sources ?? {}), ...sources };
      const entry: CachedTimeline = {
        key,
        org: scope.org,
        user: scope.user.toLowerCase(),
        entity: record.entity,
        recordId: record.id,
        savedAt: now,
        accessedAt: now,
        sources: rules?.skipBodies ? withoutBodies(merged) : merged,
      };
      await tx.objectStore('timelines').put(entry);
      await tx.objectStore('meta').put(metaOf(entry));
      await tx.done;
      if (rules) await enforce(rules, now);
    },
    async clearOrg(org) {
      const origin = new URL(org).origin.toLowerCase();
      const tx = db.transaction(['timelines', 'meta'], 'readwrite');
      let removed = 0;
      for (let cursor = await tx.objectStore('timelines').index('byOrg').openCursor(origin); cursor; cursor = await cursor.continue()) {
        await cursor.delete();
        removed++;
      }
      for (let cursor = await tx.objectStore('meta').index('byOrg').openCursor(origin); cursor; cursor = await cursor.continue()) {
        await cursor.delete();
      }
      await tx.done;
      return removed;
    },
    async clearAll() {
      const tx = db.transaction(['timelines', 'meta'], 'readwrite');
      const removed = await tx.objectStore('timelines').count();
      await Promise.all([tx.objectStore('timelines').clear(), tx.objectStore('meta').clear(), tx.done]);
      return removed;
    },
    async usage() {
      const usage: Record<string, OrgUsage> = {};
      for (const meta of await db.getAll('meta')) {
        const org = (usage[meta.org] ??= { records: 0, bytes: 0 });
        org.records++;
        org.bytes += meta.bytes;
      }
      return usage;
    },
    setPolicy(next) {
      policy = next;
    },
    enforce,
    async stripBodies() {
      const tx = db.transaction(['timelines', 'meta'], 'readwrite');
      let changed = 0;
      for (let cursor = await tx.objectStore('timelines').openCursor(); cursor; cursor = await cursor.continue()) {
        if (!hasBodies(cursor.value.sources)) continue;
        const stripped = { ...cursor.value, sources: withoutBodies(cursor.value.sources) };
        await cursor.update(stripped);
        const meta = await tx.objectStore('meta').get(stripped.key);
        await tx.objectStore('meta').put({ ...metaOf(stripped), accessedAt: meta?.accessedAt ?? stripped.accessedAt });
        changed++;
      }
      await tx.done;
      return changed;
    },
    close() {
      db.close();
    },
  };
}
