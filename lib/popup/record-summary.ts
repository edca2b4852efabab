// A record's summary without a panel: the worker's own timeline load (session, privileges,
// cache, every source), its updates collected instead of sent to a frame, bounded in time.
import type { RecordRef } from '../crm/record-url';
import { t } from '../i18n';
import type { RecordSummaryReply } from '../messaging/popup-protocol';
import type { SourceStatus, TimelineUpdate } from '../messaging/protocol';
import { loadTimeline, type LoadDeps } from '../timeline/load-timeline';
import type { Interaction } from '../timeline/model';
import { buildSummary } from './summary';

export const SUMMARY_TIMEOUT_MS = 20_000;

export interface SummaryRequest {
  record: RecordRef;
  /** Aborts the load (another record was chosen, the popup closed). */
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function recordSummary(deps: LoadDeps, orgUrl: string, request: SummaryRequest): Promise<RecordSummaryReply> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  request.signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs ?? SUMMARY_TIMEOUT_MS);

  const items: Record<string, Interaction[]> = {};
  let last: TimelineUpdate | undefined;
  const emit = (update: TimelineUpdate) => {
    last = update;
    // Each update carries whole lists for the sources whose items changed.
    for (const [source, list] of Object.entries(update.items ?? {})) items[source] = list;
  };
  try {
    await loadTimeline(deps, { requestId: 'popup-summary', record: request.record, signal: controller.signal, emit });
  } catch (error) {
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', abort);
  }

  if (request.signal?.aborted) return { state: 'cancelled' };
  const session = last?.session;
  if (session?.state === 'signed-out') return { state: 'signed-out', orgUrl };
  if (session?.state === 'error') return { state: 'error', message: session.message };
  if (!last || session?.state !== 'ok') return { state: 'error', message: t('popup.summaryTimeout') };
  const sources: SourceStatus[] = last.sources;
  return buildSummary(request.record, items, sources, !timedOut && last.done);
}
