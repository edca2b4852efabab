// A small Dataverse Web API client for one org, used with the signed-in user's own session
// cookies (the worker has host permission, so the browser attaches them; reference §2.10).
// Every call returns a Result: errors are values, never exceptions.
import { t } from '../i18n';
import { classifyError, fail, ok, readErrorBody, type DataverseError, type Result } from './errors';
import { createLimiter, type Limiter } from './limiter';

export type Row = Record<string, unknown>;

export interface ODataPage {
  value: Row[];
  nextLink?: string;
  count?: number;
}

export interface GetOptions {
  signal?: AbortSignal;
  /** `Prefer: odata.maxpagesize`; Dataverse's default and maximum is 5000. */
  maxPageSize?: number;
  /** `Prefer: odata.include-annotations="*"` (formatted values, lookup table names). */
  annotations?: boolean;
}

export interface ClientOptions {
  orgUrl: string;
  fetch?: typeof fetch;
  limiter?: Limiter;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** How often a throttled (429) or unavailable (502–504) request is tried again. */
  maxRetries?: number;
  /** Told before each wait, so the panel can say "the server is busy". */
  onWait?: (info: { reason: 'throttled' | 'unavailable'; waitMs: number; path: string }) => void;
  apiVersion?: string;
  /** An answer slower than this (whole body) ends as a timeout; default 60 s. */
  timeoutMs?: number;
}

export const MAX_PAGE_SIZE = 5000;
const RETRY_STATUSES = new Set([502, 503, 504]);
/** Reads only: a lost connection or a timeout is tried again, fewer times than a busy server. */
const MAX_TRANSIENT_RETRIES = 2;

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function aborted(): DataverseError {
  return { kind: 'aborted', message: t('dataverse.cancelled') };
}

/** Exponential backoff with jitter, so tabs that failed together do not retry together. */
function backoff(attempt: number): number {
  return Math.round(500 * 2 ** attempt * (0.75 + Math.random() * 0.5));
}

export class DataverseClient {
  readonly orgUrl: string;
  readonly apiBase: string;
  private readonly doFetch: typeof fetch;
  private readonly limiter: Limiter;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly maxRetries: number;
  private readonly onWait: ClientOptions['onWait'];
  private readonly timeoutMs: number;

  constructor(options: ClientOptions) {
    this.orgUrl = options.orgUrl.replace(/\/+$/, '');
    this.apiBase = `${this.orgUrl}/api/data/${options.apiVersion ?? 'v9.2'}/`;
    this.doFetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.limiter = options.limiter ?? createLimiter(4);
    this.sleep = options.sleep ?? abortableSleep;
    this.maxRetries = options.maxRetries ?? 4;
    this.onWait = options.onWait;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** Absolute URL for a path relative to the API base; refuses URLs of any other origin. */
  resolve(pathOrUrl: string): string | null {
    try {
      const url = new URL(pathOrUrl, this.apiBase);
      return url.origin === this.orgUrl && url.pathname.startsWith('/api/data/') ? url.href : null;
    } catch {
      return null;
    }
  }

  async getJson(pathOrUrl: string, options: GetOptions = {}): Promise<Result<unknown>> {
    return this.request('GET', pathOrUrl, undefined, options);
  }

  /** POST of a function or action with a JSON body (read-only ones: LoadInteractionsPublic, …). */
  async postJson(pathOrUrl: string, body: unknown, options: GetOptions = {}): Promise<Result<unknown>> {
    return this.request('POST', pathOrUrl, JSON.stringify(body), options);
  }

  private async request(
    method: 'GET' | 'POST',
    pathOrUrl: string,
    body: string | undefined,
    options: GetOptions,
  ): Promise<Result<unknown>> {
    const url = this.resolve(pathOrUrl);
    if (!url) return fail({ kind: 'malformed', message: `Refused to request ${pathOrUrl}: not an address of this org.` });
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'OData-MaxVersion': '4.0',
      'OData-Version': '4.0',
      'If-None-Match': 'null',
    };
    const prefer: string[] = [];
    if (options.annotations) prefer.push('odata.include-annotations="*"');
    if (options.maxPageSize) prefer.push(`odata.maxpagesize=${Math.min(options.maxPageSize, MAX_PAGE_SIZE)}`);
    if (prefer.length) headers.Prefer = prefer.join(',');
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    for (let attempt = 0; ; attempt++) {
      const result = await this.fetchOnce(url, { method, headers, ...(body !== undefined ? { body } : {}) }, options.signal);
      if (result.ok || attempt >= this.maxRetries) return result;
      const { error } = result;
      let waitMs: number;
      let reason: 'throttled' | 'unavailable';
      if (error.kind === 'throttled') {
        waitMs = error.retryAfterMs;
        reason = 'throttled';
      } else if (error.kind === 'http' && RETRY_STATUSES.has(error.status)) {
        waitMs = backoff(attempt);
        reason = 'unavailable';
      } else if ((error.kind === 'network' || error.kind === 'timeout') && attempt < MAX_TRANSIENT_RETRIES) {
        waitMs = backoff(attempt);
        reason = 'unavailable';
      } else return result;
      this.onWait?.({ reason, waitMs, path: new URL(url).pathname });
      try {
        await this.sleep(waitMs, options.signal);
      } catch {
        return fail(aborted());
      }
    }
  }

  private async fetchOnce(url: string, init: RequestInit, signal?: AbortSignal): Promise<Result<unknown>> {
    if (signal?.aborted) return fail(aborted());
    // The timeout starts when the request leaves the limiter's queue and covers the whole body.
    const timeout = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const both = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    const timedOut = (): Result<unknown> => fail({ kind: 'timeout', seconds: Math.round(this.timeoutMs / 1000), message: 'timeout' });
    try {
      return await this.limiter.run(async () => {
        timer = setTimeout(() => timeout.abort(), this.timeoutMs);
        let response: Response;
        try {
          response = await this.doFetch(url, { ...init, credentials: 'include', redirect: 'manual', signal: both });
        } catch (e) {
          if (signal?.aborted) return fail(aborted());
          if (timeout.signal.aborted) return timedOut();
          return fail({ kind: 'network', message: e instanceof Error ? e.message : String(e) });
        }
        return await this.readResponse(response, signal, timeout.signal, timedOut);
      }, signal);
    } catch (e) {
      // Aborted while waiting in the limiter's queue (or something unforeseen: never an exception).
      return fail(signal?.aborted ? aborted() : { kind: 'network', message: e instanceof Error ? e.message : String(e) });
    } finally {
      clearTimeout(timer);
    }
  }

  private async readResponse(
    response: Response,
    signal: AbortSignal | undefined,
    timeout: AbortSignal,
    timedOut: () => Result<unknown>,
  ): Promise<Result<unknown>> {
    // A browser session that has ended is sent to the sign-in page instead of a JSON 401 (§2.10).
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      return fail({ kind: 'session-expired', message: t('dataverse.sessionEnded') });
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('text/html')) {
      return fail({ kind: 'session-expired', message: t('dataverse.signInPage') });
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (signal?.aborted) return fail(aborted());
      if (timeout.aborted) return timedOut();
      return fail({ kind: 'network', message: t('dataverse.dropped') });
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      if (!response.ok) return fail(classifyError(response.status, null, response.headers.get('retry-after')));
      return fail({ kind: 'malformed', message: t('dataverse.notJson') });
    }
    if (!response.ok) return fail(classifyError(response.status, readErrorBody(json), response.headers.get('retry-after')));
    return ok(json);
  }

  async getPage(pathOrUrl: string, options: GetOptions = {}): Promise<Result<ODataPage>> {
    const result = await this.getJson(pathOrUrl, options);
    if (!result.ok) return result;
    const body = result.value as { value?: unknown; '@odata.nextLink'?: unknown; '@odata.count'?: unknown } | null;
    if (!body || !Array.isArray(body.value)) {
      return fail({ kind: 'malformed', message: t('dataverse.noValue') });
    }
    const rows = body.value.filter((r): r is Row => !!r && typeof r === 'object' && !Array.isArray(r));
    const next = body['@odata.nextLink'];
    const count = body['@odata.count'];
    return ok({
      value: rows,
      ...(typeof next === 'string' ? { nextLink: next } : {}),
      ...(typeof count === 'number' ? { count } : {}),
    });
  }

  /**
   * Follows `@odata.nextLink` exactly as returned, with the same Prefer header (page-results),
   * handing each page over as it arrives. A link seen twice ends the walk as malformed.
   */
  async getAllPages(
    path: string,
    options: GetOptions & { onPage?: (rows: Row[]) => void; maxPages?: number } = {},
  ): Promise<Result<Row[]>> {
    const all: Row[] = [];
    const seen = new Set<string>();
    let next: string | undefined = path;
    const maxPages = options.maxPages ?? 1000;
    for (let page = 0; next; page++) {
      if (page >= maxPages) return fail({ kind: 'malformed', message: `Stopped after ${maxPages} pages.` });
      if (seen.has(next)) return fail({ kind: 'malformed', message: t('dataverse.repeatedNextLink') });
      seen.add(next);
      const result = await this.getPage(next, { maxPageSize: MAX_PAGE_SIZE, ...options });
      if (!result.ok) return result;
      all.push(...result.value.value);
      options.onPage?.(result.value.value);
      next = result.value.nextLink;
    }
    return ok(all);
  }
}
