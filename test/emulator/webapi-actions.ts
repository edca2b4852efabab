// Unbound actions: `POST /api/data/v9.x/<name>` with the parameters as a JSON body. Only the
// marketing actions exist, and only in an org with marketing (elsewhere the name is an unknown
// segment, 404). Names are case-sensitive; any other method than POST gets 405.
import { jsonResponse, type ApiContext, type ApiRequest, type ApiResponse } from './api-types.ts';
import { emailRetrieveExactMessages } from './actions-exact-messages.ts';
import { loadInteractionsPublic } from './actions-load-interactions.ts';
import type { Store } from './model.ts';
import { noHttpResource, ODataError, resourceNotFound } from './odata/errors.ts';

interface Action {
  /** The table whose presence means the org has the solution that defines the action. */
  solutionTable: string;
  run(ctx: ApiContext, req: ApiRequest, params: Record<string, unknown>): Record<string, unknown>;
}

const ACTIONS: Record<string, Action> = {
  msdyncrm_LoadInteractionsPublic: {
    solutionTable: 'msdyncrm_marketingemail',
    run: (ctx, req, params) => loadInteractionsPublic(ctx.store, req, params),
  },
  msdynmkt_EmailRetrieveExactMessages: {
    solutionTable: 'msdynmkt_email',
    run: (ctx, req, params) => emailRetrieveExactMessages(ctx.store, req, params, ctx.now()),
  },
};

function parseBody(req: ApiRequest): Record<string, unknown> {
  const type = req.headers['content-type'];
  if (type !== undefined && !/^application\/json\b/i.test(type.trim()))
    throw new ODataError(415, '0x80060888', `The content type '${type}' is not supported; send the parameters as application/json.`);
  if (req.body.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(req.body);
  } catch {
    throw new ODataError(400, '0x80060888', 'The request body is not valid JSON.');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new ODataError(400, '0x80060888', 'The action parameters must be a JSON object.');
  return body as Record<string, unknown>;
}

function hasAction(store: Store, name: string): boolean {
  const action = ACTIONS[name];
  return !!action && store.defs.has(action.solutionTable);
}

/**
 * Answers the request when its first segment names an action (in any case), else returns null so
 * the entity-set routes take over.
 */
export function routeAction(ctx: ApiContext, req: ApiRequest, segments: string[], apiBase: string): ApiResponse | null {
  const first = segments[0] ?? '';
  const name = Object.keys(ACTIONS).find((a) => a.toLowerCase() === first.toLowerCase());
  if (!name) return null;
  if (!hasAction(ctx.store, name)) throw resourceNotFound(first);
  if (name !== first || segments.length > 1) throw noHttpResource(`${ctx.orgUrl}${req.url.pathname}`);
  if (req.method !== 'POST')
    throw new ODataError(405, '0x80060888', `The action '${name}' can only be invoked with POST.`, { Allow: 'POST' });
  const body = ACTIONS[name]!.run(ctx, req, parseBody(req));
  return jsonResponse(200, { '@odata.context': `${ctx.orgUrl}${apiBase}/$metadata#Microsoft.Dynamics.CRM.${name}Response`, ...body });
}
