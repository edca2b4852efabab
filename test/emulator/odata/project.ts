// Shapes a stored row into its Web API form for one request: the selected columns (primary key
// always), `@odata.etag`, the annotations the Prefer header asked for, and expanded navigation
// properties with their nested options.
import type { AttributeDef, EntityDef, Row, Store } from '../model.ts';
import type { EmulatedUser } from '../users.ts';
import { columnName } from '../model.ts';
import { lookupTarget } from '../store.ts';
import { findColumn } from './columns.ts';
import { formatValue } from './format.ts';
import { rowById } from './indexes.ts';
import { followCollection, followSingle } from './navigation.ts';
import type { ExpandItem, QueryOptions } from './options.ts';
import { sortKeys, sortTableRows } from './order.ts';
import { ASSOCIATED_NAV, FORMATTED, LOOKUP_LOGICAL_NAME, type AnnotationFilter } from './prefer.ts';

export interface ProjectCtx {
  store: Store;
  user: EmulatedUser;
  annotations: AnnotationFilter | null;
}

/** A weak row version. Rows may carry `versionnumber`; otherwise a stable hash of id and modifiedon. */
export function etagOf(row: Row, def: EntityDef): string {
  if (typeof row.versionnumber === 'number') return `W/"${row.versionnumber}"`;
  let h = 2166136261;
  for (const ch of `${String(row[def.primaryKey])}|${String(row.modifiedon ?? '')}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `W/"${10_000_000 + (h % 89_999_999)}"`;
}

function allColumns(def: EntityDef, row: Row): string[] {
  const cols = def.attributes.map(columnName);
  const known = new Set(cols);
  for (const key of Object.keys(row)) {
    if (!key.includes('@') && !known.has(key) && !Array.isArray(row[key])) cols.push(key);
  }
  return cols;
}

/**
 * The single-valued navigation property Dataverse names in `associatednavigationproperty`: the
 * declared one for that target, else the lookup's own name (single-target lookups and owner),
 * else `<lookup>_<target>` as for polymorphic lookups.
 */
function associatedNav(def: EntityDef, attr: AttributeDef, target: string | undefined): string {
  const exact = Object.entries(def.singleNav).find(([, n]) => n.lookup === attr.name && n.target === target);
  if (exact) return exact[0];
  if ((attr.targets?.length ?? 0) <= 1 || attr.name === 'ownerid' || !target) return attr.name;
  return `${attr.name}_${target}`;
}

function lookupName(store: Store, target: string | undefined, id: unknown): string | undefined {
  if (!target) return undefined;
  const targetDef = store.defs.get(target);
  const name = targetDef ? rowById(store, target, id)?.[targetDef.primaryName] : undefined;
  return typeof name === 'string' ? name : undefined;
}

function writeColumn(out: Row, row: Row, def: EntityDef, column: string, ctx: ProjectCtx): void {
  const value = row[column] ?? null;
  const want = ctx.annotations;
  if (want && value !== null) {
    const attr = findColumn(def, column);
    const stored = (name: string) => row[`${column}@${name}`];
    if (attr?.type === 'lookup') {
      const target = lookupTarget(ctx.store, row, column, attr.targets ?? []);
      const name = lookupName(ctx.store, target, value) ?? stored(FORMATTED);
      if (want(FORMATTED) && name !== undefined) out[`${column}@${FORMATTED}`] = name;
      if (want(ASSOCIATED_NAV)) out[`${column}@${ASSOCIATED_NAV}`] = associatedNav(def, attr, target);
      if (want(LOOKUP_LOGICAL_NAME) && target) out[`${column}@${LOOKUP_LOGICAL_NAME}`] = target;
    } else if (want(FORMATTED)) {
      const formatted = (attr && formatValue(attr, value, ctx.user.timeZoneOffsetMinutes)) ?? stored(FORMATTED);
      if (formatted !== undefined) out[`${column}@${FORMATTED}`] = formatted;
    }
  }
  out[column] = value;
}

export function projectRow(row: Row, def: EntityDef, options: QueryOptions, ctx: ProjectCtx): Row {
  const out: Row = {};
  if (ctx.annotations && def.logicalName === 'activitypointer' && typeof row.activitytypecode === 'string') {
    out['@odata.type'] = `#Microsoft.Dynamics.CRM.${row.activitytypecode}`;
  }
  out['@odata.etag'] = etagOf(row, def);
  const columns = options.select ?? allColumns(def, row);
  for (const column of columns) writeColumn(out, row, def, column, ctx);
  if (!(def.primaryKey in out)) out[def.primaryKey] = row[def.primaryKey] ?? null;
  for (const item of options.expand) out[item.nav] = expandValue(row, def, item, ctx);
  return out;
}

function expandValue(row: Row, def: EntityDef, item: ExpandItem, ctx: ProjectCtx): Row | Row[] | null {
  if (item.single) {
    const target = followSingle(ctx.store, def, item.single, row);
    return target ? projectRow(target, item.def, item.options, ctx) : null;
  }
  let kids = followCollection(ctx.store, def, item.collection!, row);
  const { filter, orderby, top } = item.options;
  if (filter) kids = kids.filter((k) => filter.test(k));
  kids = sortTableRows(ctx.store, item.def.logicalName, kids, sortKeys(orderby, item.def));
  if (top !== null) kids = kids.slice(0, top);
  return kids.map((k) => projectRow(k, item.def, item.options, ctx));
}
