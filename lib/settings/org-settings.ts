// The CRM orgs of the settings: visited orgs appearing by themselves, orgs the user adds or removes,
// the one read-modify-write through which every change goes, and the content script registered for
// the custom orgs. Pure: storage, the lock and the browser APIs are passed in.
import { DEFAULT_SETTINGS, newOrgSettings, parseSettings, type OrgSettings, type Settings } from './settings';
import { isManifestHost } from '../crm/hosts';
import { originPattern } from '../crm/org-url';

/** "Last seen" is kept to the day: a visit rewrites the settings (and open panels reload) at most daily. */
export const LAST_SEEN_RESOLUTION_MS = 24 * 60 * 60 * 1000;

/** The id of the content script registered at run time for custom orgs. */
export const CUSTOM_ORG_SCRIPT_ID = 'touchpoint-custom-orgs';

/** Settings with `orgUrl` recorded as visited now: added when absent, else its last visit refreshed (daily). */
export function withVisitedOrg(settings: Settings, orgUrl: string, kind: OrgSettings['kind'], now: number): Settings {
  const existing = settings.orgs.find((o) => o.url === orgUrl);
  if (!existing) return { ...settings, orgs: [...settings.orgs, { ...newOrgSettings(orgUrl, kind, 'visit'), lastSeenAt: now }] };
  if (existing.lastSeenAt !== undefined && now - existing.lastSeenAt < LAST_SEEN_RESOLUTION_MS) return settings;
  return { ...settings, orgs: settings.orgs.map((o) => (o === existing ? { ...o, lastSeenAt: now } : o)) };
}

/** Settings with an org the user added on the options page (unchanged when it is listed already). */
export function withUserOrg(settings: Settings, origin: string, kind: OrgSettings['kind']): Settings {
  if (settings.orgs.some((o) => o.url === origin)) return settings;
  return { ...settings, orgs: [...settings.orgs, newOrgSettings(origin, kind, 'user')] };
}

export function withoutOrg(settings: Settings, origin: string): Settings {
  return settings.orgs.some((o) => o.url === origin) ? { ...settings, orgs: settings.orgs.filter((o) => o.url !== origin) } : settings;
}

/** Orgs listed in `before` and no longer in `after` (removed on the options page, or by an import). */
export function removedOrgs(before: Settings, after: Settings): OrgSettings[] {
  const kept = new Set(after.orgs.map((o) => o.url));
  return before.orgs.filter((o) => !kept.has(o.url));
}

/** The Web Locks name every writer of the settings takes (worker and options page share the extension origin). */
export const SETTINGS_LOCK = 'touchpoint-settings';

interface StorageItemLike {
  getValue(): Promise<unknown>;
  setValue(value: Settings): Promise<void>;
}

interface LocksLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Access to the stored settings through a WXT storage item, serialised by the Web Locks API when there is one. */
export function storedSettingsAccess(item: StorageItemLike, locks: LocksLike | undefined): SettingsAccess {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    read: () => item.getValue(),
    write: (settings) => item.setValue(settings),
    exclusive: <T>(task: () => Promise<T>): Promise<T> => {
      if (locks) return locks.request(SETTINGS_LOCK, task);
      const run = chain.then(task, task);
      chain = run.catch(() => undefined);
      return run;
    },
  };
}

export interface SettingsAccess {
  read(): Promise<unknown>;
  write(settings: Settings): Promise<void>;
  /** Runs `task` while no other writer of the settings (worker, options page) runs its own. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

export type SettingsUpdate = { ok: true; settings: Settings; changed: boolean } | { ok: false; errors: string[] };

/**
 * Reads, changes and writes the stored settings under the lock, so two writers never lose each
 * other's change. Stored settings that do not validate are left alone (never overwritten by a
 * partial default); none stored yet start from the defaults. `change` returns its argument for "no change".
 */
export function updateSettings(access: SettingsAccess, change: (settings: Settings) => Settings): Promise<SettingsUpdate> {
  return access.exclusive(async () => {
    const stored = await access.read();
    const parsed = stored === null || stored === undefined ? ({ ok: true, settings: DEFAULT_SETTINGS } as const) : parseSettings(stored);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const next = change(parsed.settings);
    if (next === parsed.settings) return { ok: true, settings: next, changed: false };
    await access.write(next);
    return { ok: true, settings: next, changed: true };
  });
}

export interface ScriptRegistration {
  id: string;
  matches?: string[];
}

export type ScriptPlan = { action: 'none' } | { action: 'unregister' } | { action: 'register' | 'update'; matches: string[] };

/** How to bring the registered content script in step with the custom orgs whose permission is granted. */
export function planCustomOrgScript(registered: ScriptRegistration | undefined, grantedOrigins: readonly string[]): ScriptPlan {
  const own = grantedOrigins.filter((origin) => !isManifestHost(new URL(origin).hostname));
  const matches = [...new Set(own.map(originPattern))].sort();
  if (matches.length === 0) return registered ? { action: 'unregister' } : { action: 'none' };
  if (!registered) return { action: 'register', matches };
  const current = [...(registered.matches ?? [])].sort();
  const same = current.length === matches.length && current.every((m, i) => m === matches[i]);
  return same ? { action: 'none' } : { action: 'update', matches };
}
