// Newest-first interactions → day groups in the user's zone.
import { dayKey, type DisplayZone } from './display-zone';
import type { Interaction } from './model';

export interface DayGroup {
  day: string;
  items: Interaction[];
}

// Day keys per item and zone offset, so filtering 50,000 rows does not re-derive 50,000 dates.
const dayCache = new WeakMap<Interaction, { offset: number; day: string }>();

export function dayOf(item: Interaction, zone: DisplayZone): string {
  const hit = dayCache.get(item);
  if (hit?.offset === zone.offsetMinutes) return hit.day;
  const day = dayKey(item.time, zone);
  dayCache.set(item, { offset: zone.offsetMinutes, day });
  return day;
}

export function groupByDay(items: readonly Interaction[], zone: DisplayZone): DayGroup[] {
  const groups: DayGroup[] = [];
  let current: DayGroup | undefined;
  for (const item of items) {
    const day = dayOf(item, zone);
    if (current?.day !== day) {
      current = { day, items: [] };
      groups.push(current);
    }
    current.items.push(item);
  }
  return groups;
}
