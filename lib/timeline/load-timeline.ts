// Loading one record's timeline in the worker: session → cache (painted at once) → privileges →
// every source in parallel → merge → cache. Each step reports through `emit`; nothing after an abort.
import type { RecordRef } from '../crm/record-url';
import type { CachedSource, TimelineCache } from '../cache/store';
import { scopeOf } from '../cache/keys';
import type { DataverseClient } from '../dataverse/client';
import type { Result } from '../dataverse/errors';
import { formatAge, t } from '../i18n';
import type { SessionState, SourceStatus, TimelineUpdate } from '../messaging/protocol';
import { missingPrivileges, whoAmI } from '../session/session';
import type { TimelineSource } from '../sources/types';
import { errorText } from './error-text';
import { mergeTimeline } from './merge';
import type { Interaction } from './model';

export interface LoadDeps {
  client: DataverseClient;
  cache: TimelineCache | null;
  sources: readonly TimelineSource[];
  /** The user's privileges (memoised by the caller per org and user). */
  privileges(userId: string, signal: AbortSignal): Promise<Result<ReadonlySet<string>>>;
  isSourceEnabled?(sourceId: string): boolean;
  now?(): Date;
}

export interface LoadRequest {
  requestId: string;
  record: RecordRef;
  signal: AbortSignal;
  emit(update: TimelineUpdate): void;
}

function tablesOf(privileges: string[]): string {
  return privileges.map((p) => p.replace(/^prvRead/i, '')).join(', ');
}

export async function loadTimeline(deps: LoadDeps, req: LoadRequest): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const applicable = deps.sources.filter((s) => s.appliesTo.includes(req.record.entity));
  const statuses = new Map<string, SourceStatus>(
    applicable.map((s) => [s.id, { id: s.id, label: s.label, state: 'loading', message: t('source.loading') }]),
  );
  let session: SessionState = { state: 'checking' };
  let cachedAt: number | undefined;

  const emit = (items?: Record<string, Interaction[]>, done = false) => {
    if (req.signal.aborted) return;
    req.emit({
      requestId: req.requestId,
      record: req.record,
      session,
      sources: [...statuses.values()].map((s) => ({ ...s })),
      ...(items ? { items } : {}),
      ...(cachedAt !== undefined ? { cachedAt } : {}),
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
    session =
      who.error.kind === 'session-expired'
        ? { state: 'signed-out', message: t('panel.signedOut') }
        : { state: 'error', message: t('panel.sessionError', { message: errorText(who.error) }) };
    for (const s of statuses.values()) setStatus(s.id, { state: 'error', message: errorText(who.error) });
    return emit(undefined, true);
  }
  session = { state: 'ok', userId: who.value.userId };
  const scope = scopeOf(who.value.orgUrl, who.value.userId);

  // Paint from the cache at once; the network answer replaces it source by source.
  const cached = await deps.cache?.read(scope, req.record).catch(() => undefined);
  if (req.signal.aborted) return;
  if (cached) {
    cachedAt = cached.savedAt;
    const items: Record<string, Interaction[]> = {};
    for (const [id, entry] of Object.entries(cached.sources)) if (statuses.has(id)) items[id] = entry.items;
    emit(items);
  }

  const privileges = await deps.privileges(who.value.userId, req.signal);
  if (req.signal.aborted) return;

  const fresh: Record<string, CachedSource> = {};
  await Promise.all(
    applicable.map(async (source) => {
      if (deps.isSourceEnabled && !deps.isSourceEnabled(source.id)) {
        setStatus(source.id, { state: 'off', message: t('source.off') });
        return emit({ [source.id]: [] });
      }
      const missing = privileges.ok ? missingPrivileges(privileges.value, source.requiredPrivileges) : [];
      if (missing.length) {
        // Not queried, and nothing of it is kept: the user may no longer read it.
        fresh[source.id] = { items: [], fetchedAt: Date.now() };
        setStatus(source.id, {
          state: 'denied',
          missing,
          message: t('source.denied', { tables: tablesOf(missing), privileges: missing.join(', ') }),
        });
        return emit({ [source.id]: [] });
      }
      const partial: Interaction[][] = [];
      const result = await source.fetch({
        client: deps.client,
        record: req.record,
        signal: req.signal,
        now: now(),
        onItems: (items) => {
          // With a cached copy on screen, partial pages would only shrink the list for a moment.
          if (cached?.sources[source.id]) return;
          partial.push(items);
          const soFar = mergeTimeline(partial);
          setStatus(source.id, { message: t('source.loadingCount', { count: soFar.length }), count: soFar.length });
          emit({ [source.id]: soFar });
        },
      });
      if (req.signal.aborted) return;
      if (result.ok) {
        fresh[source.id] = { items: result.value, fetchedAt: Date.now() };
        setStatus(source.id, {
          state: 'ok',
          count: result.value.length,
          stale: false,
          fetchedAt: Date.now(),
          message: t('source.ok', { count: result.value.length }),
        });
        return emit({ [source.id]: result.value });
      }
      const message = errorText(result.error);
      const old = cached?.sources[source.id];
      const state = result.error.kind === 'denied' ? 'denied' : 'error';
      if (state === 'denied') fresh[source.id] = { items: [], fetchedAt: Date.now() };
      if (old && state === 'error') {
        setStatus(source.id, {
          state,
          stale: true,
          count: old.items.length,
          message: t('source.stale', { message, age: formatAge(old.fetchedAt, Date.now()) }),
        });
        return emit({ [source.id]: old.items });
      }
      setStatus(source.id, {
        state,
        message,
        ...(result.error.kind === 'denied' && result.error.privilege ? { missing: [result.error.privilege] } : {}),
      });
      return emit({ [source.id]: [] });
    }),
  );
  if (req.signal.aborted) return;
  cachedAt = undefined;
  await deps.cache?.write(scope, req.record, fresh).catch(() => undefined);
  emit(undefined, true);
}
