import { describe, expect, it } from 'vitest';
import { chartGroupOf, monthlyBuckets } from '../../../lib/timeline/activity-chart';
import type { Interaction } from '../../../lib/timeline/model';

const item = (id: string, time: string, kind: Interaction['kind'] = 'email', marketing = false): Interaction => ({
  id,
  kind,
  source: 's',
  title: id,
  time,
  ...(marketing ? { marketing: { channel: 'email', origin: 'real-time', events: [], actions: [] } } : {}),
});

describe('monthly chart', () => {
  it('has the 12 months up to now, oldest first, counting by channel group in the user zone', () => {
    const zone = { locale: 'en-US', offsetMinutes: -480 };
    const buckets = monthlyBuckets(
      [
        item('a', '2026-12-02T10:00:00Z'),
        item('b', '2026-12-01T05:00:00Z', 'phonecall'),
        item('c', '2026-06-10T10:00:00Z', 'email', true),
        item('old', '2025-11-30T10:00:00Z'),
      ],
      new Date('2026-12-04T10:00:00Z'),
      zone,
    );
    expect(buckets).toHaveLength(12);
    expect(buckets[0]!.month).toBe('2026-01');
    expect(buckets[11]).toMatchObject({ month: '2026-12', from: '2026-12-01', to: '2026-12-31', total: 1 });
    expect(buckets[10]).toMatchObject({ month: '2026-11', total: 1 }); // 05:00 UTC on Dec 1 is Nov 30 in UTC-8
    expect(buckets[5]!.counts.marketing).toBe(1);
    expect(buckets.reduce((n, b) => n + b.total, 0)).toBe(3);
  });

  it('groups kinds', () => {
    expect(chartGroupOf(item('x', 't', 'appointment'))).toBe('calls-meetings');
    expect(chartGroupOf(item('x', 't', 'case'))).toBe('service');
    expect(chartGroupOf(item('x', 't', 'note'))).toBe('tasks-notes');
  });
});
