// The side panel: docked right, below the CRM's command bar; collapses to a slim tab.
// Search and filters work on the loaded timeline; the count is always what they match.
import type { Signal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatAge, t } from '../../lib/i18n';
import type { DisplayZone } from '../../lib/timeline/display-zone';
import { applyFilters, isFiltering, type TimelineFilters } from '../../lib/timeline/filters';
import { panelDataState, timelineItems, type PanelModel } from '../../lib/timeline/panel-state';
import { isNewSince } from '../../lib/timeline/last-visit';
import { buildSearch, type TimelineSearch } from '../../lib/timeline/search';
import type { PreviewResult } from '../../lib/messaging/protocol';
import type { Interaction } from '../../lib/timeline/model';
import { Preview } from '../preview/Preview';
import { ActivityChart } from './ActivityChart';
import { FilterPanel } from './FilterPanel';
import { SearchBox } from './SearchBox';
import { SourceStatusList } from './SourceStatusList';
import { TimelineList } from './TimelineList';
import type { RowActions } from './TimelineRow';

export interface PanelProps {
  model: PanelModel;
  zone: DisplayZone;
  collapsed: Signal<boolean>;
  filters: Signal<TimelineFilters>;
  topOffset: number;
  actions: RowActions;
  onRefresh(): void;
  loadPreview?(item: Interaction): Promise<PreviewResult>;
  /** When the user last opened this record (ms), for "new since your last visit". */
  lastVisit?: number | undefined;
  /** Follows the CRM page. */
  theme?: 'light' | 'dark';
}

function messageFor(model: PanelModel, count: number, narrowed: boolean): string | undefined {
  if (model.failure) return model.failure;
  if (model.session.state === 'signed-out' || model.session.state === 'error') return model.session.message;
  if (count > 0) return undefined;
  if (narrowed) return t('panel.noMatch');
  if (!model.done) return undefined;
  const failed = model.sources.filter((s) => s.state === 'error' || s.state === 'denied');
  const queried = model.sources.filter((s) => s.state !== 'off');
  if (queried.length && failed.length === queried.length) return t('panel.allFailed', { message: failed[0]?.message ?? '' });
  return t('panel.empty', { entity: model.record.entity });
}

export function Panel({ model: m, zone, collapsed, filters, topOffset, actions, onRefresh, loadPreview, lastVisit, theme }: PanelProps) {
  const [query, setQuery] = useState('');
  const [previewed, setPreviewed] = useState<Interaction | null>(null);
  const all = useMemo(() => timelineItems(m), [m]);
  const searching = query.trim().length > 0;
  // The index is built when the browser is idle after loading, so the first keystroke finds it ready.
  const [idle, setIdle] = useState<{ items: Interaction[]; index: TimelineSearch } | null>(null);
  useEffect(() => {
    if (!m.done || typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => setIdle({ items: all, index: buildSearch(all) }), { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }, [all, m.done]);
  const index = useMemo(() => (searching ? (idle?.items === all ? idle.index : buildSearch(all)) : null), [all, searching, idle]);
  const result = useMemo(() => (index ? index.search(query) : null), [index, query]);
  const searched = useMemo(() => (result ? all.filter((i) => result.ids.has(i.id)) : all), [all, result]);
  const filtered = useMemo(() => applyFilters(all, filters.value, new Date(), zone, result?.ids), [all, result, filters.value, zone]);
  const count = filtered.length;
  const openedAt = useMemo(() => Date.now(), [m.record.id]);
  const isNew = (item: Interaction) => isNewSince(item.createdAt ?? item.time, lastVisit, openedAt);
  const newCount = useMemo(() => (lastVisit === undefined ? 0 : all.filter(isNew).length), [all, lastVisit, openedAt]);
  const narrowed = searching || isFiltering(filters.value);
  const state = panelDataState(m, all.length);
  const message = messageFor(m, count, narrowed);
  const style = { top: `${topOffset}px` };
  const record = `${m.record.entity}:${m.record.id}`;
  const sourceLabels = useMemo(() => Object.fromEntries(m.sources.map((s) => [s.id, s.label])), [m.sources]);
  const rowActions: RowActions = {
    ...actions,
    ...(loadPreview ? { preview: (item: Interaction) => setPreviewed(item), selectedId: previewed?.id } : {}),
    isNew,
    showAsset: (asset) => {
      setQuery('');
      filters.value = { ...filters.value, assets: [asset.id] };
    },
  };

  if (collapsed.value) {
    return (
      <div
        class={`tp-panel tp-collapsed${theme === 'dark' ? ' tp-dark' : ''}`}
        style={style}
        data-testid="touchpoint-panel"
        data-record={record}
        data-state={state}
      >
        <button type="button" class="tp-tab" aria-label={t('panel.expand')} aria-expanded="false" onClick={() => (collapsed.value = false)}>
          <span class="tp-tab-label">{t('panel.title')}</span>
          <span class="tp-tab-count" data-testid="timeline-count">
            {count}
          </span>
        </button>
      </div>
    );
  }

  return (
    <aside
      class={`tp-panel${theme === 'dark' ? ' tp-dark' : ''}`}
      style={style}
      data-testid="touchpoint-panel"
      data-record={record}
      data-state={state}
      aria-label={t('panel.title')}
    >
      <header class="tp-header">
        <h2 class="tp-title">{t('panel.title')}</h2>
        <span class="tp-count" aria-live="polite">
          <span data-testid="timeline-count">{count}</span> {count === 1 ? t('panel.interaction') : t('panel.interactions')}
          {narrowed && ` ${t('panel.of', { total: all.length })}`}
          {!m.done && ` · ${t('panel.loadingSoFar', { count: all.length })}`}
        </span>
        <button type="button" class="tp-icon-button" onClick={onRefresh} title={t('panel.refresh')} aria-label={t('panel.refresh')}>
          ↻
        </button>
        <button
          type="button"
          class="tp-icon-button"
          onClick={() => (collapsed.value = true)}
          title={t('panel.collapse')}
          aria-label={t('panel.collapse')}
          aria-expanded="true"
        >
          ⟩
        </button>
      </header>
      {m.cachedAt !== undefined && !m.done && (
        <p class="tp-cache-note">{t('panel.fromCache', { age: formatAge(m.cachedAt, Date.now()) })}</p>
      )}
      {m.memoryOnly && (
        <p class="tp-cache-note" data-testid="timeline-memory-only">
          {t('panel.memoryOnly')}
        </p>
      )}
      <SourceStatusList sources={m.sources} onRetry={m.done ? onRefresh : undefined} />
      {newCount > 0 && (
        <p class="tp-new-note" data-testid="timeline-new">
          {t('panel.newSince', { count: newCount })}
        </p>
      )}
      {all.length > 0 && (
        <ActivityChart
          items={searched}
          zone={zone}
          selected={filters.value.range.preset === 'custom' ? filters.value.range : undefined}
          onSelect={(bucket) =>
            (filters.value = {
              ...filters.value,
              range: bucket ? { preset: 'custom', from: bucket.from, to: bucket.to } : { preset: 'all' },
            })
          }
        />
      )}
      <SearchBox value={query} loaded={all.length} onInput={setQuery} />
      <details class="tp-shortcuts">
        <summary>{t('shortcuts.title')}</summary>
        <dl>
          <dt>Alt+Shift+T</dt>
          <dd>{t('shortcuts.toggle')}</dd>
          <dt>/</dt>
          <dd>{t('shortcuts.search')}</dd>
          <dt>↑ ↓, Page Up, Page Down</dt>
          <dd>{t('shortcuts.move')}</dd>
          <dt>Enter</dt>
          <dd>{t('shortcuts.preview')}</dd>
          <dt>Esc</dt>
          <dd>{t('shortcuts.close')}</dd>
        </dl>
      </details>
      <FilterPanel filters={filters} items={all} within={result?.ids} zone={zone} sourceLabels={sourceLabels} />
      {message && (
        <p class={`tp-message tp-message-${state}`} data-testid="timeline-message" role={state === 'error' ? 'alert' : 'status'}>
          {message}
        </p>
      )}
      {!message && count === 0 && !m.done && <p class="tp-loading">{t('panel.loading')}</p>}
      {previewed && loadPreview && <Preview key={previewed.id} item={previewed} load={loadPreview} onClose={() => setPreviewed(null)} />}
      {count > 0 && (
        <TimelineList
          key={record}
          items={filtered}
          zone={zone}
          nowIso={new Date().toISOString()}
          busy={!m.done}
          actions={rowActions}
          highlight={result?.terms}
        />
      )}
    </aside>
  );
}
