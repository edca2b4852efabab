import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, newOrgSettings, timelineSettingsOf, type Settings } from '../../../lib/settings/settings';

const ORG = 'https://contoso.crm.dynamics.com';
const withOrg = (patch: Partial<ReturnType<typeof newOrgSettings>>): Settings => ({
  ...DEFAULT_SETTINGS,
  orgs: [{ ...newOrgSettings(ORG, 'online', 'visit'), ...patch }],
});

describe("what of an org's settings reloads its open panels", () => {
  it('not the org being recorded as visited, nor a source turned on that was on', () => {
    const before = timelineSettingsOf(DEFAULT_SETTINGS, ORG);
    expect(timelineSettingsOf(withOrg({}), ORG)).toBe(before);
    expect(timelineSettingsOf(withOrg({ lastSeenAt: 5, sources: { notes: true } }), ORG)).toBe(before);
  });

  it('a source turned off, another window, or the cache policy', () => {
    const before = timelineSettingsOf(withOrg({}), ORG);
    expect(timelineSettingsOf(withOrg({ sources: { notes: false } }), ORG)).not.toBe(before);
    expect(timelineSettingsOf(withOrg({ realtimeMonths: 6 }), ORG)).not.toBe(before);
    expect(timelineSettingsOf(withOrg({ outboundSince: '2024-01-01' }), ORG)).not.toBe(before);
    expect(timelineSettingsOf({ ...withOrg({}), cache: { ...DEFAULT_SETTINGS.cache, skipBodies: true } }, ORG)).not.toBe(before);
  });
});
