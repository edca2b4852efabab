import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyManaged, ManagedPolicySchema, mergeManaged } from '../../../lib/settings/managed';
import { DEFAULT_SETTINGS, isSourceOn, newOrgSettings, sourceConfigOf, type Settings } from '../../../lib/settings/settings';
import { SOURCES } from '../../../lib/sources/registry';

const CONTOSO = 'https://contoso.crm.dynamics.com';
const ONPREM = 'https://crm.fabrikam.example';

const userSettings: Settings = {
  ...DEFAULT_SETTINGS,
  orgs: [
    { ...newOrgSettings(CONTOSO, 'online', 'visit'), sources: { notes: false, posts: false }, defaultTypes: ['email'], realtimeMonths: 6 },
  ],
};

describe('managed settings laid over the user’s', () => {
  it('change nothing without a policy', () => {
    for (const none of [null, undefined, {}]) {
      const result = applyManaged(userSettings, none);
      expect(result.settings).toEqual(userSettings);
      expect(result.warnings).toEqual([]);
      expect(result.locks).toEqual({ orgs: {}, cache: [] });
    }
  });

  it('win for the fields they set, leave the user’s other choices, and mark the org as the administrator’s', () => {
    const result = applyManaged(userSettings, { orgs: [{ url: CONTOSO, sources: { notes: true, cases: false }, realtimeMonths: 3 }] });
    const org = result.settings.orgs[0]!;
    expect(org.addedBy).toBe('admin');
    expect(isSourceOn(result.settings, CONTOSO, 'notes')).toBe(true); // the administrator's on beats the user's off
    expect(isSourceOn(result.settings, CONTOSO, 'cases')).toBe(false);
    expect(isSourceOn(result.settings, CONTOSO, 'posts')).toBe(false); // not managed: the user's choice stays
    expect(sourceConfigOf(result.settings, CONTOSO).realtimeMonths).toBe(3);
    expect(org.defaultTypes).toEqual(['email']);
    expect(result.locks.orgs[CONTOSO]).toEqual({ sources: ['notes', 'cases'], realtimeMonths: true, label: false });
  });

  it('add orgs the user never visited, online or custom by their host', () => {
    const settings = mergeManaged(DEFAULT_SETTINGS, { orgs: [{ url: CONTOSO }, { url: ONPREM, label: 'On-premises' }] });
    expect(settings.orgs.map((o) => [o.url, o.kind, o.addedBy, o.label])).toEqual([
      [CONTOSO, 'online', 'admin', undefined],
      [ONPREM, 'custom', 'admin', 'On-premises'],
    ]);
    expect(isSourceOn(settings, ONPREM, 'notes')).toBe(true);
  });

  it('set the cache policy field by field', () => {
    const result = applyManaged(userSettings, { cache: { skipBodies: true, keepDays: 7 } });
    expect(result.settings.cache).toEqual({ ...DEFAULT_SETTINGS.cache, skipBodies: true, keepDays: 7 });
    expect(result.locks.cache.sort()).toEqual(['keepDays', 'skipBodies']);
  });

  it('are ignored as a whole when invalid, with a warning that says what is wrong', () => {
    const result = applyManaged(userSettings, {
      orgs: [{ url: 'http://contoso.crm.dynamics.com', sources: { notes: 'no' } }],
      cache: { keepDays: 0 },
    });
    expect(result.settings).toEqual(userSettings);
    expect(result.locks).toEqual({ orgs: {}, cache: [] });
    expect(result.warnings[0]).toMatch(/administrator.*ignored/i);
    expect(result.warnings).toContain(
      'org 1 (http://contoso.crm.dynamics.com) › address: must be an https address without a path, such as https://contoso.crm.dynamics.com (found "http://contoso.crm.dynamics.com")',
    );
    expect(result.warnings).toContain('org 1 (http://contoso.crm.dynamics.com) › sources › “notes”: must be true or false (found "no")');
    expect(result.warnings).toContain('cache › days to keep: must be at least 1 (found 0)');
    expect(applyManaged(userSettings, { orgs: [{ url: CONTOSO }, { url: CONTOSO }] }).warnings).toContain(`${CONTOSO} is listed twice`);
    expect(applyManaged(userSettings, 'policy').warnings.length).toBeGreaterThan(1);
  });
});

describe('the managed storage schema (public/managed-schema.json)', () => {
  const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/managed-schema.json'), 'utf8')) as {
    properties: {
      orgs: { items: { properties: Record<string, { properties?: Record<string, unknown> }> } };
      cache: { properties: Record<string, unknown> };
    };
  };

  it('describes what mergeManaged reads: the same org fields, every source, the cache policy', () => {
    const org = schema.properties.orgs.items.properties;
    const managedOrg = ManagedPolicySchema.entries.orgs.wrapped.item.entries;
    expect(Object.keys(org).sort()).toEqual(Object.keys(managedOrg).sort());
    expect(Object.keys(org.sources!.properties!).sort()).toEqual(SOURCES.map((s) => s.id).sort());
    expect(Object.keys(schema.properties.cache.properties).sort()).toEqual(Object.keys(DEFAULT_SETTINGS.cache).sort());
  });
});
