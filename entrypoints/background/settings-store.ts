// The worker's view of the settings: read from extension storage (validated), with the orgs and
// sources an administrator presets through managed storage laid over them, and kept current as
// they change, so open panels follow the options page without a reload.
import { settingsItem } from '../../lib/settings/items';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings/settings';
import { mergeManaged } from '../../lib/settings/managed';

export interface SettingsStore {
  /** The settings now (defaults until storage has been read). */
  current(): Settings;
  ready: Promise<void>;
  onChange(listener: (settings: Settings) => void): void;
}

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return null; // no policy (or a browser without managed storage)
  }
}

export function createSettingsStore(): SettingsStore {
  let settings: Settings = DEFAULT_SETTINGS;
  let managed: unknown = null;
  const listeners: ((s: Settings) => void)[] = [];
  const apply = (stored: unknown) => {
    const parsed = parseSettings(stored);
    if (!parsed.ok && stored !== null) console.warn('Touchpoint: stored settings are not valid; using the defaults.', parsed.errors);
    settings = mergeManaged(parsed.ok ? parsed.settings : DEFAULT_SETTINGS, managed);
    for (const listener of listeners) listener(settings);
  };
  const ready = (async () => {
    managed = await readManaged();
    apply(await settingsItem.getValue());
  })();
  settingsItem.watch((value) => apply(value));
  return {
    current: () => settings,
    ready,
    onChange: (listener) => void listeners.push(listener),
  };
}
