// POST $batch (multipart/mixed): each GET part runs as a normal request with its own headers; the
// answer is multipart/mixed with boundary batchresponse_<guid> (fixtures/batch-response*.txt).
// The batch stops at the first failing part with an outer 400, unless Prefer: odata.continue-on-error.
// Change sets (writes) are refused: the emulated org is read-only.
import { errorResponse, type ApiContext, type ApiRequest, type ApiResponse } from '../api-types.ts';
import { newGuid } from '../ids.ts';
import { handleApi } from '../webapi.ts';
import { badQuery, ODataError } from './errors.ts';
import { parsePrefer } from './prefer.ts';

const MAX_PARTS = 1000;
const CRLF = '\r\n';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  302: 'Found',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

interface Part {
  headers: Record<string, string>;
  lines: string[];
}

interface PartRequest {
  contentId?: string;
  method: string;
  target: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /^\s*multipart\/mixed\s*;.*?boundary=("?)([^";]+)\1/i.exec(contentType ?? '');
  return m?.[2];
}

/** Header block up to the first blank line; returns the index after it. */
function readHeaders(lines: string[], from: number): [Record<string, string>, number] {
  const headers: Record<string, string> = {};
  let i = from;
  for (; i < lines.length && (lines[i] as string).trim() !== ''; i++) {
    const line = lines[i] as string;
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return [headers, i + 1];
}

/** Lines are split on CRLF or bare LF: the wire format is CRLF, but LF bodies are tolerated. */
function splitParts(body: string, boundary: string): Part[] {
  const lines = body.split(/\r?\n/);
  const parts: Part[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const t = line.trimEnd();
    const isDelimiter = t === `--${boundary}`;
    const isClose = t === `--${boundary}--`;
    if (isDelimiter || isClose) {
      if (current) {
        const [headers, next] = readHeaders(current, 0);
        parts.push({ headers, lines: current.slice(next) });
      }
      if (isClose) break;
      current = [];
    } else if (current) current.push(line);
  }
  return parts;
}

function parseRequest(part: Part): PartRequest {
  let i = 0;
  while (i < part.lines.length && (part.lines[i] as string).trim() === '') i++;
  const requestLine = /^(\w+)\s+(\S+)(?:\s+HTTP\/1\.[01])?\s*$/.exec(part.lines[i] ?? '');
  if (!requestLine) throw badQuery('The batch request is malformed: a part does not start with an HTTP request line.');
  const [headers, next] = readHeaders(part.lines, i + 1);
  return {
    contentId: part.headers['content-id'],
    method: (requestLine[1] as string).toUpperCase(),
    target: requestLine[2] as string,
    headers,
    body: part.lines.slice(next).join(CRLF).trim(),
  };
}

function resolveUrl(ctx: ApiContext, apiBase: string, target: string): URL {
  if (/^https?:\/\//i.test(target)) return new URL(target);
  if (target.startsWith('/')) return new URL(target, ctx.orgUrl);
  return new URL(`${apiBase}/${target}`, ctx.orgUrl);
}

function renderPart(res: ApiResponse, contentId: string | undefined): string {
  const head = ['Content-Type: application/http', 'Content-Transfer-Encoding: binary'];
  if (contentId) head.push(`Content-ID: ${contentId}`);
  const inner = [`HTTP/1.1 ${res.status} ${STATUS_TEXT[res.status] ?? ''}`.trimEnd()];
  const ok = res.status < 400;
  // Header order as in the documented responses: REQ_ID, Content-Type, OData-Version, then the rest.
  const order = ['REQ_ID', 'Content-Type', 'OData-Version'];
  const rank = (h: string) => (order.includes(h) ? order.indexOf(h) : order.length);
  const headers = Object.entries(res.headers).sort(([a], [b]) => rank(a) - rank(b));
  for (const [name, value] of headers) {
    if (name === 'Cache-Control' || name === 'x-ms-service-request-id' || (ok && name === 'REQ_ID')) continue;
    const v = name === 'Content-Type' && ok && value.startsWith('application/json') ? `${value}; odata.streaming=true` : value;
    inner.push(`${name}: ${v}`);
  }
  return [...head, '', ...inner, '', res.body].join(CRLF);
}

export function handleBatch(ctx: ApiContext, req: ApiRequest, apiBase: string): ApiResponse {
  const boundary = boundaryOf(req.headers['content-type']);
  if (!boundary) throw badQuery("The batch request must have a 'Content-Type' header of 'multipart/mixed' with a boundary.");
  const parts = splitParts(req.body, boundary);
  if (parts.length > MAX_PARTS) throw badQuery(`The number of requests in the batch exceeds the maximum of ${MAX_PARTS}.`);
  if (parts.some((p) => /^multipart\/mixed/i.test(p.headers['content-type'] ?? ''))) {
    throw badQuery('Change sets are not supported by the emulated org: it is read-only, and GET requests must be outside change sets.');
  }
  const continueOnError = parsePrefer(req.headers['prefer']).continueOnError;
  const dispatch = ctx.dispatchPart ?? ((r: ApiRequest) => handleApi(ctx, r));
  const rendered: string[] = [];
  let failed = false;
  for (const part of parts) {
    let res: ApiResponse;
    let contentId: string | undefined;
    try {
      const p = parseRequest(part);
      contentId = p.contentId;
      res = dispatch({ method: p.method, url: resolveUrl(ctx, apiBase, p.target), headers: p.headers, body: p.body, user: req.user });
    } catch (e) {
      if (!(e instanceof ODataError)) throw e;
      res = errorResponse(e);
    }
    rendered.push(renderPart(res, contentId));
    if (res.status >= 400) {
      failed = true;
      if (!continueOnError) break;
    }
  }
  const responseBoundary = `batchresponse_${newGuid()}`;
  const body = rendered.map((r) => `--${responseBoundary}${CRLF}${r}${CRLF}`).join('') + `--${responseBoundary}--${CRLF}`;
  return {
    status: failed && !continueOnError ? 400 : 200,
    headers: { 'OData-Version': '4.0', 'Content-Type': `multipart/mixed; boundary=${responseBoundary}`, 'Cache-Control': 'no-cache' },
    body,
  };
}
