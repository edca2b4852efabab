// Lazy equality indexes (table, column) -> rows, so lookups such as `_regardingobjectid_value eq X`,
// collection expands and lambdas over activity parties answer without scanning 20k rows.
// Rebuilt when the store changes (insertRow bumps the revision) or a table's size changes.
import type { Row, Store } from '../model.ts';
import { storeRevision, table } from '../store.ts';
import { equalityKey } from './columns.ts';

interface TableIndexes {
  revision: number;
  size: number;
  byColumn: Map<string, Map<string, Row[]>>;
}

const cache = new WeakMap<Store, Map<string, TableIndexes>>();

function indexesOf(store: Store, logicalName: string): TableIndexes {
  let perStore = cache.get(store);
  if (!perStore) cache.set(store, (perStore = new Map()));
  const rows = table(store, logicalName);
  const revision = storeRevision(store);
  let entry = perStore.get(logicalName);
  if (!entry || entry.revision !== revision || entry.size !== rows.size) {
    entry = { revision, size: rows.size, byColumn: new Map() };
    perStore.set(logicalName, entry);
  }
  return entry;
}

/**
 * The key string columns are indexed by: `eq` on strings compares like SQL Server's default
 * collation (case- and accent-insensitive), so the index folds case, accents and width the same
 * way and a lookup returns every row that may compare equal.
 */
export function textKey(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Rows of `logicalName` whose `column` equals `value` (case-insensitive for strings and GUIDs).
 * `text` indexes string columns by textKey (e.g. `ContactId eq '<guid>'` on interaction tables).
 */
export function rowsWhere(store: Store, logicalName: string, column: string, value: unknown, text = false): Row[] {
  const keyOf = text ? textKey : equalityKey;
  const key = keyOf(value);
  if (key === null) return [];
  const entry = indexesOf(store, logicalName);
  const name = text ? `text:${column}` : column;
  let index = entry.byColumn.get(name);
  if (!index) {
    index = new Map();
    for (const row of table(store, logicalName).values()) {
      const k = keyOf(row[column]);
      if (k === null) continue;
      const list = index.get(k);
      if (list) list.push(row);
      else index.set(k, [row]);
    }
    entry.byColumn.set(name, index);
  }
  return index.get(key) ?? [];
}

/** A row by primary key (GUIDs are stored lower case). */
export function rowById(store: Store, logicalName: string, id: unknown): Row | undefined {
  if (typeof id !== 'string') return undefined;
  return store.tables.get(logicalName)?.get(id.toLowerCase());
}
