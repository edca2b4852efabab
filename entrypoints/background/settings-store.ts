// The worker's view of the settings: read from extension storage (validated), with the orgs and
// sources an administrator presets through managed storage laid over them, and kept current as
// they change, so open panels follow the options page without a reload. The options page saves
// through the worker (`save`): the worker holds the new settings before storage tells the panels
// to reload, so a reload is never served with the old ones. Every change is a read-modify-write of
// the stored settings under the settings lock, so a visit recorded meanwhile is never lost.
import { orgKind } from '../../lib/diagnostics/scrub';
import { storedSettingsAccess } from '../../lib/settings/org-settings';
import { settingsItem } from '../../lib/settings/items';
import { applyManaged, NO_LOCKS, type ManagedLocks } from '../../lib/settings/managed';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  newOrgSettings,
  orgSettings,
  parseSettings,
  type ParsedSettings,
  type Settings,
  type SettingsChange,
} from '../../lib/settings/settings';

export interface SettingsStore {
  /** The settings now, managed ones laid over (defaults until storage has been read). */
  current(): Settings;
  /** What the administrator's policy sets, and why it was ignored if it was. */
  managed(): { locks: ManagedLocks; warnings: string[] };
  ready: Promise<void>;
  onChange(listener: (settings: Settings, previous: Settings) => void): void;
  /** Applies a change to the user's stored settings (validated whole); in effect in the worker before storage changes. */
  change(change: SettingsChange): Promise<ParsedSettings>;
}

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return null; // no policy (or a browser without managed storage)
  }
}

export function createSettingsStore(): SettingsStore {
  let user: Settings = DEFAULT_SETTINGS;
  let managed: unknown = null;
  let settings: Settings = DEFAULT_SETTINGS;
  let policy: { locks: ManagedLocks; warnings: string[] } = { locks: NO_LOCKS, warnings: [] };
  const listeners: ((s: Settings, previous: Settings) => void)[] = [];
  const recompute = () => {
    const previous = settings;
    const result = applyManaged(user, managed);
    if (result.warnings.length) console.warn('Touchpoint: the managed settings are ignored.', result.warnings);
    settings = result.settings;
    policy = { locks: result.locks, warnings: result.warnings };
    for (const listener of listeners) listener(settings, previous);
  };
  const apply = (stored: unknown) => {
    const parsed = parseSettings(stored);
    if (!parsed.ok && stored !== null) console.warn('Touchpoint: stored settings are not valid; using the defaults.', parsed.errors);
    user = parsed.ok ? parsed.settings : DEFAULT_SETTINGS;
    recompute();
  };
  // Ready once the user's own settings are read. The policy is laid over them when it arrives:
  // Chromium can take seconds to answer storage.managed at start, and no panel should wait for it.
  const ready = (async () => apply(await settingsItem.getValue()))();
  void readManaged().then((value) => {
    managed = value;
    if (value && Object.keys(value as object).length) void ready.then(recompute);
  });
  settingsItem.watch((value) => apply(value));
  const access = storedSettingsAccess(settingsItem, globalThis.navigator?.locks);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed')
      void readManaged().then((value) => {
        managed = value;
        recompute();
      });
  });
  return {
    current: () => settings,
    managed: () => policy,
    ready,
    onChange: (listener) => void listeners.push(listener),
    async change(change) {
      await ready;
      // What the page shows for an org not stored yet (visited, cached, or preset by policy).
      const base = (url: string) => orgSettings(settings, url) ?? newOrgSettings(url, orgKind(url), 'visit');
      return access.exclusive(async () => {
        const stored = await settingsItem.getValue();
        const current = parseSettings(stored);
        // Stored settings that do not validate are only ever replaced whole (an import), never patched.
        if (!current.ok && change.kind !== 'replace' && stored !== null) return current;
        const result = applySettingsChange(current.ok ? current.settings : DEFAULT_SETTINGS, change, base);
        if (!result.ok) return result;
        user = result.settings;
        recompute();
        await settingsItem.setValue(result.settings);
        return result;
      });
    },
  };
}
