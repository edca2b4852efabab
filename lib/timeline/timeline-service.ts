// The worker's timeline service: one running load per tab frame, one Dataverse client per org,
// privileges memoised per org and user. Opening a record aborts whatever that frame loaded before.
import type { TimelineCache } from '../cache/store';
import { DataverseClient } from '../dataverse/client';
import type { Result } from '../dataverse/errors';
import type { OpenTimelineRequest, TimelineUpdate } from '../messaging/protocol';
import { userPrivileges } from '../session/session';
import type { TimelineSource } from '../sources/types';
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
  privilegeTtlMs?: number;
  now?(): Date;
}

interface Running {
  requestId: string;
  controller: AbortController;
}

export function createTimelineService(deps: TimelineServiceDeps) {
  const clients = new Map<string, DataverseClient>();
  const running = new Map<string, Running>();
  const privilegeMemo = new Map<string, { at: number; value: Promise<Result<ReadonlySet<string>>> }>();
  const ttl = deps.privilegeTtlMs ?? 5 * 60_000;

  const clientFor = (orgUrl: string) => {
    let client = clients.get(orgUrl);
    if (!client) {
      client = deps.makeClient?.(orgUrl) ?? new DataverseClient({ orgUrl });
      clients.set(orgUrl, client);
    }
    return client;
  };

  const privilegesFor = (client: DataverseClient) => (userId: string, signal: AbortSignal) => {
    const key = `${client.orgUrl}|${userId}`;
    const hit = privilegeMemo.get(key);
    if (hit && Date.now() - hit.at < ttl) return hit.value;
    const value = userPrivileges(client, userId, signal).then((r) => {
      if (!r.ok) privilegeMemo.delete(key); // never keep a failure
      return r;
    });
    privilegeMemo.set(key, { at: Date.now(), value });
    return value;
  };

  return {
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
            ...(deps.isSourceEnabled ? { isSourceEnabled: (id: string) => deps.isSourceEnabled!(orgUrl, id) } : {}),
            ...(deps.now ? { now: deps.now } : {}),
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
