// Merging the items of several sources (and of several queries within one) into one
// newest-first list, each interaction once.
import type { Interaction } from './model';

/** Newest first; equal times keep a stable order by id, so pages never reshuffle. */
export function compareInteractions(a: Interaction, b: Interaction): number {
  if (a.time !== b.time) return a.time < b.time ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function richness(item: Interaction): number {
  return (
    (item.parties?.length ?? 0) +
    (item.direction ? 1 : 0) +
    (item.counterpart ? 1 : 0) +
    (item.summary ? 1 : 0) +
    (item.marketing?.events.length ?? 0)
  );
}

/**
 * One entry per id. When the same record comes twice (an activity both regarding the contact and
 * with the contact as a party), the copy that says more wins; the others fill its gaps.
 */
export function dedupeById(items: Iterable<Interaction>): Interaction[] {
  const byId = new Map<string, Interaction>();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (!seen) byId.set(item.id, item);
    else {
      const [rich, poor] = richness(item) > richness(seen) ? [item, seen] : [seen, item];
      byId.set(item.id, { ...poor, ...rich });
    }
  }
  return [...byId.values()];
}

export function mergeTimeline(groups: Iterable<readonly Interaction[]>): Interaction[] {
  const all: Interaction[] = [];
  for (const group of groups) all.push(...group);
  return dedupeById(all).sort(compareInteractions);
}
