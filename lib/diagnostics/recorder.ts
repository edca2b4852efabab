// What the worker remembers per org for the diagnostics: the last refresh of each source (state,
// count, time) and the last errors in plain words, fed from the updates the timeline service sends.
// Only finished loads count. Messages are scrubbed (scrub.ts) before they are kept.
import * as v from 'valibot';
import { t, type MessageKey } from '../i18n';
import type { SourceState, TimelineUpdate } from '../messaging/protocol';
import { scrubText } from './scrub';

export const MAX_ERRORS = 10;
export const MAX_ORGS = 30;

const SourceRecordSchema = v.object({
  state: v.picklist(['loading', 'ok', 'denied', 'error', 'off']),
  /** When the last finished load ended. */
  at: v.number(),
  count: v.optional(v.number()),
  /** When the source was last read without error. */
  refreshedAt: v.optional(v.number()),
  message: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

const ErrorRecordSchema = v.object({
  at: v.number(),
  /** A source id, or 'session'. */
  source: v.pipe(v.string(), v.maxLength(60)),
  kind: v.pipe(v.string(), v.maxLength(40)),
  message: v.pipe(v.string(), v.maxLength(2000)),
  times: v.number(),
});

const OrgRecordSchema = v.object({
  loads: v.number(),
  lastLoadAt: v.number(),
  session: v.picklist(['ok', 'signed-out', 'error']),
  sources: v.record(v.string(), SourceRecordSchema),
  errors: v.array(ErrorRecordSchema),
});

export const DiagnosticsStateSchema = v.record(v.string(), OrgRecordSchema);

export type SourceRecord = v.InferOutput<typeof SourceRecordSchema>;
export type ErrorRecord = v.InferOutput<typeof ErrorRecordSchema>;
export type OrgRecord = v.InferOutput<typeof OrgRecordSchema>;
export type DiagnosticsState = v.InferOutput<typeof DiagnosticsStateSchema>;

/** What was kept (storage), or nothing when it does not validate. */
export function parseDiagnosticsState(data: unknown): DiagnosticsState {
  const result = v.safeParse(DiagnosticsStateSchema, data);
  return result.success ? result.output : {};
}

// The kinds of error a message stands for, recognised from the templates that wrote it.
const ERROR_TEMPLATES: Array<[string, MessageKey]> = [
  ['session-expired', 'error.session-expired'],
  ['denied', 'error.deniedPrivilege'],
  ['denied', 'source.denied'],
  ['denied', 'error.denied'],
  ['throttled', 'error.throttled'],
  ['not-found', 'error.not-found'],
  ['http', 'error.http'],
  ['network', 'error.network'],
  ['timeout', 'error.timeout'],
  ['malformed', 'error.malformed'],
];

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('[\\s\\S]*?'));
}

/** The kind of error a message of the timeline says (session-expired, denied, throttled, …), else 'error'. */
export function errorKind(message: string, state?: SourceState): string {
  for (const [kind, key] of ERROR_TEMPLATES) if (templatePattern(t(key)).test(message)) return kind;
  return state === 'denied' ? 'denied' : 'error';
}

function addError(errors: ErrorRecord[], error: Omit<ErrorRecord, 'times'>): ErrorRecord[] {
  const same = errors.find((e) => e.source === error.source && e.kind === error.kind && e.message === error.message);
  const rest = errors.filter((e) => e !== same);
  return [{ ...error, times: (same?.times ?? 0) + 1 }, ...rest].slice(0, MAX_ERRORS);
}

/** The state after one update of a load in `orgUrl`; only a finished load (done) changes it. */
export function recordUpdate(state: DiagnosticsState, orgUrl: string, update: TimelineUpdate, now: number): DiagnosticsState {
  if (!update.done) return state;
  const scrub = (text: string) => scrubText(text, { orgUrl });
  const previous = state[orgUrl];
  let errors = previous?.errors ?? [];
  const session = update.session.state === 'ok' ? 'ok' : update.session.state === 'signed-out' ? 'signed-out' : 'error';
  const sources: Record<string, SourceRecord> = { ...(previous?.sources ?? {}) };
  if (update.session.state === 'signed-out' || update.session.state === 'error') {
    const kind = session === 'signed-out' ? 'session-expired' : errorKind(update.session.message);
    errors = addError(errors, { at: now, source: 'session', kind, message: scrub(update.session.message) });
  } else {
    for (const status of update.sources) {
      const before = sources[status.id];
      const failed = status.state === 'error' || status.state === 'denied';
      const message = status.state === 'ok' ? undefined : scrub(status.message);
      const refreshedAt = status.state === 'ok' ? (status.fetchedAt ?? now) : before?.refreshedAt;
      const count = status.count ?? (status.state === 'ok' ? 0 : before?.count);
      sources[status.id] = {
        state: status.state,
        at: now,
        ...(count !== undefined ? { count } : {}),
        ...(refreshedAt !== undefined ? { refreshedAt } : {}),
        ...(message ? { message } : {}),
      };
      if (failed && message)
        errors = addError(errors, { at: now, source: status.id, kind: errorKind(status.message, status.state), message });
    }
  }
  const org: OrgRecord = { loads: (previous?.loads ?? 0) + 1, lastLoadAt: now, session, sources, errors };
  const others = Object.entries(state)
    .filter(([url]) => url !== orgUrl)
    .sort(([, a], [, b]) => b.lastLoadAt - a.lastLoadAt)
    .slice(0, MAX_ORGS - 1);
  return Object.fromEntries([[orgUrl, org], ...others]);
}
