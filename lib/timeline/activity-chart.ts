// Interactions per month over the past 12 months, split into a few channel groups, for the chart.
import { labelMap } from '../i18n';
import { dayOf } from './group';
import type { DisplayZone } from './display-zone';
import type { Interaction } from './model';

export const CHART_GROUPS = ['email', 'calls-meetings', 'tasks-notes', 'service', 'marketing'] as const;
export type ChartGroup = (typeof CHART_GROUPS)[number];

/** Read at render time, so the legend follows the current language. */
export const CHART_GROUP_LABELS = labelMap<ChartGroup>('chart', CHART_GROUPS);

export function chartGroupOf(item: Interaction): ChartGroup {
  if (item.marketing) return 'marketing';
  switch (item.kind) {
    case 'email':
    case 'letter':
    case 'fax':
      return 'email';
    case 'phonecall':
    case 'appointment':
      return 'calls-meetings';
    case 'case':
      return 'service';
    default:
      return 'tasks-notes';
  }
}

export interface MonthBucket {
  /** YYYY-MM */
  month: string;
  /** First and last day (YYYY-MM-DD), for a date-range filter. */
  from: string;
  to: string;
  counts: Record<ChartGroup, number>;
  total: number;
}

/** The 12 months up to and including the current one, oldest first. */
export function monthlyBuckets(items: readonly Interaction[], now: Date, zone: DisplayZone): MonthBucket[] {
  const today = dayOf({ id: '', kind: 'activity', source: '', title: '', time: now.toISOString() }, zone);
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const buckets: MonthBucket[] = [];
  for (let i = 0; i < 12; i++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    buckets.unshift({
      month: key,
      from: `${key}-01`,
      to: `${key}-${String(last).padStart(2, '0')}`,
      counts: Object.fromEntries(CHART_GROUPS.map((g) => [g, 0])) as Record<ChartGroup, number>,
      total: 0,
    });
    month--;
    if (month === 0) {
      month = 12;
      year--;
    }
  }
  const index = new Map(buckets.map((b) => [b.month, b]));
  for (const item of items) {
    const bucket = index.get(dayOf(item, zone).slice(0, 7));
    if (!bucket) continue;
    bucket.counts[chartGroupOf(item)]++;
    bucket.total++;
  }
  return buckets;
}
