import { describe, expect, it } from 'vitest';
import { parseSettingsChange } from '../../../lib/messaging/validate-options';
import { applySettingsChange, DEFAULT_SETTINGS, isSourceOn, newOrgSettings, type Settings } from '../../../lib/settings/settings';

const CONTOSO = 'https://contoso.crm.dynamics.com';
const base = (url: string) => newOrgSettings(url, 'online', 'visit');
const stored: Settings = {
  ...DEFAULT_SETTINGS,
  orgs: [{ ...base(CONTOSO), sources: { posts: false }, outboundSince: '2023-01-01', lastSeenAt: 5 }],
};

const apply = (settings: Settings, change: unknown) => {
  const parsed = parseSettingsChange(change);
  if (!parsed) throw new Error('refused');
  return applySettingsChange(settings, parsed, base);
};

describe('a settings change from the options page', () => {
  it('turns one source off and keeps the other sources and fields of the org', () => {
    const result = apply(stored, { kind: 'org', orgUrl: CONTOSO, patch: { sources: { notes: false } } });
    expect(result.ok && isSourceOn(result.settings, CONTOSO, 'notes')).toBe(false);
    expect(result.ok && isSourceOn(result.settings, CONTOSO, 'posts')).toBe(false);
    expect(result.ok && result.settings.orgs[0]!.lastSeenAt).toBe(5);
  });

  it('adds an org not stored yet from what the page shows for it', () => {
    const other = 'https://fabrikam.crm4.dynamics.com';
    const result = apply(stored, { kind: 'org', orgUrl: other, patch: { realtimeMonths: 3 } });
    expect(result.ok && result.settings.orgs.map((o) => [o.url, o.realtimeMonths])).toEqual([
      [CONTOSO, 12],
      [other, 3],
    ]);
  });

  it('removes the outbound cut-off with null, and changes the cache field by field', () => {
    const cleared = apply(stored, { kind: 'org', orgUrl: CONTOSO, patch: { outboundSince: null } });
    expect(cleared.ok && 'outboundSince' in cleared.settings.orgs[0]!).toBe(false);
    const cache = apply(stored, { kind: 'cache', patch: { skipBodies: true } });
    expect(cache.ok && cache.settings.cache).toEqual({ ...DEFAULT_SETTINGS.cache, skipBodies: true });
  });

  it('refuses a change that would make the settings invalid, and changes nothing', () => {
    expect(parseSettingsChange({ kind: 'org', orgUrl: CONTOSO, patch: { realtimeMonths: 0 } })).toBeNull();
    expect(parseSettingsChange({ kind: 'org', orgUrl: 'http://contoso.crm.dynamics.com', patch: {} })).toBeNull();
    expect(parseSettingsChange({ kind: 'delete' })).toBeNull();
    const replaced = apply(stored, { kind: 'replace', settings: { ...stored, cache: { keepDays: 0 } } });
    expect(replaced.ok).toBe(false);
    expect(!replaced.ok && replaced.errors).toContain('cache › days to keep: must be at least 1 (found 0)');
  });
});
