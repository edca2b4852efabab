// Loading one record's timeline in the worker: session → privileges and cache (painted at once,
// without any source the user may no longer read) → every source in parallel → cache. Each step
// reports through `emit`; nothing is emitted after an abort.
import { scopeOf } from '../cache/keys';
import type { CachedSource, TimelineCache } from '../cache/store';
import type { RecordRef } from '../crm/record-url';
import type { DataverseClient } from '../dataverse/client';
import type { Result } from '../dataverse/errors';
import { formatAge, t } from '../i18n';
import type { SessionState, SourceStatus, TimelineUpdate } from '../messaging/protocol';
import type { OrgMarketing } from '../sources/marketing/org-marketing';
import { missingPrivileges, whoAmI } from '../session/session';
import type { SourceConfig, TimelineSource } from '../sources/types';
import { DEFAULT_SOURCE_CONFIG } from '../settings/source-config';
import { errorText } from './error-text';
import { compareInteractions } from './merge';
import type { Interaction } from './model';
import { runSource } from './run-source';

export interface LoadDeps {
  client: DataverseClient;
  cache: TimelineCache | null;
  sources: readonly TimelineSource[];
  /** The user's privileges (memoised by the caller per org and user). */
  privileges(userId: string, signal: AbortSignal): Promise<Result<ReadonlySet<string>>>;
  /** The org's marketing solutions (memoised by the caller per org). */
  orgMarketing?(signal: AbortSignal): Promise<Result<OrgMarketing>>;
  config?: SourceConfig;
  isSourceEnabled?(sourceId: string): boolean;
  now?(): Date;
  /**
   * The user last signed in to this org in this browser, remembered for offline use: without the
   * network WhoAmI cannot answer, and the cache is only ever read for a known user.
   */
  knownUser?: { get(): string | undefined; set(userId: string): void };
}

export interface LoadRequest {
  requestId: string;
  record: RecordRef;
  signal: AbortSignal;
  emit(update: TimelineUpdate): void;
}

const NO_MARKETING: Result<OrgMarketing> = { ok: true, value: { realtimeInstalled: false, outboundInstalled: false } };

const CACHE_HEAD_ROWS = 300;
const newestFirst = (list: readonly Interaction[]) => [...list].sort(compareInteractions);

export async function loadTimeline(deps: LoadDeps, req: LoadRequest): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const applicable = deps.sources.filter((s) => s.appliesTo.includes(req.record.entity));
  const statuses = new Map<string, SourceStatus>(
    applicable.map((s) => [s.id, { id: s.id, label: s.label, state: 'loading', message: t('source.loading') }]),
  );
  let session: SessionState = { state: 'checking' };
  let cachedAt: number | undefined;
  // No cache at all (IndexedDB unavailable), or a read or write that failed (storage full).
  let memoryOnly = deps.cache === null;
  const cacheFailed = () => {
    memoryOnly = true;
    return undefined;
  };

  const emit = (items?: Record<string, Interaction[]>, done = false) => {
    if (req.signal.aborted) return;
    req.emit({
      requestId: req.requestId,
      record: req.record,
      session,
      sources: [...statuses.values()].map((s) => ({ ...s })),
      ...(items ? { items } : {}),
      ...(cachedAt !== undefined ? { cachedAt } : {}),
      ...(memoryOnly ? { memoryOnly } : {}),
      done,
    });
  };
  const setStatus = (id: string, patch: Partial<SourceStatus>) => {
    const current = statuses.get(id);
    if (current) statuses.set(id, { ...current, ...patch });
  };

  emit();
  const who = await whoAmI(deps.client, req.signal);
  if (req.signal.aborted) return;
  if (!who.ok) {
    const offlineUser = who.error.kind === 'network' || who.error.kind === 'timeout' ? deps.knownUser?.get() : undefined;
    const saved = offlineUser ? await deps.cache?.read(scopeOf(deps.client.orgUrl, offlineUser), req.record).catch(cacheFailed) : undefined;
    if (offlineUser && saved) {
      // Offline: what was saved, each source marked with the failure and the age of its rows.
      session = { state: 'ok', userId: offlineUser };
      cachedAt = saved.savedAt;
      const items: Record<string, Interaction[]> = {};
      for (const source of applicable) {
        const entry = saved.sources[source.id];
        if (!entry) {
          setStatus(source.id, { state: 'error', message: errorText(who.error) });
          continue;
        }
        items[source.id] = entry.items;
        const age = formatAge(entry.fetchedAt, Date.now());
        setStatus(source.id, {
          state: 'error',
          stale: true,
          count: entry.items.length,
          message: t('source.stale', { message: errorText(who.error), age }),
        });
      }
      return emit(items, true);
    }
    session =
      who.error.kind === 'session-expired'
        ? { state: 'signed-out', message: t('panel.signedOut') }
        : { state: 'error', message: t('panel.sessionError', { message: errorText(who.error) }) };
    for (const s of statuses.values()) setStatus(s.id, { state: 'error', message: errorText(who.error) });
    // Signed out of the org: what was saved for it goes too (it was readable only while signed in).
    if (who.error.kind === 'session-expired') await deps.cache?.clearOrg(deps.client.orgUrl).catch(cacheFailed);
    return emit(undefined, true);
  }
  session = { state: 'ok', userId: who.value.userId };
  deps.knownUser?.set(who.value.userId);
  const scope = scopeOf(who.value.orgUrl, who.value.userId);

  const [privileges, cached] = await Promise.all([
    deps.privileges(who.value.userId, req.signal),
    deps.cache?.read(scope, req.record).catch(cacheFailed),
  ]);
  if (req.signal.aborted) return;
  const held = privileges.ok ? privileges.value : null;

  // Paint from the cache at once, leaving out sources the user may no longer read.
  if (cached) {
    cachedAt = cached.savedAt;
    const items: Record<string, Interaction[]> = {};
    for (const source of applicable) {
      const entry = cached.sources[source.id];
      const turnedOff = deps.isSourceEnabled?.(source.id) === false;
      if (entry && !turnedOff && !(held && missingPrivileges(held, source.requiredPrivileges).length)) items[source.id] = entry.items;
    }
    // A long history goes in two steps: the newest rows of each source first (a small message the
    // panel shows at once), then all of it.
    const total = Object.values(items).reduce((n, list) => n + list.length, 0);
    if (total > CACHE_HEAD_ROWS * 2)
      emit(Object.fromEntries(Object.entries(items).map(([id, list]) => [id, newestFirst(list).slice(0, CACHE_HEAD_ROWS)])));
    emit(items);
  }

  let marketing: Promise<Result<OrgMarketing>> | undefined;
  const ctx = {
    client: deps.client,
    record: req.record,
    signal: req.signal,
    now: now(),
    config: deps.config ?? DEFAULT_SOURCE_CONFIG,
    orgMarketing: () => (marketing ??= deps.orgMarketing?.(req.signal) ?? Promise.resolve(NO_MARKETING)),
  };
  const fresh: Record<string, CachedSource> = {};
  await Promise.all(
    applicable.map(async (source) => {
      const action = await runSource({
        source,
        ctx,
        held,
        ...(cached?.sources[source.id] ? { cached: cached.sources[source.id]! } : {}),
        enabled: deps.isSourceEnabled?.(source.id) ?? true,
        setStatus: (patch) => setStatus(source.id, patch),
        publish: (items) => emit({ [source.id]: items }),
      });
      if (action !== 'keep') fresh[source.id] = action;
    }),
  );
  if (req.signal.aborted) return;
  cachedAt = undefined;
  await deps.cache?.write(scope, req.record, fresh).catch(cacheFailed);
  emit(undefined, true);
}
