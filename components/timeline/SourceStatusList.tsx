// Per-source progress and state: loading, loaded with a count, denied with the privilege, error.
import type { SourceStatus } from '../../lib/messaging/protocol';

export function SourceStatusList({ sources }: { sources: SourceStatus[] }) {
  if (!sources.length) return null;
  return (
    <ul class="tp-sources" aria-label="Sources">
      {sources.map((s) => (
        <li
          key={s.id}
          class={`tp-source tp-source-${s.state}${s.stale ? ' tp-source-stale' : ''}`}
          data-testid="source-status"
          data-source={s.id}
          data-state={s.state}
        >
          <span class="tp-source-dot" aria-hidden="true" />
          <span class="tp-source-label">{s.label}</span>
          <span class="tp-source-message">{s.message}</span>
        </li>
      ))}
    </ul>
  );
}
