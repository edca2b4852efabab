// $orderby: several keys, asc/desc, with the primary key as a final tiebreaker so that page
// boundaries are stable. NULLs sort first ascending and last descending, as in SQL Server.
import type { EntityDef, Row, Store } from '../model.ts';
import { storeRevision, table } from '../store.ts';
import { compareSortable, findColumn, sortable, type ValueKind, valueKind } from './columns.ts';
import type { OrderKey } from './options.ts';

export interface SortKey {
  column: string;
  kind: ValueKind;
  desc: boolean;
}

export type KeyValues = (string | number | null)[];

export function sortKeys(orderby: OrderKey[], def: EntityDef): SortKey[] {
  const keys: SortKey[] = orderby.map((o) => ({ column: o.column, kind: valueKind(o.attr), desc: o.desc }));
  if (!keys.some((k) => k.column === def.primaryKey)) {
    const pk = findColumn(def, def.primaryKey);
    keys.push({ column: def.primaryKey, kind: pk ? valueKind(pk) : 'guid', desc: false });
  }
  return keys;
}

export function keyValues(row: Row, keys: SortKey[]): KeyValues {
  return keys.map((k) => sortable(row[k.column], k.kind));
}

export function compareKeys(a: KeyValues, b: KeyValues, keys: SortKey[]): number {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as SortKey;
    const c = compareSortable(a[i] ?? null, b[i] ?? null, k.kind);
    if (c !== 0) return k.desc ? -c : c;
  }
  return 0;
}

/** Sorts a copy of `rows`; sort keys are computed once per row. */
export function sortRows(rows: Row[], keys: SortKey[]): Row[] {
  const decorated = rows.map((row) => ({ row, key: keyValues(row, keys) }));
  decorated.sort((x, y) => compareKeys(x.key, y.key, keys));
  return decorated.map((d) => d.row);
}

interface Ranking {
  revision: number;
  size: number;
  sorted: Row[];
  rank: Map<Row, number>;
}
const rankings = new WeakMap<Store, Map<string, Ranking>>();

/**
 * Sorts rows of one table. The whole table's order for these keys is computed once per store
 * revision and cached as ranks, so paging through a query (or the many queries of a timeline)
 * sorts by integer rank instead of comparing GUIDs and dates again.
 */
export function sortTableRows(store: Store, logicalName: string, rows: Row[], keys: SortKey[]): Row[] {
  if (rows.length < 256) return sortRows(rows, keys);
  let perStore = rankings.get(store);
  if (!perStore) rankings.set(store, (perStore = new Map()));
  const all = table(store, logicalName);
  const id = `${logicalName}|${keys.map((k) => `${k.column}:${k.desc ? 'd' : 'a'}`).join(',')}`;
  let ranking = perStore.get(id);
  if (!ranking || ranking.revision !== storeRevision(store) || ranking.size !== all.size) {
    const sorted = sortRows([...all.values()], keys);
    const rank = new Map<Row, number>();
    sorted.forEach((row, i) => rank.set(row, i));
    ranking = { revision: storeRevision(store), size: all.size, sorted, rank };
    perStore.set(id, ranking);
  }
  const { rank, sorted } = ranking;
  // Distinct rows of this table as many as the table holds: the whole table.
  if (rows.length === all.size && rows.every((r) => rank.has(r))) return [...sorted];
  if (!rows.every((r) => rank.has(r))) return sortRows(rows, keys);
  return [...rows].sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
}
