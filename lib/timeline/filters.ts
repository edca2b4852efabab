// Timeline filters: by type, marketing action, status, source, direction, owner and date range.
// Filters combine (AND across groups, OR within one); each option counts what it would match given
// the other groups, as the native filter pane does.
export { typeOf, type FacetId } from './filter-index';
import { labelMap, t } from '../i18n';
import { dayKey, type DisplayZone } from './display-zone';
import { dictionaries, FACETS, failingFacet, filterIndex, rememberDays, wantedCodes, type FacetId } from './filter-index';
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

export function typeLabel(type: string): string {
  return type === 'marketing-email' ? CHANNEL_LABELS.email : ((KIND_LABELS as Record<string, string>)[type] ?? type);
}

const DAYS: Record<Exclude<RangePreset, 'all' | 'custom'>, number> = { '7d': 7, '30d': 30, '90d': 90, '12m': 365 };

/** Inclusive day bounds (YYYY-MM-DD in the user's zone) of a range, or null for "all time". */
export function rangeBounds(range: TimelineFilters['range'], now: Date, zone: DisplayZone): { from?: string; to?: string } | null {
  if (range.preset === 'all') return null;
  if (range.preset === 'custom') return { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
  const from = new Date(now.getTime() - (DAYS[range.preset] - 1) * 86_400_000).toISOString();
  return { from: dayKey(from, zone), to: dayKey(now.toISOString(), zone) };
}

function inRange(day: string, bounds: { from?: string; to?: string } | null): boolean {
  return !bounds || ((!bounds.from || day >= bounds.from) && (!bounds.to || day <= bounds.to));
}

/**
 * The items matching the filters, in order. `within` (search hits) narrows them further; the index
 * stays the one of the whole timeline, so typing a search does not rebuild it.
 */
export function applyFilters(
  items: readonly Interaction[],
  filters: TimelineFilters,
  now: Date,
  zone: DisplayZone,
  within?: ReadonlySet<string>,
): Interaction[] {
  const bounds = rangeBounds(filters.range, now, zone);
  // The index first: it interns the values the wanted codes are looked up in.
  const index = filterIndex(items, zone);
  const wanted = wantedCodes(filters);
  const result: Interaction[] = [];
  const days: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!inRange(index.days[i]!, bounds) || (within && !within.has(item.id)) || failingFacet(index, i, wanted) !== -1) continue;
    result.push(item);
    days.push(index.days[i]!);
  }
  rememberDays(result, days, zone);
  return result;
}

export function isFiltering(filters: TimelineFilters): boolean {
  return FACETS.some((f) => filters[f].length > 0) || filters.range.preset !== 'all';
}

const FACET_LABELS = labelMap<FacetId>('facet', FACETS);

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
      return value === 'incoming' ? t('row.incoming') : t('row.outgoing');
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
  within?: ReadonlySet<string>,
): Facet[] {
  const bounds = rangeBounds(filters.range, now, zone);
  const index = filterIndex(items, zone);
  const wanted = wantedCodes(filters);
  const labels: FacetLabels = { sources: sourceLabels, assets: new Map() };
  for (const item of items) {
    const asset = item.marketing?.asset;
    if (asset?.name) labels.assets.set(asset.id, asset.name);
  }
  const counts = FACETS.map((facet) => new Int32Array(dictionaries[facet].values.length));
  const count = (f: number, i: number) => {
    const { start, codes } = index.columns[f]!;
    for (let k = start[i]!; k < start[i + 1]!; k++) counts[f]![codes[k]!]!++;
  };
  // One pass: an item matching every other group counts towards each option of the group it fails
  // (or of every group, when it fails none).
  for (let i = 0; i < items.length; i++) {
    if (!inRange(index.days[i]!, bounds) || (within && !within.has(items[i]!.id))) continue;
    const failing = failingFacet(index, i, wanted);
    if (failing === -2) continue;
    if (failing >= 0) count(failing, i);
    else for (let f = 0; f < FACETS.length; f++) count(f, i);
  }
  return FACETS.map((facet, f) => {
    const values = dictionaries[facet].values;
    const facetCounts = new Map<string, number>();
    counts[f]!.forEach((n, code) => n > 0 && facetCounts.set(values[code]!, n));
    for (const value of filters[facet]) if (!facetCounts.has(value)) facetCounts.set(value, 0);
    const order = facet === 'actions' ? (v: string) => (MARKETING_ACTIONS as readonly string[]).indexOf(v) : undefined;
    const options = [...facetCounts]
      .map(([value, n]) => ({ value, count: n, label: optionLabel(facet, value, labels), selected: filters[facet].includes(value) }))
      .sort((a, b) => (order ? order(a.value) - order(b.value) : b.count - a.count || a.label.localeCompare(b.label)));
    return { id: facet, label: FACET_LABELS[facet], options };
  }).filter((f) => f.options.length > 0);
}
