// A compact chart of the past 12 months by channel group (SVG). Choosing a month filters to it.
import { useMemo } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { CHART_GROUP_LABELS, CHART_GROUPS, monthlyBuckets, type MonthBucket } from '../../lib/timeline/activity-chart';
import type { DisplayZone } from '../../lib/timeline/display-zone';
import type { Interaction } from '../../lib/timeline/model';

const COLORS: Record<(typeof CHART_GROUPS)[number], string> = {
  email: '#0f6cbd',
  'calls-meetings': '#107c10',
  'tasks-notes': '#8a8886',
  service: '#c50f1f',
  marketing: '#8a3ffc',
};

interface Props {
  items: readonly Interaction[];
  zone: DisplayZone;
  selected?: { from?: string; to?: string } | undefined;
  onSelect(bucket: MonthBucket | null): void;
}

export function ActivityChart({ items, zone, selected, onSelect }: Props) {
  // One walk over the items when they, the zone or the day change, not on every filter change.
  const today = Math.floor((Date.now() + zone.offsetMinutes * 60_000) / 86_400_000);
  const buckets = useMemo(() => monthlyBuckets(items, new Date(), zone), [items, zone, today]);
  const monthFormat = useMemo(
    () => new Intl.DateTimeFormat(zone.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    [zone.locale],
  );
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const width = 12 * 26;
  const height = 56;
  const monthName = (b: MonthBucket) => monthFormat.format(new Date(`${b.from}T12:00:00Z`));
  return (
    <figure class="tp-chart" data-testid="activity-chart">
      <svg viewBox={`0 0 ${width} ${height + 14}`} role="group" aria-label={t('chart.title')}>
        {buckets.map((b, i) => {
          let y = height;
          const isSelected = selected?.from === b.from && selected?.to === b.to;
          const name = monthName(b);
          return (
            <g
              key={b.month}
              class={`tp-chart-bar${isSelected ? ' tp-chart-selected' : ''}`}
              role="button"
              tabIndex={0}
              aria-pressed={isSelected}
              aria-label={t('chart.bar', { month: name, count: b.total })}
              data-month={b.month}
              data-total={b.total}
              onClick={() => onSelect(isSelected ? null : b)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onSelect(isSelected ? null : b))}
            >
              <title>{t('chart.barShort', { month: name, count: b.total })}</title>
              <rect x={i * 26} y={0} width={24} height={height + 14} fill="transparent" />
              {CHART_GROUPS.map((g) => {
                const h = (b.counts[g] / max) * height;
                y -= h;
                return h > 0 ? <rect key={g} x={i * 26 + 3} y={y} width={18} height={h} fill={COLORS[g]} /> : null;
              })}
              <text x={i * 26 + 12} y={height + 11} text-anchor="middle" class="tp-chart-label">
                {name.slice(0, 1)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="tp-chart-legend">
        {CHART_GROUPS.map((g) => (
          <span key={g}>
            <i style={{ background: COLORS[g] }} /> {CHART_GROUP_LABELS[g]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
