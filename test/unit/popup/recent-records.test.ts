import { describe, expect, it } from 'vitest';
import type { RecentRecord } from '../../../lib/messaging/popup-protocol';
import { addRecentRecord, MAX_RECENT, parseRecentRecords, recentOrgs, renameRecentRecord } from '../../../lib/settings/recent-records';

const ORG = 'https://contoso.crm.dynamics.com';
const OTHER = 'https://fabrikam.crm4.dynamics.com';
const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
const rec = (n: number, patch: Partial<RecentRecord> = {}): RecentRecord => ({
  orgUrl: ORG,
  entity: 'contact',
  id: id(n),
  name: `Person ${n}`,
  openedAt: 1000 + n,
  ...patch,
});

describe('recent records', () => {
  it('reads valid entries only, newest first, each record once', () => {
    const stored = [
      rec(1),
      rec(2),
      { ...rec(3), id: 'not-a-guid' },
      { ...rec(4), orgUrl: 'http://contoso.crm.dynamics.com' },
      { ...rec(5), entity: 'account' },
      'junk',
      null,
      rec(1, { openedAt: 5000, name: 'Person 1 again' }),
    ];
    const list = parseRecentRecords(stored);
    expect(list.map((r) => r.name)).toEqual(['Person 1 again', 'Person 2']);
    expect(parseRecentRecords({ not: 'a list' })).toEqual([]);
    expect(parseRecentRecords(undefined)).toEqual([]);
  });

  it('puts a record opened again first, once, and keeps at most 20', () => {
    let list: RecentRecord[] = [];
    for (let n = 0; n < 25; n++) list = addRecentRecord(list, rec(n));
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]!.id).toBe(id(24));
    list = addRecentRecord(list, rec(10, { openedAt: 9999 }));
    expect(list[0]!.id).toBe(id(10));
    expect(list.filter((r) => r.id === id(10))).toHaveLength(1);
    expect(list).toHaveLength(MAX_RECENT);
  });

  it('tells the same id in another org or of another kind apart', () => {
    let list = addRecentRecord([], rec(1));
    list = addRecentRecord(list, rec(1, { orgUrl: OTHER }));
    list = addRecentRecord(list, rec(1, { entity: 'lead' }));
    expect(list).toHaveLength(3);
    expect(recentOrgs(list)).toEqual([ORG, OTHER]);
  });

  it('keeps the name it had while the org has not said the new one, then renames', () => {
    let list = addRecentRecord([], rec(1, { name: 'Karim Khalil' }));
    list = addRecentRecord(list, rec(1, { name: '', openedAt: 2000 }));
    expect(list[0]).toMatchObject({ name: 'Karim Khalil', openedAt: 2000 });
    list = renameRecentRecord(list, { orgUrl: ORG, entity: 'contact', id: id(1) }, '  Karim K. Khalil ');
    expect(list[0]!.name).toBe('Karim K. Khalil');
    expect(renameRecentRecord(list, { orgUrl: ORG, entity: 'contact', id: id(1) }, '')[0]!.name).toBe('Karim K. Khalil');
  });

  it('round-trips through storage unchanged', () => {
    const list = [rec(2, { userId: id(77) }), rec(1)];
    expect(parseRecentRecords(JSON.parse(JSON.stringify(list)))).toEqual(list);
  });
});
