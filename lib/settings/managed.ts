// Settings an administrator presets through managed storage (a browser policy; schema in
// public/managed-schema.json): orgs and their sources, laid over the user's own settings.
import type { Settings } from './settings';

/** The user's settings with the managed ones laid over them. Not built yet: returns the user's settings. */
export function mergeManaged(settings: Settings, managed: unknown): Settings {
  void managed;
  return settings;
}
