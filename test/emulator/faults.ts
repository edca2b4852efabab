// Injected faults: a small rule table consumed per matching API request (or $batch part).
// A rule answers with a status (429 with the documented throttling bodies and Retry-After, 500,
// 503, …) and/or delays the answer. Rules come from POST /emulator/control/faults and --throttle.
import { errorResponse, type ApiResponse } from './api-types.ts';
import { ODataError } from './odata/errors.ts';

export interface FaultRule {
  /** Substring of the path and query, or a regular expression source matched against it. */
  match: string;
  status?: number;
  /** How many matching requests the rule applies to; default 1; 0 or less = until cleared. */
  times?: number;
  retryAfterSeconds?: number;
  /** Error code; for 429 one of the three service-protection codes (default 0x80072322). */
  code?: string;
  message?: string;
  /** Delay the answer by this many milliseconds (alone, or with a status). */
  delayMs?: number;
  /** Spoil the real answer: cut the connection mid-body, break its JSON, give it the wrong shape, or a next link to itself. */
  body?: BodyFault;
}

export const BODY_FAULTS = ['drop', 'malformed-json', 'wrong-shape', 'loop-next-link'] as const;
export type BodyFault = (typeof BODY_FAULTS)[number];

interface ActiveRule extends FaultRule {
  remaining: number;
  regex: RegExp | null;
}

/** The documented service protection errors (fixtures/error-429-*.json). */
export const THROTTLE_MESSAGES: Record<string, string> = {
  '0x80072322': 'Number of requests exceeded the limit of 6000 over time window of 300 seconds.',
  '0x80072321':
    'Combined execution time of incoming requests exceeded limit of 1,200,000  milliseconds over time window of 300 seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.',
  '0x80072326': 'Number of concurrent requests exceeded the limit of 52.',
};

export function validateRule(input: unknown): FaultRule {
  const r = input as Partial<FaultRule> | null;
  if (!r || typeof r.match !== 'string' || r.match === '')
    throw new Error('a fault rule needs "match": a substring or regex of the path and query');
  if (r.status !== undefined && (!Number.isInteger(r.status) || r.status < 400 || r.status > 599))
    throw new Error('"status" must be an HTTP error status (400-599)');
  if (r.body !== undefined && !(BODY_FAULTS as readonly string[]).includes(r.body))
    throw new Error(`"body" must be one of ${BODY_FAULTS.join(', ')}`);
  if (r.status === undefined && r.delayMs === undefined && r.body === undefined)
    throw new Error('a fault rule needs "status", "delayMs" or "body"');
  if (r.code !== undefined && r.status === 429 && !THROTTLE_MESSAGES[r.code])
    throw new Error(`429 "code" must be one of ${Object.keys(THROTTLE_MESSAGES).join(', ')}`);
  return r as FaultRule;
}

export class Faults {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    let regex: RegExp | null;
    try {
      regex = new RegExp(rule.match);
    } catch {
      regex = null;
    }
    const times = rule.times ?? 1;
    this.rules.push({ ...rule, remaining: times <= 0 ? Number.POSITIVE_INFINITY : times, regex });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ regex: _regex, remaining, ...rule }) => ({ ...rule, times: Number.isFinite(remaining) ? remaining : 0 }));
  }

  /** Consumes and returns the first rule matching `pathAndQuery`, if any. */
  take(pathAndQuery: string): FaultRule | null {
    let decoded = pathAndQuery;
    try {
      decoded = decodeURIComponent(pathAndQuery);
    } catch {
      /* keep the raw form */
    }
    const rule = this.rules.find(
      (r) => r.remaining > 0 && [pathAndQuery, decoded].some((s) => s.includes(r.match) || (r.regex?.test(s) ?? false)),
    );
    if (!rule) return null;
    rule.remaining--;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return rule;
  }
}

/** The response a rule forces, or null for a delay-only rule. */
export function faultResponse(rule: FaultRule): ApiResponse | null {
  if (rule.status === undefined) return null;
  const headers: Record<string, string> = {};
  if (rule.status === 429 || rule.retryAfterSeconds !== undefined) headers['Retry-After'] = String(rule.retryAfterSeconds ?? 1);
  if (rule.status === 429) {
    const code = rule.code ?? '0x80072322';
    return errorResponse(new ODataError(429, code, rule.message ?? THROTTLE_MESSAGES[code] ?? '', headers));
  }
  const message = rule.message ?? (rule.status >= 500 ? 'An unexpected error occurred.' : 'The request failed (injected fault).');
  return errorResponse(new ODataError(rule.status, rule.code ?? (rule.status >= 500 ? '0x80040216' : '0x80060888'), message, headers));
}

/** Odd values in place of each column's own type: a string becomes a number, a number an object, … */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return { unexpected: value };
  if (typeof value === 'boolean') return 'yes';
  if (value === null) return ['null'];
  return 'unexpected';
}

/**
 * The real answer spoilt as the rule says. 'drop' keeps the answer whole here: the server cuts the
 * connection half-way through writing it (see `dropMidBody`).
 */
export function spoilResponse(rule: FaultRule, response: ApiResponse, requestUrl: URL): ApiResponse {
  if (!rule.body || rule.body === 'drop' || response.status >= 300) return response;
  if (rule.body === 'malformed-json')
    return { ...response, body: response.body.slice(0, Math.max(1, Math.floor(response.body.length / 2))) };
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    return response;
  }
  const record = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if (rule.body === 'loop-next-link') return { ...response, body: JSON.stringify({ ...record, '@odata.nextLink': requestUrl.href }) };
  const value = record.value;
  const spoilt = Array.isArray(value)
    ? { ...record, value: value.map((row) => Object.fromEntries(Object.entries(row as object).map(([k, v]) => [k, wrongType(v)]))) }
    : { unexpected: record };
  return { ...response, body: JSON.stringify(spoilt) };
}
