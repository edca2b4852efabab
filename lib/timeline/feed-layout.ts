// The feed's rows: day headers between the interactions of each day, newest first. Kept as one
// integer per row rather than one object per row, so a 50,000-row timeline re-lays out in a few
// milliseconds on every filter change; row objects are made only for the rows in view.
import type { DisplayZone } from './display-zone';
import { daysOf } from './filter-index';
import type { Interaction } from './model';

export type FeedEntry = { key: string; day: string } | { key: string; item: Interaction; position: number };

export interface FeedLayout {
  size: number;
  isHeader(row: number): boolean;
  key(row: number): string;
  entry(row: number): FeedEntry;
}

export function feedLayout(items: readonly Interaction[], zone: DisplayZone): FeedLayout {
  // slots[row] ≥ 0: the index of an item; < 0: -(n + 1) for the n-th day header.
  const slots = new Int32Array(items.length * 2);
  const days: string[] = [];
  let size = 0;
  let current: string | undefined;
  const itemDays = daysOf(items, zone);
  itemDays.forEach((day, i) => {
    if (day !== current) {
      current = day;
      days.push(day);
      slots[size++] = -days.length;
    }
    slots[size++] = i;
  });
  const slot = (row: number) => slots[row]!;
  return {
    size,
    isHeader: (row) => slot(row) < 0,
    key: (row) => (slot(row) < 0 ? `day:${days[-slot(row) - 1]}` : items[slot(row)]!.id),
    entry(row) {
      const at = slot(row);
      if (at < 0) {
        const day = days[-at - 1]!;
        return { key: `day:${day}`, day };
      }
      const item = items[at]!;
      return { key: item.id, item, position: at + 1 };
    },
  };
}
