// Shared look-ups over a generated store for the generator and shell tests.
import type { Row, Store } from '../../emulator/model.ts';

export function rows(store: Store, table: string): Row[] {
  return [...(store.tables.get(table)?.values() ?? [])];
}

export interface Items {
  activities: Row[];
  notes: Row[];
  posts: Row[];
  cases: Row[];
  total: number;
}

/** What a record's timeline holds: activities regarding it or with it as a party, notes, posts, cases. */
export function itemsFor(store: Store, id: string): Items {
  const ids = new Set<string>();
  for (const p of rows(store, 'activityparty')) if (p._partyid_value === id) ids.add(String(p._activityid_value));
  for (const a of rows(store, 'activitypointer')) if (a._regardingobjectid_value === id) ids.add(String(a.activityid));
  const pointers = store.tables.get('activitypointer')!;
  const activities = [...ids].map((i) => pointers.get(i)!);
  const notes = rows(store, 'annotation').filter((n) => n._objectid_value === id);
  const posts = rows(store, 'post').filter((n) => n._regardingobjectid_value === id);
  const cases = rows(store, 'incident').filter((n) => n._customerid_value === id);
  return { activities, notes, posts, cases, total: activities.length + notes.length + posts.length + cases.length };
}
