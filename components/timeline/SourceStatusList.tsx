// Per-source state: sources that loaded (or are loading) as compact chips with their count; denied,
// failing and switched-off sources as full lines that say what happened and what to do.
import { t } from '../../lib/i18n';
import type { SourceStatus } from '../../lib/messaging/protocol';

export function SourceStatusList({ sources, onRetry }: { sources: SourceStatus[]; onRetry?: (() => void) | undefined }) {
  if (!sources.length) return null;
  return (
    <ul class="tp-sources" aria-label={t('source.list')}>
      {sources.map((s) => {
        const compact = (s.state === 'ok' || s.state === 'loading') && !s.stale;
        return (
          <li
            key={s.id}
            class={`tp-source tp-source-${s.state}${s.stale ? ' tp-source-stale' : ''}${compact ? ' tp-source-chip' : ''}`}
            data-testid="source-status"
            data-source={s.id}
            data-state={s.state}
            title={s.message}
          >
            <span class="tp-source-dot" aria-hidden="true" />
            <span class="tp-source-label">{s.label}</span>
            {compact ? (
              <span class="tp-source-count">{s.state === 'loading' ? (s.count ?? '…') : s.count}</span>
            ) : (
              <span class="tp-source-message">{s.message}</span>
            )}
            {compact && <span class="tp-visually-hidden">{s.message}</span>}
            {s.state === 'error' && onRetry && (
              <button type="button" class="tp-link-button tp-source-retry" data-testid="source-retry" onClick={onRetry}>
                {t('source.retry')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
