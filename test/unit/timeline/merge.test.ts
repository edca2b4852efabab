import { describe, expect, it } from 'vitest';
import { dedupeById, mergeTimeline } from '../../../lib/timeline/merge';
import type { Interaction } from '../../../lib/timeline/model';
import { feedLayout } from '../../../lib/timeline/feed-layout';
import { dayKey, formatDay } from '../../../lib/timeline/display-zone';

const item = (id: string, time: string, extra: Partial<Interaction> = {}): Interaction => ({
  id,
  time,
  kind: 'email',
  source: 'activities',
  title: id,
  ...extra,
});

describe('merging sources', () => {
  it('orders newest first across sources, ties broken by id', () => {
    const merged = mergeTimeline([
      [item('b', '2026-01-02T10:00:00Z'), item('a', '2026-01-01T10:00:00Z')],
      [item('c', '2026-01-03T10:00:00Z', { source: 'notes', kind: 'note' }), item('a2', '2026-01-02T10:00:00Z')],
    ]);
    expect(merged.map((i) => i.id)).toEqual(['c', 'a2', 'b', 'a']);
  });

  it('keeps an activity once when it is both regarding the contact and has it as a party', () => {
    const regarding = item('x', '2026-02-01T09:00:00Z');
    const asParty = item('x', '2026-02-01T09:00:00Z', {
      direction: 'incoming',
      counterpart: 'Dana',
      parties: [{ name: 'Dana', role: 'To Recipient' }],
    });
    const merged = mergeTimeline([[regarding], [asParty], [item('y', '2026-01-01T00:00:00Z')]]);
    expect(merged.map((i) => i.id)).toEqual(['x', 'y']);
    expect(merged[0]).toMatchObject({ direction: 'incoming', counterpart: 'Dana' });
  });

  it('fills gaps from the poorer copy', () => {
    const [one] = dedupeById([
      item('x', 't', { summary: 'hello' }),
      item('x', 't', {
        parties: [
          { name: 'A', role: 'Sender' },
          { name: 'B', role: 'To Recipient' },
        ],
      }),
    ]);
    expect(one?.summary).toBe('hello');
    expect(one?.parties).toHaveLength(2);
  });
});

describe('days in the user zone', () => {
  it('groups by the local day, not the UTC day', () => {
    const zone = { locale: 'en-US', offsetMinutes: -480 };
    // 05:00 UTC on Mar 2 is 21:00 on Mar 1 in UTC-8
    expect(dayKey('2026-03-02T05:00:00Z', zone)).toBe('2026-03-01');
    const layout = feedLayout(
      [item('a', '2026-03-02T09:00:00Z'), item('b', '2026-03-02T05:00:00Z'), item('c', '2026-03-01T20:00:00Z')],
      zone,
    );
    const rows = Array.from({ length: layout.size }, (_, row) => layout.entry(row));
    expect(rows.map((r) => ('day' in r ? `day ${r.day}` : `${r.item.id} #${r.position}`))).toEqual([
      'day 2026-03-02',
      'a #1',
      'day 2026-03-01',
      'b #2',
      'c #3',
    ]);
    expect(layout.key(0)).toBe('day:2026-03-02');
    expect(layout.isHeader(1)).toBe(false);
  });

  it('labels today and yesterday in the locale', () => {
    const zone = { locale: 'en-GB', offsetMinutes: 60 };
    const now = '2026-12-04T10:00:00Z';
    expect(formatDay('2026-12-04', zone, now)).toBe('Today');
    expect(formatDay('2026-12-03', zone, now)).toBe('Yesterday');
    expect(formatDay('2026-11-20', zone, now)).toBe('Friday 20 November');
    expect(formatDay('2025-11-20', { locale: 'de-DE', offsetMinutes: 60 }, now)).toBe('Donnerstag, 20. November 2025');
  });
});
