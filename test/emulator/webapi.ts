// Routing of /api/data/v9.x/: entity sets, single records, navigation properties, functions,
// actions (webapi-actions.ts), $metadata and $batch. Every answer carries OData-Version 4.0;
// failures use the documented error envelope; an unexpected exception becomes the 500
// `0x80040216` body, never a crash.
import { errorResponse, jsonResponse, odataHeaders, type ApiContext, type ApiRequest, type ApiResponse } from './api-types.ts';
import { GUID_RE } from './ids.ts';
import type { EntityDef } from './model.ts';
import { handleBatch } from './odata/batch.ts';
import { badQuery, methodNotAllowed, noHttpResource, ODataError, recordNotFound, resourceNotFound, unexpected } from './odata/errors.ts';
import { rowById } from './odata/indexes.ts';
import { metadataXml } from './odata/metadata.ts';
import { followCollection, followSingle } from './odata/navigation.ts';
import { parseQueryOptions, splitTopLevel } from './odata/options.ts';
import { parsePrefer } from './odata/prefer.ts';
import { MAX_PAGE_SIZE } from './odata/paging.ts';
import { matchRows, runCollection, runSingle, tablesRead, type QueryCtx } from './odata/query.ts';
import { checkRead } from './privileges.ts';
import { routeAction } from './webapi-actions.ts';
import { boundSystemUserFunction, retrieveVersion, whoAmI } from './webapi-functions.ts';

const API_PATH = /^\/api\/data\/(v9\.[012])(\/.*)?$/;
const UNBOUND_FUNCTIONS = ['WhoAmI', 'RetrieveVersion'];

export function handleApi(ctx: ApiContext, req: ApiRequest): ApiResponse {
  try {
    return route(ctx, req);
  } catch (e) {
    const annotations = parsePrefer(req.headers['prefer']).annotations;
    if (e instanceof ODataError) return errorResponse(e, annotations);
    return errorResponse(unexpected(e instanceof Error ? e.message : String(e)), annotations);
  }
}

function route(ctx: ApiContext, req: ApiRequest): ApiResponse {
  const { url } = req;
  const m = API_PATH.exec(url.pathname);
  if (!m) throw noHttpResource(`${ctx.orgUrl}${url.pathname}`);
  const apiBase = `/api/data/${m[1]}`;
  let rest: string;
  try {
    rest = decodeURIComponent((m[2] ?? '').replace(/^\//, ''));
  } catch {
    throw badQuery('Bad Request - Error in query syntax.');
  }

  if (rest === '$batch') {
    if (req.method !== 'POST') throw methodNotAllowed(req.method);
    return handleBatch(ctx, req, apiBase);
  }
  const segments = splitPath(rest);
  const action = routeAction(ctx, req, segments, apiBase);
  if (action) return action;
  if (req.method !== 'GET') throw methodNotAllowed(req.method);
  if (rest === '') return serviceDocument(ctx, apiBase);
  if (rest === '$metadata') return { status: 200, headers: odataHeaders('application/xml'), body: metadataXml(ctx.store) };

  const first = segments[0] as string;
  const open = first.indexOf('(');
  const name = open === -1 ? first : first.slice(0, open);
  const key = open === -1 ? undefined : first.slice(open + 1, first.lastIndexOf(')'));

  const unbound = UNBOUND_FUNCTIONS.find((f) => f.toLowerCase() === name.toLowerCase());
  if (unbound) {
    // Function names are case-sensitive: `whoami` matches no route at all.
    if (unbound !== name || segments.length > 1 || (key !== undefined && key !== '')) throw noHttpResource(`${ctx.orgUrl}${url.pathname}`);
    const body = name === 'WhoAmI' ? whoAmI(ctx.orgUrl, apiBase, req.user) : retrieveVersion(ctx.orgUrl, apiBase);
    return jsonResponse(200, body);
  }

  const def = ctx.store.bySet.get(name);
  if (!def) throw resourceNotFound(name);
  if (segments.length > 2) throw resourceNotFound(segments[2] as string);
  if (key === undefined) {
    if (segments[1] === '$count') return countOf(ctx, req, def);
    if (segments.length > 1) throw resourceNotFound(segments[1] as string);
    return collection(ctx, req, def, apiBase, null, def.entitySetName);
  }
  const id = key.trim();
  if (!GUID_RE.test(id)) throw badQuery('Bad Request - Error in query syntax.');
  const next = segments[1];
  if (next?.startsWith('Microsoft.Dynamics.CRM.')) {
    if (def.logicalName !== 'systemuser') throw resourceNotFound(next);
    return jsonResponse(200, boundSystemUserFunction(ctx.store, req, apiBase, ctx.orgUrl, id.toLowerCase(), next));
  }
  return record(ctx, req, def, apiBase, id.toLowerCase(), next);
}

/** Splits the resource path on `/` outside parentheses and quotes (function parameters may hold `/`). */
function splitPath(rest: string): string[] {
  return splitTopLevel(rest, '/');
}

function queryCtx(ctx: ApiContext, req: ApiRequest): QueryCtx {
  const prefs = parsePrefer(req.headers['prefer']);
  return { store: ctx.store, user: req.user, annotations: prefs.annotations, orgUrl: ctx.orgUrl, prefs };
}

function preferenceApplied(q: QueryCtx, pageSize?: number): Record<string, string> {
  const applied = [q.prefs.includeAnnotationsApplied, pageSize !== undefined ? `odata.maxpagesize=${pageSize}` : undefined].filter(Boolean);
  return applied.length ? { 'Preference-Applied': applied.join(',') } : {};
}

function options(ctx: ApiContext, req: ApiRequest, def: EntityDef) {
  const opts = parseQueryOptions(req.url.searchParams, def, { store: ctx.store, user: req.user, now: ctx.now() });
  checkRead(req.user, ctx.store, tablesRead(def, opts));
  return opts;
}

function collection(
  ctx: ApiContext,
  req: ApiRequest,
  def: EntityDef,
  apiBase: string,
  source: ReturnType<typeof followCollection> | null,
  contextPath: string,
): ApiResponse {
  const q = queryCtx(ctx, req);
  const opts = options(ctx, req, def);
  const result = runCollection(q, {
    def,
    source,
    options: opts,
    apiBase,
    contextPath,
    pathname: req.url.pathname,
    rawQuery: req.url.search,
    skiptoken: req.url.searchParams.get('$skiptoken') ?? undefined,
  });
  return jsonResponse(200, result.body, preferenceApplied(q, result.pageSizeApplied));
}

function record(ctx: ApiContext, req: ApiRequest, def: EntityDef, apiBase: string, id: string, nav: string | undefined): ApiResponse {
  const setPath = `${def.entitySetName}(${id})`;
  if (nav === undefined) {
    const q = queryCtx(ctx, req);
    const opts = options(ctx, req, def);
    const row = rowById(ctx.store, def.logicalName, id);
    if (!row) throw recordNotFound(def.logicalName, id);
    return jsonResponse(200, runSingle(q, def, row, opts, apiBase, def.entitySetName), preferenceApplied(q));
  }
  const many = def.collectionNav[nav];
  const one = def.singleNav[nav];
  if (!many && !one) throw resourceNotFound(nav);
  const target = ctx.store.defs.get((many ?? one)!.target);
  if (!target) throw resourceNotFound(nav);
  checkRead(req.user, ctx.store, [def.logicalName]);
  const parent = rowById(ctx.store, def.logicalName, id);
  if (!parent) throw recordNotFound(def.logicalName, id);
  if (many) return collection(ctx, req, target, apiBase, followCollection(ctx.store, def, many, parent), `${setPath}/${nav}`);
  const q = queryCtx(ctx, req);
  const opts = options(ctx, req, target);
  const row = followSingle(ctx.store, def, one!, parent);
  if (!row) return { status: 204, headers: odataHeaders(), body: '' };
  return jsonResponse(200, runSingle(q, target, row, opts, apiBase, target.entitySetName), preferenceApplied(q));
}

function countOf(ctx: ApiContext, req: ApiRequest, def: EntityDef): ApiResponse {
  const opts = options(ctx, req, def);
  const n = Math.min(matchRows(ctx.store, def, null, opts).length, MAX_PAGE_SIZE);
  return { status: 200, headers: odataHeaders('text/plain'), body: String(n) };
}

function serviceDocument(ctx: ApiContext, apiBase: string): ApiResponse {
  const value = [...ctx.store.defs.values()].map((d) => ({ name: d.entitySetName, kind: 'EntitySet', url: d.entitySetName }));
  return jsonResponse(200, { '@odata.context': `${ctx.orgUrl}${apiBase}/$metadata`, value });
}
