import { describe, expect, it } from 'vitest';
import { labelMap, setLanguage, t } from '../../lib/i18n';
import { KIND_LABELS } from '../../lib/timeline/model';

describe('i18n', () => {
  it('fills placeholders as text and keeps unknown ones visible', () => {
    expect(t('panel.newSince', { count: 3 })).toBe('3 new since your last visit');
    expect(t('filters.on', {})).toBe('Filters ({count} on)');
  });

  it('falls back to English for a language without a catalog, key by key', () => {
    setLanguage('de-DE');
    expect(t('filters.clear')).toBe('Clear filters');
    setLanguage('en-US');
  });

  it('reads label maps at use, so they follow the language', () => {
    expect(KIND_LABELS.phonecall).toBe('Phone call');
    expect(Object.keys(labelMap('status', ['open', 'overdue'] as const))).toEqual(['open', 'overdue']);
  });
});
