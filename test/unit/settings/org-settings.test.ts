import { describe, expect, it } from 'vitest';
import {
  CUSTOM_ORG_SCRIPT_ID,
  LAST_SEEN_RESOLUTION_MS,
  planCustomOrgScript,
  removedOrgs,
  storedSettingsAccess,
  updateSettings,
  withoutOrg,
  withUserOrg,
  withVisitedOrg,
} from '../../../lib/settings/org-settings';
import { DEFAULT_SETTINGS, newOrgSettings, type Settings } from '../../../lib/settings/settings';

const ONLINE = 'https://contoso.crm.dynamics.com';
const ONPREM = 'https://crm.contoso-onprem.test';
const NOW = Date.UTC(2026, 11, 4, 12);

function settingsWith(...orgs: Settings['orgs']): Settings {
  return { ...DEFAULT_SETTINGS, orgs };
}

/** Storage in memory, with the item's getValue/setValue shape. */
function memoryItem(initial: unknown) {
  let value = initial;
  let writes = 0;
  return {
    getValue: async () => value,
    setValue: async (next: Settings) => {
      await new Promise((r) => setTimeout(r, 1)); // a write takes a moment, as storage does
      value = next;
      writes++;
    },
    get value() {
      return value as Settings;
    },
    get writes() {
      return writes;
    },
  };
}

describe('visited orgs', () => {
  it('appear by themselves with when they were seen, other settings untouched', () => {
    const before = {
      ...settingsWith(newOrgSettings(ONPREM, 'custom', 'user')),
      cache: { keepDays: 7, maxMegabytes: 50, skipBodies: true },
    };
    const after = withVisitedOrg(before, ONLINE, 'online', NOW);
    expect(after.orgs.map((o) => [o.url, o.kind, o.addedBy, o.lastSeenAt])).toEqual([
      [ONPREM, 'custom', 'user', undefined],
      [ONLINE, 'online', 'visit', NOW],
    ]);
    expect(after.cache).toEqual(before.cache);
  });

  it('refresh "last seen" at most once a day, and keep how the org came', () => {
    const seen = settingsWith({ ...newOrgSettings(ONPREM, 'custom', 'user'), lastSeenAt: NOW });
    expect(withVisitedOrg(seen, ONPREM, 'custom', NOW + 60_000)).toBe(seen);
    const later = withVisitedOrg(seen, ONPREM, 'custom', NOW + LAST_SEEN_RESOLUTION_MS);
    expect(later.orgs).toEqual([{ ...seen.orgs[0], lastSeenAt: NOW + LAST_SEEN_RESOLUTION_MS }]);
  });
});

describe('orgs the user adds and removes', () => {
  it('adds a custom org once', () => {
    const added = withUserOrg(DEFAULT_SETTINGS, ONPREM, 'custom');
    expect(added.orgs).toEqual([newOrgSettings(ONPREM, 'custom', 'user')]);
    expect(withUserOrg(added, ONPREM, 'custom')).toBe(added);
  });

  it('says which orgs a change removed', () => {
    const both = settingsWith(newOrgSettings(ONLINE, 'online', 'visit'), newOrgSettings(ONPREM, 'custom', 'user'));
    const without = withoutOrg(both, ONPREM);
    expect(without.orgs.map((o) => o.url)).toEqual([ONLINE]);
    expect(removedOrgs(both, without).map((o) => o.url)).toEqual([ONPREM]);
    expect(removedOrgs(without, both)).toEqual([]);
    expect(withoutOrg(without, ONPREM)).toBe(without);
  });
});

describe('updateSettings: one read-modify-write at a time', () => {
  it('keeps both of two concurrent changes (no lost update)', async () => {
    const item = memoryItem(null);
    const access = storedSettingsAccess(item, undefined);
    await Promise.all([
      updateSettings(access, (s) => withVisitedOrg(s, ONLINE, 'online', NOW)),
      updateSettings(access, (s) => withUserOrg(s, ONPREM, 'custom')),
    ]);
    expect(item.value.orgs.map((o) => o.url).sort()).toEqual([ONLINE, ONPREM].sort());
  });

  it('takes the named lock when the Web Locks API is there', async () => {
    const names: string[] = [];
    const locks = { request: <T>(name: string, task: () => Promise<T>) => (names.push(name), task()) };
    await updateSettings(storedSettingsAccess(memoryItem(null), locks), (s) => withUserOrg(s, ONPREM, 'custom'));
    expect(names).toEqual(['touchpoint-settings']);
  });

  it('writes nothing when nothing changes, and never overwrites settings that do not validate', async () => {
    const item = memoryItem(settingsWith(newOrgSettings(ONPREM, 'custom', 'user')));
    const same = await updateSettings(storedSettingsAccess(item, undefined), (s) => withUserOrg(s, ONPREM, 'custom'));
    expect(same).toMatchObject({ ok: true, changed: false });
    const broken = memoryItem({ version: 99, orgs: 'nope' });
    const refused = await updateSettings(storedSettingsAccess(broken, undefined), (s) => withUserOrg(s, ONPREM, 'custom'));
    expect(refused.ok).toBe(false);
    expect(item.writes + broken.writes).toBe(0);
    expect(broken.value).toEqual({ version: 99, orgs: 'nope' });
  });
});

describe('the content script registered for custom orgs', () => {
  it('is registered for the granted origins, updated when they change, removed when none is left', () => {
    expect(planCustomOrgScript(undefined, [])).toEqual({ action: 'none' });
    expect(planCustomOrgScript(undefined, [ONPREM])).toEqual({ action: 'register', matches: [`${ONPREM}/*`] });
    const registered = { id: CUSTOM_ORG_SCRIPT_ID, matches: [`${ONPREM}/*`] };
    expect(planCustomOrgScript(registered, [ONPREM])).toEqual({ action: 'none' });
    expect(planCustomOrgScript(registered, [ONPREM, 'https://crm.fabrikam.com'])).toEqual({
      action: 'update',
      matches: [`${ONPREM}/*`, 'https://crm.fabrikam.com/*'],
    });
    expect(planCustomOrgScript(registered, [])).toEqual({ action: 'unregister' });
  });

  it('is never registered again for hosts the manifest covers (two panels)', () => {
    expect(planCustomOrgScript(undefined, ['https://a.b.crm.dynamics.com'])).toEqual({ action: 'none' });
  });
});
