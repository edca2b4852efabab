// Following navigation properties between rows, using the metadata in entities.ts and the
// lazy indexes for collections.
import type { CollectionNav, EntityDef, Row, SingleNav, Store } from '../model.ts';
import { lookupTarget } from '../store.ts';
import { rowById, rowsWhere } from './indexes.ts';

export function lookupColumn(attributeName: string): string {
  return `_${attributeName}_value`;
}

/** The table a lookup value on `row` points to (annotation, else the declared targets). */
export function targetOf(store: Store, def: EntityDef, row: Row, attributeName: string): string | undefined {
  const attr = def.attributes.find((a) => a.name === attributeName);
  return lookupTarget(store, row, lookupColumn(attributeName), attr?.targets ?? []);
}

/** The row a single-valued navigation property points to, or null when it points elsewhere or nowhere. */
export function followSingle(store: Store, def: EntityDef, nav: SingleNav, row: Row): Row | null {
  const id = row[lookupColumn(nav.lookup)];
  if (typeof id !== 'string') return null;
  const target = targetOf(store, def, row, nav.lookup);
  if (target !== nav.target) return null;
  return rowById(store, nav.target, id) ?? null;
}

/** Rows of a collection-valued navigation property: rows of nav.target whose lookup points at `row`. */
export function followCollection(store: Store, def: EntityDef, nav: CollectionNav, row: Row): Row[] {
  return rowsWhere(store, nav.target, lookupColumn(nav.lookup), row[def.primaryKey]);
}

export function requireDef(store: Store, logicalName: string): EntityDef {
  const def = store.defs.get(logicalName);
  if (!def) throw new Error(`navigation to unknown table ${logicalName}`);
  return def;
}
