// The in-memory org: tables of Web API rows, with activities mirrored into activitypointers
// and expanded `<type>_activity_parties` arrays split into activityparty rows, as Dataverse does.
import { ENTITY_DEFS } from './entities.ts';
import type { EntityDef, Row, Store } from './model.ts';

const LOGICAL_NAME = '@Microsoft.Dynamics.CRM.lookuplogicalname';

// Bumped on every insert so lazily built query indexes know when to rebuild.
const revisions = new WeakMap<Store, number>();

/** A counter that changes whenever a row is inserted or replaced through insertRow. */
export function storeRevision(store: Store): number {
  return revisions.get(store) ?? 0;
}

export function createStore(defs: EntityDef[] = ENTITY_DEFS): Store {
  const store: Store = { defs: new Map(), bySet: new Map(), tables: new Map() };
  for (const def of defs) addEntityDef(store, def);
  return store;
}

export function addEntityDef(store: Store, def: EntityDef): void {
  store.defs.set(def.logicalName, def);
  store.bySet.set(def.entitySetName, def);
  if (!store.tables.has(def.logicalName)) store.tables.set(def.logicalName, new Map());
}

export function table(store: Store, logicalName: string): Map<string, Row> {
  const t = store.tables.get(logicalName);
  if (!t) throw new Error(`unknown table ${logicalName}`);
  return t;
}

/** Which table a lookup value points to: its annotation, else the table holding that id. */
export function lookupTarget(store: Store, row: Row, column: string, targets: string[] = []): string | undefined {
  const annotated = row[`${column}${LOGICAL_NAME}`];
  if (typeof annotated === 'string') return annotated;
  const id = row[column];
  if (typeof id !== 'string') return undefined;
  if (targets.length === 1) return targets[0];
  for (const t of targets.length ? targets : [...store.tables.keys()]) {
    if (store.tables.get(t)?.has(id.toLowerCase())) return t;
  }
  return undefined;
}

const pointerColumnCache = new WeakMap<EntityDef, Set<string>>();

/** Web API columns of activitypointer, computed once per definition (the seed inserts ~13k activities). */
function pointerColumnsOf(def: EntityDef): Set<string> {
  let columns = pointerColumnCache.get(def);
  if (!columns) {
    columns = new Set(def.attributes.map((a) => (a.type === 'lookup' ? `_${a.name}_value` : a.name)));
    pointerColumnCache.set(def, columns);
  }
  return columns;
}

/**
 * Inserts (or replaces) a row. Activity rows are mirrored into activitypointers with their
 * activitytypecode; an expanded `<type>_activity_parties` array becomes activityparty rows.
 */
export function insertRow(store: Store, logicalName: string, input: Row): Row {
  const def = store.defs.get(logicalName);
  if (!def) throw new Error(`unknown table ${logicalName}`);
  revisions.set(store, storeRevision(store) + 1);
  const row: Row = { ...input };
  const id = String(row[def.primaryKey] ?? '').toLowerCase();
  if (!id) throw new Error(`${logicalName} row without ${def.primaryKey}`);
  row[def.primaryKey] = id;

  const partiesKey = `${logicalName}_activity_parties`;
  const parties = Array.isArray(row[partiesKey]) ? (row[partiesKey] as Row[]) : undefined;
  delete row[partiesKey];
  delete row['activitypointer_activity_parties'];

  if (def.isActivity) row.activitytypecode = logicalName;
  table(store, logicalName).set(id, row);

  if (def.isActivity) {
    const pointerDef = store.defs.get('activitypointer');
    if (pointerDef) {
      const pointer: Row = {};
      const pointerColumns = pointerColumnsOf(pointerDef);
      for (const [key, value] of Object.entries(row)) {
        const base = key.split('@')[0] ?? key;
        if (pointerColumns.has(base)) pointer[key] = value;
      }
      pointer.activitytypecode = logicalName;
      table(store, 'activitypointer').set(id, pointer);
    }
  }

  for (const party of parties ?? []) {
    insertRow(store, 'activityparty', {
      ...party,
      _activityid_value: id,
      [`_activityid_value${LOGICAL_NAME}`]: 'activitypointer',
    });
  }
  return row;
}
