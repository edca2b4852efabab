// The interaction cache in IndexedDB (idb). Versioned from the first day: each schema change
// is a numbered step in `upgrade`, so an older cache is migrated, never misread.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RecordRef } from '../crm/record-url';
import type { Interaction } from '../timeline/model';
import { timelineKey, type CacheScope } from './keys';

export const CACHE_DB_NAME = 'touchpoint-cache';
export const CACHE_DB_VERSION = 1;

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

interface CacheSchema extends DBSchema {
  timelines: {
    key: string;
    value: CachedTimeline;
    indexes: { byOrg: string; byAccess: number };
  };
}

export interface TimelineCache {
  read(scope: CacheScope, record: RecordRef): Promise<CachedTimeline | undefined>;
  /** Replaces the given sources' items; sources not named keep what they had. */
  write(scope: CacheScope, record: RecordRef, sources: Record<string, CachedSource>): Promise<void>;
  clearOrg(org: string): Promise<number>;
  close(): void;
}

/** Opens the cache through the global IndexedDB (the worker's; fake-indexeddb in unit tests). */
export async function openTimelineCache(): Promise<TimelineCache> {
  const db: IDBPDatabase<CacheSchema> = await openDB<CacheSchema>(CACHE_DB_NAME, CACHE_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const timelines = database.createObjectStore('timelines', { keyPath: 'key' });
        timelines.createIndex('byOrg', 'org');
        timelines.createIndex('byAccess', 'accessedAt');
      }
    },
  });

  return {
    async read(scope, record) {
      const entry = await db.get('timelines', timelineKey(scope, record));
      if (!entry || entry.user !== scope.user.toLowerCase()) return undefined;
      return entry;
    },
    async write(scope, record, sources) {
      const key = timelineKey(scope, record);
      const tx = db.transaction('timelines', 'readwrite');
      const existing = await tx.store.get(key);
      const now = Date.now();
      await tx.store.put({
        key,
        org: scope.org,
        user: scope.user.toLowerCase(),
        entity: record.entity,
        recordId: record.id,
        savedAt: now,
        accessedAt: now,
        sources: { ...(existing?.sources ?? {}), ...sources },
      });
      await tx.done;
    },
    async clearOrg(org) {
      const origin = new URL(org).origin.toLowerCase();
      const tx = db.transaction('timelines', 'readwrite');
      let removed = 0;
      for (let cursor = await tx.store.index('byOrg').openCursor(origin); cursor; cursor = await cursor.continue()) {
        await cursor.delete();
        removed++;
      }
      await tx.done;
      return removed;
    },
    close() {
      db.close();
    },
  };
}
