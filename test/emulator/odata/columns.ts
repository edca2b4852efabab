// Column metadata helpers: Web API column names, Edm types, and value comparison the way
// SQL Server behind Dataverse compares (case-insensitive strings and GUIDs, GUID sort order).
import type { AttributeDef, EntityDef } from '../model.ts';
import { columnName } from '../model.ts';

const columnMaps = new WeakMap<EntityDef, Map<string, AttributeDef>>();

/** The attribute behind a Web API column name (`fullname`, `_regardingobjectid_value`). Case-sensitive, like OData. */
export function findColumn(def: EntityDef, column: string): AttributeDef | undefined {
  let map = columnMaps.get(def);
  if (!map || map.size !== def.attributes.length) {
    map = new Map(def.attributes.map((a) => [columnName(a), a]));
    columnMaps.set(def, map);
  }
  return map.get(column);
}

export function edmType(attr: AttributeDef): string {
  switch (attr.type) {
    case 'guid':
    case 'lookup':
      return 'Edm.Guid';
    case 'int':
    case 'choice':
      return 'Edm.Int32';
    case 'decimal':
    case 'money':
      return 'Edm.Decimal';
    case 'bool':
      return 'Edm.Boolean';
    case 'datetime':
      return 'Edm.DateTimeOffset';
    default:
      return 'Edm.String';
  }
}

/** How values of a column compare. */
export type ValueKind = 'string' | 'guid' | 'number' | 'datetime' | 'bool';

export function valueKind(attr: AttributeDef): ValueKind {
  switch (edmType(attr)) {
    case 'Edm.Guid':
      return 'guid';
    case 'Edm.Int32':
    case 'Edm.Decimal':
      return 'number';
    case 'Edm.Boolean':
      return 'bool';
    case 'Edm.DateTimeOffset':
      return 'datetime';
    default:
      return 'string';
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * SQL Server orders uniqueidentifier by its last 6 bytes first, then the 4th, 3rd, 2nd and 1st
 * groups (the first three little-endian). Sorting on this key reproduces that order.
 */
const guidKeys = new Map<string, string>();
const dates = new Map<string, number>();

export function guidSortKey(guid: string): string {
  let key = guidKeys.get(guid);
  if (key === undefined) {
    key = computeGuidSortKey(guid);
    if (guidKeys.size > 500_000) guidKeys.clear();
    guidKeys.set(guid, key);
  }
  return key;
}

function computeGuidSortKey(guid: string): string {
  const g = guid.toLowerCase().replace(/[{}]/g, '');
  const [a = '', b = '', c = '', d = '', e = ''] = g.split('-');
  const rev = (s: string) => (s.match(/../g) ?? []).reverse().join('');
  return e + d + rev(c) + rev(b) + rev(a);
}

/** A comparable form of a value: lowered GUIDs, epoch ms for dates, numbers, booleans as 0/1. */
export function sortable(value: unknown, kind: ValueKind): string | number | null {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'guid':
      return guidSortKey(String(value));
    case 'datetime': {
      const text = String(value);
      let t = dates.get(text);
      if (t === undefined) {
        t = Date.parse(text);
        if (dates.size > 500_000) dates.clear();
        dates.set(text, t);
      }
      return Number.isNaN(t) ? null : t;
    }
    case 'number':
      return Number(value);
    case 'bool':
      return value === true || value === 1 || value === '1' || value === 'true' ? 1 : 0;
    default:
      return String(value);
  }
}

/** Compares two sortable values; null sorts first (SQL Server's ascending order). */
export function compareSortable(a: string | number | null, b: string | number | null, kind: ValueKind): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (kind === 'string') return collator.compare(String(a), String(b));
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Equality key used by indexes and `eq`: case-insensitive for strings and GUIDs. */
export function equalityKey(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}
