// Newest-first interactions → day groups in the user's zone.
import { dayKey, type DisplayZone } from './display-zone';
import type { Interaction } from './model';

export interface DayGroup {
  day: string;
  items: Interaction[];
}

export function groupByDay(items: readonly Interaction[], zone: DisplayZone): DayGroup[] {
  const groups: DayGroup[] = [];
  let current: DayGroup | undefined;
  for (const item of items) {
    const day = dayKey(item.time, zone);
    if (current?.day !== day) {
      current = { day, items: [] };
      groups.push(current);
    }
    current.items.push(item);
  }
  return groups;
}
