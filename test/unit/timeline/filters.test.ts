import { describe, expect, it } from 'vitest';
import { applyFilters, facets, isFiltering, NO_FILTERS, rangeBounds, type TimelineFilters } from '../../../lib/timeline/filters';
import type { Interaction, MarketingAction } from '../../../lib/timeline/model';

const NOW = new Date('2026-12-04T12:00:00Z');
const zone = { locale: 'en-US', offsetMinutes: 0 };
const marketing = (id: string, time: string, actions: MarketingAction[]): Interaction => ({
  id,
  kind: 'email',
  source: 'marketing-realtime',
  title: id,
  time,
  marketing: { channel: 'email', origin: 'real-time', events: [], actions: actions.map((action) => ({ action, count: 1 })) },
});
const items: Interaction[] = [
  {
    id: 'e1',
    kind: 'email',
    source: 'activities',
    title: 'Quote',
    time: '2026-12-03T09:00:00Z',
    direction: 'incoming',
    owner: 'Dana',
    status: 'completed',
  },
  {
    id: 'p1',
    kind: 'phonecall',
    source: 'activities',
    title: 'Call',
    time: '2026-11-01T09:00:00Z',
    direction: 'outgoing',
    owner: 'Marcus',
    status: 'completed',
  },
  { id: 't1', kind: 'task', source: 'activities', title: 'Follow up', time: '2026-12-01T09:00:00Z', owner: 'Dana', status: 'overdue' },
  { id: 'n1', kind: 'note', source: 'notes', title: 'Note', time: '2025-06-01T09:00:00Z' },
  marketing('m1', '2026-12-02T09:00:00Z', ['sent', 'delivered', 'opened', 'clicked']),
  marketing('m2', '2026-10-02T09:00:00Z', ['sent', 'bounced']),
];
const f = (patch: Partial<TimelineFilters>): TimelineFilters => ({ ...NO_FILTERS, ...patch });

describe('filters', () => {
  it('keep everything when none is set', () => {
    expect(applyFilters(items, NO_FILTERS, NOW, zone)).toHaveLength(items.length);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('"emails the contact opened": marketing email + opened', () => {
    const shown = applyFilters(items, f({ types: ['marketing-email'], actions: ['opened'] }), NOW, zone);
    expect(shown.map((i) => i.id)).toEqual(['m1']);
  });

  it('OR within a group, AND across groups', () => {
    expect(applyFilters(items, f({ types: ['email', 'phonecall'] }), NOW, zone).map((i) => i.id)).toEqual(['e1', 'p1']);
    expect(applyFilters(items, f({ types: ['email', 'phonecall'], owners: ['Dana'] }), NOW, zone).map((i) => i.id)).toEqual(['e1']);
    expect(applyFilters(items, f({ directions: ['outgoing'] }), NOW, zone).map((i) => i.id)).toEqual(['p1']);
    expect(applyFilters(items, f({ statuses: ['overdue'] }), NOW, zone).map((i) => i.id)).toEqual(['t1']);
  });

  it('date presets and custom ranges are inclusive days in the user zone', () => {
    expect(rangeBounds({ preset: '7d' }, NOW, zone)).toEqual({ from: '2026-11-28', to: '2026-12-04' });
    expect(applyFilters(items, f({ range: { preset: '7d' } }), NOW, zone).map((i) => i.id)).toEqual(['e1', 't1', 'm1']);
    expect(
      applyFilters(items, f({ range: { preset: 'custom', from: '2026-11-01', to: '2026-11-01' } }), NOW, zone).map((i) => i.id),
    ).toEqual(['p1']);
    expect(applyFilters(items, f({ range: { preset: 'custom', to: '2025-12-31' } }), NOW, zone).map((i) => i.id)).toEqual(['n1']);
  });

  it('count each option given the other groups', () => {
    const result = facets(items, f({ owners: ['Dana'] }), NOW, zone);
    const types = result.find((x) => x.id === 'types')!.options;
    expect(types.map((o) => [o.value, o.count])).toEqual([
      ['email', 1],
      ['task', 1],
    ]);
    const owners = result.find((x) => x.id === 'owners')!.options;
    expect(owners.map((o) => [o.value, o.count, o.selected])).toEqual([
      ['Dana', 2, true],
      ['Marcus', 1, false],
    ]);
    const actions = facets(items, NO_FILTERS, NOW, zone).find((x) => x.id === 'actions')!.options;
    expect(actions.map((o) => [o.value, o.count])).toEqual([
      ['sent', 2],
      ['delivered', 1],
      ['bounced', 1],
      ['opened', 1],
      ['clicked', 1],
    ]);
  });

  it('narrow to search hits without losing the counts of the other groups', () => {
    const hits = new Set(['e1', 't1', 'm1']);
    expect(applyFilters(items, f({ owners: ['Dana'] }), NOW, zone, hits).map((i) => i.id)).toEqual(['e1', 't1']);
    expect(applyFilters(items, NO_FILTERS, NOW, zone, hits).map((i) => i.id)).toEqual(['e1', 't1', 'm1']);
    const types = facets(items, f({ owners: ['Dana'] }), NOW, zone, {}, hits).find((x) => x.id === 'types')!.options;
    expect(types.map((o) => [o.value, o.count])).toEqual([
      ['email', 1],
      ['task', 1],
    ]);
  });

  it('a value first seen in a later timeline still filters and counts', () => {
    const later: Interaction[] = [
      { id: 'x1', kind: 'fax', source: 'activities', title: 'Fax', time: '2026-12-01T09:00:00Z', owner: 'Zoë' },
    ];
    expect(applyFilters(later, f({ owners: ['Zoë'] }), NOW, zone).map((i) => i.id)).toEqual(['x1']);
    expect(applyFilters([...items, ...later], f({ types: ['fax'] }), NOW, zone).map((i) => i.id)).toEqual(['x1']);
    const owners = facets(later, f({ owners: ['Nobody'] }), NOW, zone).find((x) => x.id === 'owners')!.options;
    expect(owners.map((o) => [o.value, o.count, o.selected])).toEqual([
      ['Zoë', 1, false],
      ['Nobody', 0, true],
    ]);
  });
});
