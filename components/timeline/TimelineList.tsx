// Day-grouped interactions as an ARIA feed. Long histories render in slices ("show more"),
// and the count above always says how many there are in all.
import { useMemo, useState } from 'preact/hooks';
import { formatDay, type DisplayZone } from '../../lib/timeline/display-zone';
import { groupByDay } from '../../lib/timeline/group';
import type { Interaction } from '../../lib/timeline/model';
import { TimelineRow, type RowActions } from './TimelineRow';

const SLICE = 200;

interface Props {
  items: Interaction[];
  zone: DisplayZone;
  nowIso: string;
  busy: boolean;
  actions: RowActions;
}

export function TimelineList({ items, zone, nowIso, busy, actions }: Props) {
  const [limit, setLimit] = useState(SLICE);
  const shown = items.length > limit ? items.slice(0, limit) : items;
  const groups = useMemo(() => groupByDay(shown, zone), [shown, zone]);
  let position = 0;
  return (
    <div class="tp-feed" role="feed" aria-busy={busy}>
      {groups.map((group) => (
        <section class="tp-day" key={group.day} aria-label={formatDay(group.day, zone, nowIso)}>
          <h3 class="tp-day-header">{formatDay(group.day, zone, nowIso)}</h3>
          {group.items.map((item) => (
            <TimelineRow key={item.id} item={item} zone={zone} position={++position} setSize={items.length} actions={actions} />
          ))}
        </section>
      ))}
      {items.length > limit && (
        <button type="button" class="tp-more" onClick={() => setLimit(limit + SLICE * 5)}>
          Show more ({items.length - limit} older)
        </button>
      )}
    </div>
  );
}
