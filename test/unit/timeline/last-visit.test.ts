import { describe, expect, it } from 'vitest';
import { isNewSince, MAX_REMEMBERED_VISITS, rememberVisit, visitKey } from '../../../lib/timeline/last-visit';

describe('new since the last visit', () => {
  const last = Date.parse('2026-12-01T10:00:00Z');
  const now = Date.parse('2026-12-04T10:00:00Z');
  it('is what happened after the last visit, never on a first visit, never in the future', () => {
    expect(isNewSince('2026-12-02T00:00:00Z', last, now)).toBe(true);
    expect(isNewSince('2026-11-30T00:00:00Z', last, now)).toBe(false);
    expect(isNewSince('2026-12-02T00:00:00Z', undefined, now)).toBe(false);
    expect(isNewSince('2026-12-10T00:00:00Z', last, now)).toBe(false);
  });

  it('keeps visits per org, user and record, forgetting the oldest past the limit', () => {
    expect(visitKey('https://Contoso.crm.dynamics.com/', 'ABC', 'contact', 'DEF')).toBe('https://contoso.crm.dynamics.com|abc|contact|def');
    let visits: Record<string, number> = {};
    for (let i = 0; i < MAX_REMEMBERED_VISITS + 10; i++) visits = rememberVisit(visits, `k${i}`, i);
    expect(Object.keys(visits)).toHaveLength(MAX_REMEMBERED_VISITS);
    expect(visits.k0).toBeUndefined();
    expect(visits[`k${MAX_REMEMBERED_VISITS + 9}`]).toBe(MAX_REMEMBERED_VISITS + 9);
  });
});
