// The side panel: docked right, below the CRM's command bar; collapses to a slim tab.
import type { Signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { formatAge, t } from '../../lib/i18n';
import type { DisplayZone } from '../../lib/timeline/display-zone';
import { panelDataState, timelineItems, type PanelModel } from '../../lib/timeline/panel-state';
import { SourceStatusList } from './SourceStatusList';
import { TimelineList } from './TimelineList';
import type { RowActions } from './TimelineRow';

export interface PanelProps {
  model: PanelModel;
  zone: DisplayZone;
  collapsed: Signal<boolean>;
  topOffset: number;
  actions: RowActions;
  onRefresh(): void;
}

function messageFor(model: PanelModel, count: number): string | undefined {
  if (model.failure) return model.failure;
  if (model.session.state === 'signed-out' || model.session.state === 'error') return model.session.message;
  if (!model.done || count > 0) return undefined;
  const failed = model.sources.filter((s) => s.state === 'error' || s.state === 'denied');
  const queried = model.sources.filter((s) => s.state !== 'off');
  if (queried.length && failed.length === queried.length) return t('panel.allFailed', { message: failed[0]?.message ?? '' });
  return t('panel.empty', { entity: model.record.entity });
}

export function Panel({ model, zone, collapsed, topOffset, actions, onRefresh }: PanelProps) {
  const m = model;
  const items = useMemo(() => timelineItems(m), [m]);
  const count = items.length;
  const state = panelDataState(m, count);
  const message = messageFor(m, count);
  const style = { top: `${topOffset}px` };
  const record = `${m.record.entity}:${m.record.id}`;

  if (collapsed.value) {
    return (
      <div class="tp-panel tp-collapsed" style={style} data-testid="touchpoint-panel" data-record={record} data-state={state}>
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
      class="tp-panel"
      style={style}
      data-testid="touchpoint-panel"
      data-record={record}
      data-state={state}
      aria-label={t('panel.title')}
    >
      <header class="tp-header">
        <h2 class="tp-title">{t('panel.title')}</h2>
        <span class="tp-count" aria-live="polite">
          <span data-testid="timeline-count">{count}</span> {count === 1 ? 'interaction' : 'interactions'}
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
      <SourceStatusList sources={m.sources} />
      {message && (
        <p class={`tp-message tp-message-${state}`} data-testid="timeline-message" role={state === 'error' ? 'alert' : 'status'}>
          {message}
        </p>
      )}
      {!message && count === 0 && !m.done && <p class="tp-loading">{t('panel.loading')}</p>}
      {count > 0 && (
        <TimelineList key={record} items={items} zone={zone} nowIso={new Date().toISOString()} busy={!m.done} actions={actions} />
      )}
    </aside>
  );
}
