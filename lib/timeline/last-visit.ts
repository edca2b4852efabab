// "New since your last visit": which rows arrived after the user last opened this record, and the
// bounded record of visits (the oldest are forgotten first).

export const MAX_REMEMBERED_VISITS = 500;

export function visitKey(orgUrl: string, userId: string, entity: string, id: string): string {
  return [new URL(orgUrl).origin.toLowerCase(), userId.toLowerCase(), entity, id.toLowerCase()].join('|');
}

/** New: happened after the last visit and not in the future (upcoming meetings are not news). */
export function isNewSince(time: string, lastVisit: number | undefined, now: number): boolean {
  if (lastVisit === undefined) return false;
  const t = Date.parse(time);
  return t > lastVisit && t <= now;
}

export function rememberVisit(visits: Record<string, number>, key: string, at: number): Record<string, number> {
  const next = { ...visits, [key]: at };
  const keys = Object.keys(next);
  if (keys.length <= MAX_REMEMBERED_VISITS) return next;
  const keep = keys.sort((a, b) => next[b]! - next[a]!).slice(0, MAX_REMEMBERED_VISITS);
  return Object.fromEntries(keep.map((k) => [k, next[k]!]));
}
