// The cache policy (options page, or an administrator's): how long a timeline is kept after it was
// last opened, how large the cache may grow (least recently used timelines go first), and whether
// message bodies are kept at all. Pure helpers; the store applies them when it writes.
import type { Interaction } from '../timeline/model';
import type { CachedSource } from './store';

export interface CachePolicy {
  keepDays: number;
  maxMegabytes: number;
  skipBodies: boolean;
}

export const DAY_MS = 86_400_000;
export const MEGABYTE = 1024 * 1024;

/** The kinds whose `summary` is a message body (the preview fetches the body itself when asked). */
const BODY_KINDS: ReadonlySet<string> = new Set(['email', 'note']);

/** The interaction without its message body: title, time, parties and facts stay. */
export function withoutBody(item: Interaction): Interaction {
  if (!BODY_KINDS.has(item.kind) || item.summary === undefined) return item;
  const { summary: _summary, ...rest } = item;
  return rest;
}

export function hasBodies(sources: Record<string, CachedSource>): boolean {
  return Object.values(sources).some((s) => s.items.some((item) => withoutBody(item) !== item));
}

export function withoutBodies(sources: Record<string, CachedSource>): Record<string, CachedSource> {
  return Object.fromEntries(Object.entries(sources).map(([id, s]) => [id, { ...s, items: s.items.map(withoutBody) }]));
}

/** A size estimate of what is stored: the length of its JSON. */
export function estimateBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

export interface SizedEntry {
  key: string;
  bytes: number;
  accessedAt: number;
}

/**
 * Which entries to drop: those not opened for `keepDays`, then the least recently used until the
 * rest fits in `maxMegabytes`.
 */
export function entriesToDrop(entries: readonly SizedEntry[], policy: CachePolicy, now: number): { expired: string[]; evicted: string[] } {
  const cutoff = now - policy.keepDays * DAY_MS;
  const expired = entries.filter((e) => e.accessedAt < cutoff).map((e) => e.key);
  const gone = new Set(expired);
  const rest = entries.filter((e) => !gone.has(e.key)).sort((a, b) => a.accessedAt - b.accessedAt || (a.key < b.key ? -1 : 1));
  let total = rest.reduce((n, e) => n + e.bytes, 0);
  const max = policy.maxMegabytes * MEGABYTE;
  const evicted: string[] = [];
  for (const entry of rest) {
    if (total <= max) break;
    evicted.push(entry.key);
    total -= entry.bytes;
  }
  return { expired, evicted };
}
