// Shared shapes of the emulated org: table metadata and the in-memory store.
// Rows are kept exactly as the Web API returns them (lookups as `_x_value` plus their
// `@Microsoft.Dynamics.CRM.lookuplogicalname` annotation); the OData layer strips or adds
// annotations per request.

export type AttrType = 'guid' | 'string' | 'memo' | 'int' | 'decimal' | 'money' | 'bool' | 'datetime' | 'choice' | 'lookup' | 'entityname';

export interface AttributeDef {
  /** Logical name. For lookups this is `regardingobjectid`; the Web API column is `_regardingobjectid_value`. */
  name: string;
  type: AttrType;
  /** Choice labels (also used for bool: 0/1). */
  options?: Record<number, string>;
  /** Lookup target tables (logical names). */
  targets?: string[];
}

export interface SingleNav {
  /** Lookup attribute logical name on this table, e.g. `regardingobjectid`. */
  lookup: string;
  /** Target table logical name. */
  target: string;
}

export interface CollectionNav {
  /** Table holding the referencing lookup. */
  target: string;
  /** Lookup attribute logical name on the target table that points back here, e.g. `activityid`. */
  lookup: string;
}

export interface EntityDef {
  logicalName: string;
  entitySetName: string;
  /** Schema name used in privilege names: prvRead<privilegeName>. */
  privilegeName: string;
  objectTypeCode: number;
  primaryKey: string;
  primaryName: string;
  attributes: AttributeDef[];
  singleNav: Record<string, SingleNav>;
  collectionNav: Record<string, CollectionNav>;
  /** Activity tables also appear in `activitypointers`. */
  isActivity?: boolean;
}

/** A row in Web API JSON form. */
export type Row = Record<string, unknown>;

export interface Store {
  defs: Map<string, EntityDef>; // by logical name
  bySet: Map<string, EntityDef>; // by entity set name
  tables: Map<string, Map<string, Row>>; // logical name -> id -> row
}

/** Web API column name of an attribute. */
export function columnName(attr: AttributeDef): string {
  return attr.type === 'lookup' ? `_${attr.name}_value` : attr.name;
}
