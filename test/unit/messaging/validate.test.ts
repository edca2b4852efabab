import { describe, expect, it } from 'vitest';
import { parseOpenTimeline } from '../../../lib/messaging/validate';

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
