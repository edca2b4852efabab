// The seeded org (about 13k activities and 25k parties; one contact with more than 5,000 items)
// must answer the timeline's queries in milliseconds, and paging must return every row once.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, seedStore } from '../../emulator/generator.ts';
import { KNOWN } from '../../emulator/seed-ids.ts';
import { createStore } from '../../emulator/store.ts';
import { get, values } from './helpers.ts';

const store = createStore();
seedStore(store, { seed: DEFAULT_SEED, now: new Date('2026-06-01T00:00:00Z') });
const big = KNOWN.bigContact;

function timed(path: string, prefer?: string): { ms: number; json: Record<string, unknown> } {
  get(store, path, { prefer }); // warm the lazy indexes and rankings
  const t = performance.now();
  const { json, status } = get(store, path, { prefer });
  expect(status, JSON.stringify(json).slice(0, 300)).toBe(200);
  return { ms: performance.now() - t, json };
}

describe('performance on the seeded org', () => {
  it.each([
    `activitypointers?$select=subject,sortdate&$filter=_regardingobjectid_value eq ${big}&$orderby=sortdate desc,activityid desc`,
    `activitypointers?$select=subject&$filter=activitypointer_activity_parties/any(p:p/_partyid_value eq ${big})&$orderby=sortdate desc`,
    `activityparties?$select=_activityid_value&$filter=_partyid_value eq ${big}`,
    `activitypointers?$select=subject&$expand=activitypointer_activity_parties($select=participationtypemask,_partyid_value)&$filter=_regardingobjectid_value eq ${big}`,
  ])('answers %s in milliseconds', (path) => {
    const { ms } = timed(path, 'odata.maxpagesize=50,odata.include-annotations="*"');
    expect(ms).toBeLessThan(60);
  });

  it('pages through the big contact’s thousands of activities returning every row once', () => {
    const path = `activitypointers?$select=activityid&$filter=_regardingobjectid_value eq ${big} or activitypointer_activity_parties/any(p:p/_partyid_value eq ${big})&$orderby=sortdate desc`;
    const ids: string[] = [];
    let next: string | undefined = path;
    while (next) {
      const { json }: { json: Record<string, unknown> } = get(store, next, { prefer: 'odata.maxpagesize=500' });
      ids.push(...values(json).map((r) => String(r.activityid)));
      next = (json['@odata.nextLink'] as string | undefined)?.replace('https://contoso.crm.dynamics.com', '');
    }
    const expected = new Set<string>();
    for (const a of store.tables.get('activitypointer')!.values())
      if (a._regardingobjectid_value === big) expected.add(String(a.activityid));
    for (const p of store.tables.get('activityparty')!.values()) if (p._partyid_value === big) expected.add(String(p._activityid_value));
    expect(ids.length).toBeGreaterThan(4000);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(expected);
  });
});
