import { describe, expect, it } from 'vitest';
import { parseOpenTimeline } from '../../../lib/messaging/validate';
import { parseTimelineUpdate } from '../../../lib/messaging/validate-update';

const record = { entity: 'contact', id: '5f1c1a2b-0000-4000-8000-000000000001' };

describe('openTimeline requests from the panel', () => {
  it('carry the CRM user language when it is a language tag', () => {
    expect(parseOpenTimeline({ requestId: 'r1', record, language: 'de-DE' })?.language).toBe('de-DE');
    expect(parseOpenTimeline({ requestId: 'r1', record })).toEqual({ requestId: 'r1', record });
  });

  it('are refused with anything else in the language or the record', () => {
    expect(parseOpenTimeline({ requestId: 'r1', record, language: '<img src=x>' })).toBeNull();
    expect(parseOpenTimeline({ requestId: 'r1', record, language: 'x'.repeat(40) })).toBeNull();
    expect(parseOpenTimeline({ requestId: 'r1', record: { ...record, entity: 'account' } })).toBeNull();
    expect(parseOpenTimeline({ requestId: 'r1', record: { ...record, id: '{5F1C1A2B-0000-4000-8000-000000000001}' } })).toBeNull();
    expect(parseOpenTimeline({ requestId: '', record })).toBeNull();
  });
});

describe('timeline updates from the worker', () => {
  const update = {
    requestId: 'r1',
    record,
    session: { state: 'ok', userId: 'u1' },
    sources: [{ id: 'notes', label: 'Notes', state: 'ok', message: '1 loaded', count: 1 }],
    items: { notes: [{ id: 'n1', kind: 'note', source: 'notes', title: 'Call back', time: '2026-12-01T10:00:00Z', summary: 'kept' }] },
    done: true,
  };

  it('are accepted whole, other item fields kept', () => {
    expect(parseTimelineUpdate(update)?.items?.notes?.[0]).toMatchObject({ id: 'n1', summary: 'kept' });
  });

  it('are refused when a part the panel relies on has the wrong shape', () => {
    expect(
      parseTimelineUpdate({ ...update, items: { notes: [{ id: 'n1', kind: 'note', source: 'notes', title: 7, time: 'x' }] } }),
    ).toBeNull();
    expect(parseTimelineUpdate({ ...update, session: { state: 'ok' } })).toBeNull();
    expect(parseTimelineUpdate({ ...update, sources: [{ id: 'notes', state: 'exploded' }] })).toBeNull();
    expect(parseTimelineUpdate({ ...update, done: 'yes' })).toBeNull();
    expect(parseTimelineUpdate(null)).toBeNull();
  });
});
