// Timeline filters: by type, marketing action, status, source, direction, owner and date range.
// Filters combine (AND across groups, OR within one); each option counts what it would match given
// the other groups, as the native filter pane does.
import { dayKey, type DisplayZone } from './display-zone';
import { dayOf } from './group';
import { ACTION_LABELS, CHANNEL_LABELS, KIND_LABELS, MARKETING_ACTIONS, STATUS_LABELS, type Interaction } from './model';

export type RangePreset = 'all' | '7d' | '30d' | '90d' | '12m' | 'custom';

export interface TimelineFilters {
  types: string[];
  /** Marketing asset ids ("all interactions with this asset"). */
  assets: string[];
  actions: string[];
  statuses: string[];
  sources: string[];
  directions: string[];
  owners: string[];
  range: { preset: RangePreset; from?: string; to?: string };
}

export type FacetId = 'types' | 'assets' | 'actions' | 'statuses' | 'sources' | 'directions' | 'owners';

export const NO_FILTERS: TimelineFilters = {
  types: [],
  assets: [],
  actions: [],
  statuses: [],
  sources: [],
  directions: [],
  owners: [],
  range: { preset: 'all' },
};

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface Facet {
  id: FacetId;
  label: string;
  options: FacetOption[];
}

/** The type an interaction is filtered by: its kind, with marketing emails apart from Sales emails. */
export function typeOf(item: Interaction): string {
  return item.marketing?.channel === 'email' ? 'marketing-email' : item.kind;
}

export function typeLabel(type: string): string {
  return type === 'marketing-email' ? CHANNEL_LABELS.email : ((KIND_LABELS as Record<string, string>)[type] ?? type);
}

function facetValues(item: Interaction, facet: FacetId): string[] {
  switch (facet) {
    case 'types':
      return [typeOf(item)];
    case 'assets':
      return item.marketing?.asset ? [item.marketing.asset.id] : [];
    case 'actions':
      return item.marketing?.actions.map((a) => a.action) ?? [];
    case 'statuses':
      return item.status ? [item.status] : [];
    case 'sources':
      return [item.source];
    case 'directions':
      return item.direction ? [item.direction] : [];
    case 'owners':
      return item.owner ? [item.owner] : [];
  }
}

const DAYS: Record<Exclude<RangePreset, 'all' | 'custom'>, number> = { '7d': 7, '30d': 30, '90d': 90, '12m': 365 };

/** Inclusive day bounds (YYYY-MM-DD in the user's zone) of a range, or null for "all time". */
export function rangeBounds(range: TimelineFilters['range'], now: Date, zone: DisplayZone): { from?: string; to?: string } | null {
  if (range.preset === 'all') return null;
  if (range.preset === 'custom') return { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
  const from = new Date(now.getTime() - (DAYS[range.preset] - 1) * 86_400_000).toISOString();
  return { from: dayKey(from, zone), to: dayKey(now.toISOString(), zone) };
}

function inRange(item: Interaction, bounds: { from?: string; to?: string } | null, zone: DisplayZone): boolean {
  if (!bounds) return true;
  const day = dayOf(item, zone);
  return (!bounds.from || day >= bounds.from) && (!bounds.to || day <= bounds.to);
}

const FACETS: FacetId[] = ['types', 'assets', 'actions', 'statuses', 'sources', 'directions', 'owners'];

function matches(item: Interaction, filters: TimelineFilters, except?: FacetId): boolean {
  for (const facet of FACETS) {
    if (facet === except) continue;
    const wanted = filters[facet];
    if (wanted.length && !facetValues(item, facet).some((v) => wanted.includes(v))) return false;
  }
  return true;
}

export function applyFilters(items: readonly Interaction[], filters: TimelineFilters, now: Date, zone: DisplayZone): Interaction[] {
  const bounds = rangeBounds(filters.range, now, zone);
  return items.filter((item) => inRange(item, bounds, zone) && matches(item, filters));
}

export function isFiltering(filters: TimelineFilters): boolean {
  return FACETS.some((f) => filters[f].length > 0) || filters.range.preset !== 'all';
}

const FACET_LABELS: Record<FacetId, string> = {
  types: 'Type',
  assets: 'Marketing asset',
  actions: 'Marketing action',
  statuses: 'Status',
  sources: 'Source',
  directions: 'Direction',
  owners: 'Owner',
};

function optionLabel(facet: FacetId, value: string, labels: FacetLabels): string {
  switch (facet) {
    case 'types':
      return typeLabel(value);
    case 'assets':
      return labels.assets.get(value) ?? value;
    case 'actions':
      return (ACTION_LABELS as Record<string, string>)[value] ?? value;
    case 'statuses':
      return (STATUS_LABELS as Record<string, string>)[value] ?? value;
    case 'sources':
      return labels.sources[value] ?? value;
    case 'directions':
      return value === 'incoming' ? 'Incoming' : 'Outgoing';
    case 'owners':
      return value;
  }
}

interface FacetLabels {
  sources: Record<string, string>;
  assets: Map<string, string>;
}

/** Every facet with its options and faceted counts (in range, matching the other groups). */
export function facets(
  items: readonly Interaction[],
  filters: TimelineFilters,
  now: Date,
  zone: DisplayZone,
  sourceLabels: Record<string, string> = {},
): Facet[] {
  const bounds = rangeBounds(filters.range, now, zone);
  const ranged = items.filter((item) => inRange(item, bounds, zone));
  const labels: FacetLabels = { sources: sourceLabels, assets: new Map() };
  for (const item of items) {
    const asset = item.marketing?.asset;
    if (asset?.name) labels.assets.set(asset.id, asset.name);
  }
  return FACETS.map((facet) => {
    const counts = new Map<string, number>();
    for (const item of ranged) {
      if (!matches(item, filters, facet)) continue;
      for (const value of new Set(facetValues(item, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    for (const value of filters[facet]) if (!counts.has(value)) counts.set(value, 0);
    const order = facet === 'actions' ? (v: string) => (MARKETING_ACTIONS as readonly string[]).indexOf(v) : undefined;
    const options = [...counts]
      .map(([value, count]) => ({ value, count, label: optionLabel(facet, value, labels), selected: filters[facet].includes(value) }))
      .sort((a, b) => (order ? order(a.value) - order(b.value) : b.count - a.count || a.label.localeCompare(b.label)));
    return { id: facet, label: FACET_LABELS[facet], options };
  }).filter((f) => f.options.length > 0);
}
