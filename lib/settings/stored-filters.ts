// Filters as stored per user (extension storage): validated on the way in, so an old or damaged
// value becomes "no filters" rather than an error.
import * as v from 'valibot';
import { NO_FILTERS, type TimelineFilters } from '../timeline/filters';

const List = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(200));
const Day = v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)));

const FiltersSchema = v.object({
  types: List,
  assets: v.optional(List, []),
  actions: List,
  statuses: List,
  sources: List,
  directions: List,
  owners: List,
  range: v.object({ preset: v.picklist(['all', '7d', '30d', '90d', '12m', 'custom']), from: Day, to: Day }),
});

export function parseStoredFilters(value: unknown): TimelineFilters {
  const result = v.safeParse(FiltersSchema, value);
  if (!result.success) return NO_FILTERS;
  const { range, ...rest } = result.output;
  return { ...rest, range: { preset: range.preset, ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) } };
}

/** Filters are remembered per org and user. */
export function filtersKey(orgUrl: string, userId: string): string {
  return `${new URL(orgUrl).origin.toLowerCase()}|${userId.toLowerCase()}`;
}
