import { describe, expect, it } from 'vitest';
import { readOrgMarketing } from '../../../lib/sources/marketing/org-marketing';
import { compareVersions, isRecentEnough, monthsBefore, outboundCutoff, realtimeWindowStart } from '../../../lib/sources/marketing/windows';
import { realtimeQuery } from '../../../lib/sources/realtime-marketing';
import { DEFAULT_SOURCE_CONFIG } from '../../../lib/settings/source-config';

const NOW = new Date('2026-12-04T10:00:00Z');
const DAY = 86_400_000;

describe('real-time window', () => {
  it('starts 12 months back by default, and follows the setting', () => {
    const start = realtimeWindowStart(NOW);
    expect(start.toISOString()).toBe('2025-12-04T10:00:00.000Z');
    const inside = new Date(start.getTime() + DAY);
    const outside = new Date(start.getTime() - DAY);
    expect(inside >= start).toBe(true);
    expect(outside >= start).toBe(false);
    expect(realtimeWindowStart(NOW, 3).toISOString()).toBe('2026-09-04T10:00:00.000Z');
  });

  it('handles month ends', () => {
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });

  it('is in the query sent to the org, for the right profile column', () => {
    const q = decodeURIComponent(
      realtimeQuery('cij_emailopeneds', 'EmailOpened', {
        record: { entity: 'lead', id: '0dbe0fa3-8e18-e811-a951-000d3a37caec' },
        now: NOW,
        config: DEFAULT_SOURCE_CONFIG,
      }),
    );
    expect(q).toContain("$filter=LeadId eq '0dbe0fa3-8e18-e811-a951-000d3a37caec' and Timestamp ge 2025-12-04T10:00:00.000Z");
    expect(q).toContain('$orderby=Timestamp desc');
  });
});

describe('outbound cut-off', () => {
  it('is the real-time install date when that is after May 2022', () => {
    expect(outboundCutoff('2023-03-15T08:00:00Z').toISOString()).toBe('2023-03-15T08:00:00.000Z');
  });
  it('is May 2022 when real-time was installed earlier or not at all', () => {
    expect(outboundCutoff('2021-11-01T00:00:00Z').toISOString()).toBe('2022-05-01T00:00:00.000Z');
    expect(outboundCutoff(undefined).toISOString()).toBe('2022-05-01T00:00:00.000Z');
  });
  it('is the day the user chose on the options page, when there is one', () => {
    expect(outboundCutoff('2023-03-15T08:00:00Z', '2024-01-10').toISOString()).toBe('2024-01-10T00:00:00.000Z');
    expect(outboundCutoff(undefined, 'not a day').toISOString()).toBe('2022-05-01T00:00:00.000Z');
  });
});

describe('marketing solution version', () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('1.1.10512.25', '1.1.10512.25')).toBe(0);
    expect(compareVersions('1.1.10512.30', '1.1.10512.25')).toBe(1);
    expect(compareVersions('1.1.9999.99', '1.1.10512.25')).toBe(-1);
    expect(compareVersions('1.2', '1.1.10512.25')).toBe(1);
    expect(isRecentEnough('1.1.10512.25')).toBe(true);
    expect(isRecentEnough('1.1.10512.24')).toBe(false);
    expect(isRecentEnough(undefined)).toBe(false);
  });

  it('reads the install date and version from the org’s solutions', () => {
    const org = readOrgMarketing([
      { uniquename: 'DynamicsMKT_Journeys', version: '1.1.38127.124', installedon: '2025-04-04T00:00:00Z' },
      { uniquename: 'DynamicsMKT_Timeline', version: '1.1.10000.1', installedon: '2025-04-04T00:00:00Z' },
      { uniquename: 'msdyncrm_MarketingSolution', version: '1.35.1.0', installedon: '2022-12-04T00:00:00Z' },
    ]);
    expect(org).toEqual({
      realtimeInstalled: true,
      realtimeInstalledOn: '2025-04-04T00:00:00Z',
      marketingVersion: '1.1.10000.1',
      outboundInstalled: true,
    });
    expect(readOrgMarketing([])).toEqual({ realtimeInstalled: false, outboundInstalled: false });
  });
});
