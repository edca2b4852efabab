// Typed Dataverse errors: every failure of a Web API call becomes one of these values,
// which the panel maps to words (reference: dataverse.md §2.9, §2.10).

export type DataverseError =
  | { kind: 'session-expired'; message: string }
  | { kind: 'denied'; privilege?: string; table?: string; code: string; message: string }
  | { kind: 'throttled'; retryAfterMs: number; code: string; message: string }
  | { kind: 'not-found'; code: string; message: string }
  | { kind: 'http'; status: number; code: string; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; seconds: number; message: string }
  | { kind: 'malformed'; message: string }
  | { kind: 'aborted'; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; error: DataverseError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DataverseError): Result<T> => ({ ok: false, error });

/** Dataverse's service-protection codes (api-limits): requests, execution time, concurrency. */
export const THROTTLING_CODES = ['0x80072322', '0x80072321', '0x80072326'] as const;
const PRIVILEGE_DENIED = ['0x80040220', '0x80040231', '0x80048306'];

const MISSING_PRIVILEGE = /missing (prv[A-Za-z]+[A-Za-z0-9_]*) privilege/;
const FOR_ENTITY = /for entity '([^']+)'/;

export interface ErrorBody {
  code: string;
  message: string;
}

/** Reads `{"error":{"code","message"}}`; anything else gives null. */
export function readErrorBody(json: unknown): ErrorBody | null {
  if (!json || typeof json !== 'object') return null;
  const error = (json as { error?: unknown }).error;
  if (!error || typeof error !== 'object') return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return { code: typeof code === 'string' ? code : '', message: typeof message === 'string' ? message : '' };
}

/** Retry-After is in seconds (api-limits); an absent or odd header means a short default wait. */
export function parseRetryAfter(header: string | null, fallbackMs = 5000): number {
  if (!header) return fallbackMs;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? fallbackMs : Math.max(0, date - Date.now());
}

/** Maps an HTTP status and error body to a typed error. */
export function classifyError(status: number, body: ErrorBody | null, retryAfter: string | null): DataverseError {
  const code = body?.code ?? '';
  const message = body?.message || `HTTP ${status}`;
  if (status === 401) return { kind: 'session-expired', message };
  if (status === 429 || (THROTTLING_CODES as readonly string[]).includes(code)) {
    return { kind: 'throttled', retryAfterMs: parseRetryAfter(retryAfter), code, message };
  }
  if (status === 403 || PRIVILEGE_DENIED.includes(code)) {
    const privilege = MISSING_PRIVILEGE.exec(message)?.[1];
    const table = FOR_ENTITY.exec(message)?.[1];
    return { kind: 'denied', code, message, ...(privilege ? { privilege } : {}), ...(table ? { table } : {}) };
  }
  if (status === 404) return { kind: 'not-found', code, message };
  return { kind: 'http', status, code, message };
}
