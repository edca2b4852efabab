// The worker's timeline service: one running load per tab frame, one Dataverse client per org,
// privileges memoised per org and user. Opening a record aborts whatever that frame loaded before.
import type { TimelineCache } from '../cache/store';
import { DataverseClient } from '../dataverse/client';
import type { Result } from '../dataverse/errors';
import type { OpenTimelineRequest, PreviewRequest, PreviewResult, TimelineUpdate } from '../messaging/protocol';
import { loadPreview } from '../preview/load-preview';
import { userPrivileges } from '../session/session';
import { fetchOrgMarketing, type OrgMarketing } from '../sources/marketing/org-marketing';
import type { SourceConfig, TimelineSource } from '../sources/types';
import { loadTimeline } from './load-timeline';

export interface FrameTarget {
  tabId: number;
  frameId: number;
}

export interface TimelineServiceDeps {
  sources: readonly TimelineSource[];
  cache: () => Promise<TimelineCache | null>;
  send(target: FrameTarget, update: TimelineUpdate): void;
  makeClient?(orgUrl: string): DataverseClient;
  isSourceEnabled?(orgUrl: string, sourceId: string): boolean;
  config?(orgUrl: string): SourceConfig;
  privilegeTtlMs?: number;
  now?(): Date;
  /** The user last signed in to each org (for offline use; see LoadDeps.knownUser). */
  knownUsers?: { get(orgUrl: string): string | undefined; set(orgUrl: string, userId: string): void };
}

interface Running {
  requestId: string;
  controller: AbortController;
}

export function createTimelineService(deps: TimelineServiceDeps) {
  const clients = new Map<string, DataverseClient>();
  const running = new Map<string, Running>();
  const privilegeMemo = new Map<string, { at: number; value: Promise<Result<ReadonlySet<string>>> }>();
  const marketingMemo = new Map<string, { at: number; value: Promise<Result<OrgMarketing>> }>();
  const ttl = deps.privilegeTtlMs ?? 5 * 60_000;

  /** Memoises a successful answer for `ttl`; a failure is never kept. */
  function memo<T>(store: Map<string, { at: number; value: Promise<Result<T>> }>, key: string, load: () => Promise<Result<T>>) {
    const hit = store.get(key);
    if (hit && Date.now() - hit.at < ttl) return hit.value;
    const value = load().then((r) => {
      if (!r.ok) store.delete(key);
      return r;
    });
    store.set(key, { at: Date.now(), value });
    return value;
  }

  const clientFor = (orgUrl: string) => {
    let client = clients.get(orgUrl);
    if (!client) {
      client = deps.makeClient?.(orgUrl) ?? new DataverseClient({ orgUrl });
      clients.set(orgUrl, client);
    }
    return client;
  };

  const privilegesFor = (client: DataverseClient) => (userId: string, signal: AbortSignal) =>
    memo(privilegeMemo, `${client.orgUrl}|${userId}`, () => userPrivileges(client, userId, signal));
  const marketingFor = (client: DataverseClient) => (signal: AbortSignal) =>
    memo(marketingMemo, client.orgUrl, () => fetchOrgMarketing(client, signal));

  return {
    /** The org's one client: every request of the worker for an org shares its limit of requests in flight. */
    client: clientFor,
    async open(target: FrameTarget, orgUrl: string, request: OpenTimelineRequest): Promise<void> {
      const frameKey = `${target.tabId}:${target.frameId}`;
      running.get(frameKey)?.controller.abort();
      const controller = new AbortController();
      running.set(frameKey, { requestId: request.requestId, controller });
      const client = clientFor(orgUrl);
      try {
        await loadTimeline(
          {
            client,
            cache: await deps.cache(),
            sources: deps.sources,
            privileges: privilegesFor(client),
            orgMarketing: marketingFor(client),
            ...(deps.config ? { config: deps.config(orgUrl) } : {}),
            ...(deps.isSourceEnabled ? { isSourceEnabled: (id: string) => deps.isSourceEnabled!(orgUrl, id) } : {}),
            ...(deps.now ? { now: deps.now } : {}),
            ...(deps.knownUsers
              ? { knownUser: { get: () => deps.knownUsers!.get(orgUrl), set: (userId: string) => deps.knownUsers!.set(orgUrl, userId) } }
              : {}),
          },
          { requestId: request.requestId, record: request.record, signal: controller.signal, emit: (u) => deps.send(target, u) },
        );
      } finally {
        if (running.get(frameKey)?.controller === controller) running.delete(frameKey);
      }
    },
    close(target: FrameTarget, requestId: string): void {
      const frameKey = `${target.tabId}:${target.frameId}`;
      const entry = running.get(frameKey);
      if (entry?.requestId === requestId) {
        entry.controller.abort();
        running.delete(frameKey);
      }
    },
    /** What a contact received, for the preview (fetched on demand, never cached). */
    preview(orgUrl: string, request: PreviewRequest): Promise<PreviewResult> {
      return loadPreview(clientFor(orgUrl), request);
    },
    /** Ends every load of a tab (closed or navigated away). */
    closeTab(tabId: number): void {
      for (const [key, entry] of running) {
        if (key.startsWith(`${tabId}:`)) {
          entry.controller.abort();
          running.delete(key);
        }
      }
    },
    get runningCount() {
      return running.size;
    },
  };
}
