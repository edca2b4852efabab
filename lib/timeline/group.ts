// The day of an interaction in the user's zone, cached.
import { dayKey, type DisplayZone } from './display-zone';
import type { Interaction } from './model';

// Day keys per item and zone offset, so filtering 50,000 rows does not re-derive 50,000 dates.
const dayCache = new WeakMap<Interaction, { offset: number; day: string }>();

export function dayOf(item: Interaction, zone: DisplayZone): string {
  const hit = dayCache.get(item);
  if (hit?.offset === zone.offsetMinutes) return hit.day;
  const day = dayKey(item.time, zone);
  dayCache.set(item, { offset: zone.offsetMinutes, day });
  return day;
}
