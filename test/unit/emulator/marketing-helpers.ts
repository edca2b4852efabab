// Shared set-up for the marketing tests: one seeded org at a fixed `now`, and POSTs to actions.
import { DEFAULT_SEED, seedStore } from '../../emulator/generator.ts';
import type { Row, Store } from '../../emulator/model.ts';
import { interactionTable } from '../../emulator/entities-interactions.ts';
import { createStore } from '../../emulator/store.ts';
import type { UserKey } from '../../emulator/users.ts';
import { get } from './helpers.ts';

export const NOW = new Date('2026-03-15T09:30:00Z');
export const DAY = 86_400_000;

export function seeded(seed = DEFAULT_SEED, now = NOW): Store {
  const store = createStore();
  seedStore(store, { seed, now });
  return store;
}

/** Every row of one interaction type. */
export function interactions(store: Store, type: string): Row[] {
  return [...(store.tables.get(interactionTable(type))?.values() ?? [])];
}

/** All real-time interactions of one profile, by type. */
export function interactionsOf(store: Store, profileId: string): Row[] {
  const out: Row[] = [];
  for (const [name, t] of store.tables) if (name.startsWith('cij_')) for (const r of t.values()) if (r.ProfileId === profileId) out.push(r);
  return out;
}

export function post(
  store: Store,
  action: string,
  body: unknown,
  opts: { user?: UserKey; version?: string; headers?: Record<string, string> } = {},
) {
  return get(store, `/api/data/${opts.version ?? 'v9.2'}/${action}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
    user: opts.user,
    now: NOW,
  });
}
