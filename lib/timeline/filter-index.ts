// A columnar index of a timeline for filtering: every facet value interned to a small integer and
// each item's values stored in typed arrays, so filtering and counting 50,000 interactions is a loop
// over integers rather than 350,000 string lookups. Built once per array of items.
import type { DisplayZone } from './display-zone';
import { dayOf } from './group';
import type { Interaction } from './model';

export const FACETS = ['types', 'assets', 'actions', 'statuses', 'sources', 'directions', 'owners'] as const;
export type FacetId = (typeof FACETS)[number];

/** The type an interaction is filtered by: its kind, with marketing emails apart from Sales emails. */
export function typeOf(item: Interaction): string {
  return item.marketing?.channel === 'email' ? 'marketing-email' : item.kind;
}

function facetValues(item: Interaction, facet: FacetId): string[] {
  switch (facet) {
    case 'types':
      return [typeOf(item)];
    case 'assets':
      return item.marketing?.asset ? [item.marketing.asset.id] : [];
    case 'actions':
      return [...new Set(item.marketing?.actions.map((a) => a.action) ?? [])];
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

/** Value ↔ code per facet, shared by every index so codes stay stable across arrays. */
class Dictionary {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
  find(value: string): number | undefined {
    return this.codes.get(value);
  }
}

export const dictionaries: Record<FacetId, Dictionary> = Object.fromEntries(FACETS.map((f) => [f, new Dictionary()])) as Record<
  FacetId,
  Dictionary
>;

/** Per facet, item i's codes are `codes[start[i]] … codes[start[i + 1] - 1]`. */
export interface FacetColumn {
  start: Int32Array;
  codes: Int32Array;
}

export interface FilterIndex {
  columns: FacetColumn[];
  days: string[];
}

function column(items: readonly Interaction[], facet: FacetId): FacetColumn {
  const dictionary = dictionaries[facet];
  const start = new Int32Array(items.length + 1);
  const codes: number[] = [];
  items.forEach((item, i) => {
    start[i] = codes.length;
    for (const value of facetValues(item, facet)) codes.push(dictionary.code(value));
  });
  start[items.length] = codes.length;
  return { start, codes: Int32Array.from(codes) };
}

const indexes = new WeakMap<readonly Interaction[], { offset: number; index: FilterIndex }>();

export function filterIndex(items: readonly Interaction[], zone: DisplayZone): FilterIndex {
  const hit = indexes.get(items);
  if (hit?.offset === zone.offsetMinutes) return hit.index;
  const index: FilterIndex = {
    columns: FACETS.map((facet) => column(items, facet)),
    days: items.map((item) => dayOf(item, zone)),
  };
  indexes.set(items, { offset: zone.offsetMinutes, index });
  return index;
}

// The days of arrays made by filtering, so laying out the feed does not look each one up again.
const knownDays = new WeakMap<readonly Interaction[], { offset: number; days: string[] }>();

export function rememberDays(items: readonly Interaction[], days: string[], zone: DisplayZone): void {
  knownDays.set(items, { offset: zone.offsetMinutes, days });
}

/** Each item's day in the user's zone: from the filter that made the array, or derived. */
export function daysOf(items: readonly Interaction[], zone: DisplayZone): string[] {
  const known = knownDays.get(items);
  if (known?.offset === zone.offsetMinutes) return known.days;
  const indexed = indexes.get(items);
  if (indexed?.offset === zone.offsetMinutes) return indexed.index.days;
  return items.map((item) => dayOf(item, zone));
}

/** Wanted codes per facet as a lookup array, or null where that facet is not filtered. */
export function wantedCodes(filters: Record<FacetId, readonly string[]>): (Uint8Array | null)[] {
  return FACETS.map((facet) => {
    if (!filters[facet].length) return null;
    const dictionary = dictionaries[facet];
    const wanted = new Uint8Array(dictionary.values.length);
    for (const value of filters[facet]) {
      const code = dictionary.find(value);
      if (code !== undefined) wanted[code] = 1;
    }
    return wanted;
  });
}

/** -1 when item i matches every filtered facet, the facet it alone fails, or -2 when it fails more. */
export function failingFacet(index: FilterIndex, i: number, wanted: (Uint8Array | null)[]): number {
  let failing = -1;
  for (let f = 0; f < wanted.length; f++) {
    const set = wanted[f];
    if (!set) continue;
    const { start, codes } = index.columns[f]!;
    let hit = false;
    for (let k = start[i]!; k < start[i + 1]! && !hit; k++) hit = set[codes[k]!] === 1;
    if (hit) continue;
    if (failing !== -1) return -2;
    failing = f;
  }
  return failing;
}
