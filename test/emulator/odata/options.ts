// System query options ($select, $filter, $orderby, $top, $count, $expand with nested options),
// validated against the table metadata with the Web API's own error messages.
import type { AttributeDef, CollectionNav, EntityDef, SingleNav } from '../model.ts';
import { findColumn } from './columns.ts';
import { badQuery, ODataError, propertyNotFound } from './errors.ts';
import { bindFilter, type BoundFilter, type FilterEnv } from './filter.ts';
import { requireDef } from './navigation.ts';
import { parseApply, type ApplyPlan } from './apply.ts';

export interface OrderKey {
  column: string;
  attr: AttributeDef;
  desc: boolean;
}

export interface ExpandItem {
  nav: string;
  def: EntityDef;
  single?: SingleNav;
  collection?: CollectionNav;
  options: QueryOptions;
}

export interface QueryOptions {
  /** Selected columns in request order, or null for all columns. */
  select: string[] | null;
  filter: BoundFilter | null;
  orderby: OrderKey[];
  top: number | null;
  count: boolean;
  expand: ExpandItem[];
  apply?: ApplyPlan;
}

const TOP_LEVEL = new Set(['$select', '$filter', '$orderby', '$top', '$count', '$expand', '$skiptoken', '$apply']);
const NESTED = new Set(['$select', '$filter', '$orderby', '$top', '$expand', '$count']);
const MAX_EXPANDS = 15;

/** Splits on `sep` outside parentheses, brackets and quoted strings. */
export function splitTopLevel(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === sep && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Query options from the URL's parameters (`@alias` parameters feed $filter). */
export function parseQueryOptions(params: URLSearchParams, def: EntityDef, env: FilterEnv): QueryOptions {
  const map = new Map<string, string>();
  const aliases: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith('@')) aliases[key] = value;
    else if (key === '$skip') throw badQuery('The query parameter $skip is not supported');
    else if (key === 'fetchXml' || key === 'savedQuery' || key === 'userQuery')
      throw badQuery(`The query parameter ${key} is not supported by the emulated org; use OData query options.`);
    else if (key.startsWith('$') && !TOP_LEVEL.has(key)) throw badQuery(`The query parameter ${key} is not supported`);
    else map.set(key, value);
  }
  const options = buildOptions(map, def, env, aliases);
  const apply = map.get('$apply');
  if (apply !== undefined) options.apply = parseApply(apply, def, env);
  if (countExpands(options) > MAX_EXPANDS) throw new ODataError(400, '0x8004430d', `Number of link entity exceed limit ${MAX_EXPANDS}`);
  return options;
}

function countExpands(o: QueryOptions): number {
  return o.expand.reduce((n, e) => n + 1 + countExpands(e.options), 0);
}

function buildOptions(map: Map<string, string>, def: EntityDef, env: FilterEnv, aliases: Record<string, string>): QueryOptions {
  const options: QueryOptions = { select: null, filter: null, orderby: [], top: null, count: false, expand: [] };
  const select = map.get('$select');
  if (select !== undefined) options.select = parseSelect(select, def);
  const filter = map.get('$filter');
  if (filter !== undefined) options.filter = bindFilter(filter, def, env, aliases);
  const orderby = map.get('$orderby');
  if (orderby !== undefined) options.orderby = parseOrderby(orderby, def);
  const top = map.get('$top');
  if (top !== undefined) {
    if (!/^\d+$/.test(top.trim()))
      throw badQuery(`Invalid value '${top}' for $top query option found. The $top query option requires a non-negative integer value.`);
    options.top = Number(top.trim());
  }
  const count = map.get('$count');
  if (count !== undefined) {
    if (count !== 'true' && count !== 'false') throw badQuery(`'${count}' is not a valid count option.`);
    options.count = count === 'true';
  }
  const expand = map.get('$expand');
  if (expand !== undefined) options.expand = splitTopLevel(expand, ',').map((item) => parseExpandItem(item, def, env, aliases));
  return options;
}

function parseSelect(text: string, def: EntityDef): string[] | null {
  const columns = splitTopLevel(text, ',');
  if (columns.includes('*')) return null;
  for (const c of columns) {
    if (!findColumn(def, c)) throw propertyNotFound(c, def.logicalName);
  }
  return [...new Set(columns)];
}

function parseOrderby(text: string, def: EntityDef): OrderKey[] {
  return splitTopLevel(text, ',').map((part) => {
    const [column = '', dir, extra] = part.split(/\s+/);
    if (extra !== undefined || (dir !== undefined && dir !== 'asc' && dir !== 'desc')) {
      throw badQuery(`Syntax error at position ${part.length} in '${part}'.`);
    }
    const attr = findColumn(def, column);
    if (!attr) throw propertyNotFound(column, def.logicalName);
    return { column, attr, desc: dir === 'desc' };
  });
}

function parseExpandItem(item: string, def: EntityDef, env: FilterEnv, aliases: Record<string, string>): ExpandItem {
  const open = item.indexOf('(');
  const nav = (open === -1 ? item : item.slice(0, open)).trim();
  if (open !== -1 && !item.endsWith(')')) throw badQuery(`Syntax error at position ${item.length} in '${item}'.`);
  if (nav.endsWith('/$ref')) throw badQuery('Expand with $ref is only supported on lookup type navigation property.');
  const single = def.singleNav[nav];
  const collection = def.collectionNav[nav];
  if (!single && !collection) {
    if (findColumn(def, nav)) {
      throw new ODataError(
        400,
        '0x0',
        `Property '${nav}' on type 'Microsoft.Dynamics.CRM.${def.logicalName}' is not a navigation property or complex property. Only navigation properties can be expanded.`,
      );
    }
    throw propertyNotFound(nav, def.logicalName);
  }
  const target = requireDef(env.store, (single ?? collection)!.target);
  const nested = new Map<string, string>();
  if (open !== -1) {
    for (const opt of splitTopLevel(item.slice(open + 1, -1), ';')) {
      const eq = opt.indexOf('=');
      const key = eq === -1 ? opt : opt.slice(0, eq).trim();
      if (!NESTED.has(key)) throw badQuery(`The query option '${key}' is not supported in $expand of '${nav}'.`);
      nested.set(key, eq === -1 ? '' : opt.slice(eq + 1));
    }
  }
  if (single && ['$filter', '$orderby', '$top'].some((k) => nested.has(k))) {
    throw badQuery(`Only $select and $expand are supported on the single-valued navigation property '${nav}'.`);
  }
  const options = buildOptions(nested, target, env, aliases);
  return { nav, def: target, single, collection, options };
}
