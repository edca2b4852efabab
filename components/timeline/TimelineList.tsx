// Day-grouped interactions as an ARIA feed, virtualised: the DOM holds the rows in view (plus a
// few), whatever the length of the history. Arrow keys and Page Up/Down move between rows.
import { useMemo, useRef } from 'preact/hooks';
import { formatDay, type DisplayZone } from '../../lib/timeline/display-zone';
import { feedLayout, type FeedEntry } from '../../lib/timeline/feed-layout';
import type { Interaction } from '../../lib/timeline/model';
import { useVirtualizer } from '../common/use-virtualizer';
import { TimelineRow, type RowActions } from './TimelineRow';

interface Props {
  items: Interaction[];
  zone: DisplayZone;
  nowIso: string;
  busy: boolean;
  actions: RowActions;
  highlight?: readonly string[];
}

export function TimelineList({ items, zone, nowIso, busy, actions, highlight }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => feedLayout(items, zone), [items, zone]);
  const virtualizer = useVirtualizer({
    count: layout.size,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (layout.isHeader(i) ? 28 : 76),
    getItemKey: (i) => layout.key(i),
    overscan: 6,
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest('[data-testid="timeline-item"]');
    if (!row) return;
    const rows = [...(scroller.current?.querySelectorAll<HTMLElement>('[data-testid="timeline-item"]') ?? [])];
    const at = rows.indexOf(row as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 }[event.key];
    if (step === undefined || at < 0) return;
    event.preventDefault();
    const target = rows[Math.max(0, Math.min(rows.length - 1, at + step))];
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div class="tp-feed" ref={scroller} role="feed" aria-busy={busy} aria-label="Interactions" onKeyDown={onKeyDown}>
      <div class="tp-feed-inner" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((v) => {
          const entry: FeedEntry = layout.entry(v.index);
          return (
            <div
              key={entry.key}
              class="tp-feed-slot"
              data-index={v.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${v.start}px)` }}
            >
              {'day' in entry ? (
                <h3 class="tp-day-header">{formatDay(entry.day, zone, nowIso)}</h3>
              ) : (
                <TimelineRow
                  item={entry.item}
                  zone={zone}
                  position={entry.position}
                  setSize={items.length}
                  actions={actions}
                  highlight={highlight}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
