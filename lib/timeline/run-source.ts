// Running one source for one record: privileges first (a source missing one is not queried and
// nothing of it is kept), then availability in this org, then the fetch with progress.
import type { CachedSource } from '../cache/store';
import { formatAge, t } from '../i18n';
import type { SourceStatus } from '../messaging/protocol';
import { missingPrivileges } from '../session/session';
import type { Availability, SourceContext, TimelineSource } from '../sources/types';
import { errorText } from './error-text';
import { mergeTimeline } from './merge';
import type { Interaction } from './model';

export interface SourceRun {
  source: TimelineSource;
  ctx: Omit<SourceContext, 'onItems'>;
  /** Lower-cased privilege names, or null when they could not be read (then the org's 403s decide). */
  held: ReadonlySet<string> | null;
  cached?: CachedSource;
  enabled: boolean;
  setStatus(patch: Partial<SourceStatus>): void;
  publish(items: Interaction[]): void;
}

/** What to write to the cache for this source: fresh items, an empty list (purge), or nothing (keep). */
export type CacheAction = CachedSource | 'keep';

function tablesOf(privileges: string[]): string {
  return privileges.map((p) => p.replace(/^prvRead/i, '')).join(', ');
}

export async function runSource(run: SourceRun): Promise<CacheAction> {
  const { source, ctx } = run;
  const purge = (): CacheAction => ({ items: [], fetchedAt: Date.now() });
  if (!run.enabled) {
    run.setStatus({ state: 'off', message: t('source.off') });
    run.publish([]);
    return 'keep';
  }
  const missing = run.held ? missingPrivileges(run.held, source.requiredPrivileges) : [];
  if (missing.length) {
    run.setStatus({ state: 'denied', missing, message: t('source.denied', { tables: tablesOf(missing), privileges: missing.join(', ') }) });
    run.publish([]);
    return purge();
  }
  const availability: Availability = source.availability ? await source.availability(ctx as SourceContext) : { available: true };
  if (ctx.signal.aborted) return 'keep';
  if (!availability.available) {
    run.setStatus({ state: 'off', message: availability.reason });
    run.publish([]);
    return purge();
  }
  const note = availability.note ? ` ${availability.note}` : '';

  const partial: Interaction[][] = [];
  const result = await source.fetch({
    ...ctx,
    onItems: (items) => {
      // With a cached copy on screen, partial pages would only shrink the list for a moment.
      if (run.cached) return;
      partial.push(items);
      const soFar = mergeTimeline(partial);
      run.setStatus({ message: t('source.loadingCount', { count: soFar.length }), count: soFar.length });
      run.publish(soFar);
    },
  });
  if (ctx.signal.aborted) return 'keep';
  if (result.ok) {
    const count = result.value.length;
    run.setStatus({ state: 'ok', count, stale: false, fetchedAt: Date.now(), message: t('source.ok', { count }) + note });
    run.publish(result.value);
    return { items: result.value, fetchedAt: Date.now() };
  }
  const message = errorText(result.error);
  if (result.error.kind === 'denied') {
    run.setStatus({ state: 'denied', message, ...(result.error.privilege ? { missing: [result.error.privilege] } : {}) });
    run.publish([]);
    return purge();
  }
  if (run.cached) {
    const age = formatAge(run.cached.fetchedAt, Date.now());
    run.setStatus({ state: 'error', stale: true, count: run.cached.items.length, message: t('source.stale', { message, age }) });
    run.publish(run.cached.items);
    return 'keep';
  }
  run.setStatus({ state: 'error', message });
  run.publish([]);
  return 'keep';
}
