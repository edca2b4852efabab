// Runs a parsed query against the store: filter (index-planned), order, page, project.
// Returns the JSON body in the Web API's key order (@odata.context, @odata.count, value, @odata.nextLink).
import type { EntityDef, Row, Store } from '../model.ts';
import { table } from '../store.ts';
import { applyFilter } from './filter.ts';
import type { QueryOptions } from './options.ts';
import { sortKeys, sortTableRows } from './order.ts';
import { effectivePageSize, MAX_PAGE_SIZE, nextLink, pageOf } from './paging.ts';
import { FORMATTED, TOTAL_COUNT, TOTAL_COUNT_EXCEEDED, type Preferences } from './prefer.ts';
import { runApply, type ApplyResult } from './apply.ts';
import { formatValue } from './format.ts';
import { columnName } from '../model.ts';
import { projectRow, type ProjectCtx } from './project.ts';

export interface QueryCtx extends ProjectCtx {
  orgUrl: string;
  prefs: Preferences;
}

export interface CollectionRequest {
  def: EntityDef;
  /** Rows to query (a navigation property's rows), or null for the whole table. */
  source: Row[] | null;
  options: QueryOptions;
  /** `/api/data/v9.2` as requested. */
  apiBase: string;
  /** Context path after `$metadata#`: `contacts` or `contacts(<id>)/Contact_ActivityPointers`. */
  contextPath: string;
  pathname: string;
  rawQuery: string;
  skiptoken?: string;
}

export interface QueryResult {
  body: Record<string, unknown>;
  /** Set when server-driven paging used the requested odata.maxpagesize. */
  pageSizeApplied?: number;
}

/** Every table a query reads: itself, expanded tables, and tables its filters navigate into. */
export function tablesRead(def: EntityDef, options: QueryOptions, into = new Set<string>()): Set<string> {
  into.add(def.logicalName);
  for (const t of options.filter?.tables ?? []) into.add(t);
  for (const e of options.expand) tablesRead(e.def, e.options, into);
  return into;
}

function selectClause(options: QueryOptions): string {
  const parts: string[] = [...(options.select ?? [])];
  for (const e of options.expand) parts.push(`${e.nav}(${selectClause(e.options).slice(1, -1)})`);
  return parts.length ? `(${parts.join(',')})` : '';
}

export function contextUrl(orgUrl: string, apiBase: string, path: string, options: QueryOptions, entity = false): string {
  return `${orgUrl}${apiBase}/$metadata#${path}${selectClause(options)}${entity ? '/$entity' : ''}`;
}

/** The rows of `source` (or the whole table) that pass the query's $filter. */
export function matchRows(store: Store, def: EntityDef, source: Row[] | null, options: QueryOptions): Row[] {
  const { filter } = options;
  // A navigation property's rows are few: test them directly (index candidates span the whole table).
  if (source) return filter ? source.filter((r) => filter.test(r)) : [...source];
  const all = () => table(store, def.logicalName).values();
  return filter ? applyFilter(filter, all) : [...all()];
}

export function runCollection(ctx: QueryCtx, req: CollectionRequest): QueryResult {
  const { def, options } = req;
  let matched = matchRows(ctx.store, def, req.source, options);
  if (options.apply) {
    const applied = runApply(options.apply, matched);
    if (applied.aggregated) return { body: aggregatedBody(ctx, req, applied) };
    matched = applied.rows;
  }
  const keys = sortKeys(options.orderby, def);
  const sorted = sortTableRows(ctx.store, def.logicalName, matched, keys);

  let rows: Row[];
  let next: string | undefined;
  let pageSizeApplied: number | undefined;
  if (options.top !== null) {
    // $top wins over odata.maxpagesize: no server-driven paging.
    rows = sorted.slice(0, Math.min(options.top, MAX_PAGE_SIZE));
  } else {
    const size = effectivePageSize(ctx.prefs.maxPageSize);
    if (ctx.prefs.maxPageSize !== undefined) pageSizeApplied = size;
    const page = pageOf(sorted, keys, size, req.skiptoken);
    rows = page.rows;
    if (page.nextSkiptoken) next = nextLink(ctx.orgUrl, req.pathname, req.rawQuery, page.nextSkiptoken);
  }

  const body: Record<string, unknown> = { '@odata.context': contextUrl(ctx.orgUrl, req.apiBase, req.contextPath, options) };
  if (options.count) {
    body['@odata.count'] = Math.min(matched.length, MAX_PAGE_SIZE);
    if (ctx.annotations?.(TOTAL_COUNT)) body[`@${TOTAL_COUNT}`] = Math.min(matched.length, MAX_PAGE_SIZE);
    if (ctx.annotations?.(TOTAL_COUNT_EXCEEDED)) body[`@${TOTAL_COUNT_EXCEEDED}`] = matched.length > MAX_PAGE_SIZE;
  }
  body.value = rows.map((r) => projectRow(r, def, options, ctx));
  if (next) body['@odata.nextLink'] = next;
  return { body, pageSizeApplied };
}

/** Aggregation results: plain rows of group keys and aliases (formatted group keys when asked). */
function aggregatedBody(ctx: QueryCtx, req: CollectionRequest, applied: ApplyResult): Record<string, unknown> {
  const value = applied.rows.map((row) => {
    const out: Row = {};
    for (const column of applied.columns) {
      const attr = applied.groupBy.find((a) => columnName(a) === column);
      const formatted = attr && ctx.annotations?.(FORMATTED) ? formatValue(attr, row[column], ctx.user.timeZoneOffsetMinutes) : undefined;
      if (formatted !== undefined) out[`${column}@${FORMATTED}`] = formatted;
      out[column] = row[column];
    }
    return out;
  });
  return { '@odata.context': `${ctx.orgUrl}${req.apiBase}/$metadata#${req.contextPath}(${applied.columns.join(',')})`, value };
}

export function runSingle(
  ctx: QueryCtx,
  def: EntityDef,
  row: Row,
  options: QueryOptions,
  apiBase: string,
  contextPath: string,
): Record<string, unknown> {
  return { '@odata.context': contextUrl(ctx.orgUrl, apiBase, contextPath, options, true), ...projectRow(row, def, options, ctx) };
}
