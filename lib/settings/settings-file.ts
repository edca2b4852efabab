// Settings export and import as a JSON file. An imported file is validated as a whole (shape, then
// the names it uses: sources, types, actions, interaction tables); any problem refuses it with the
// list of what is wrong, in plain words, and nothing changes.
import { t } from '../i18n';
import { INTERACTION_TYPES } from '../sources/marketing/interaction-types';
import { MARKETING_ACTIONS, MARKETING_KINDS, SALES_SERVICE_KINDS } from '../timeline/model';
import { parseSettings, type ParsedSettings, type Settings } from './settings';

export const SETTINGS_FILE_KIND = 'touchpoint-settings';
/** Larger files are refused before they are read as JSON. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The types a timeline filters by (see lib/timeline/filter-index typeOf). */
export const FILTER_TYPES: readonly string[] = [...SALES_SERVICE_KINDS, 'marketing-email', ...MARKETING_KINDS, 'activity'];

export interface SettingsFile {
  filename: string;
  text: string;
}

/** The user's settings as a file to download (managed settings are the administrator's, not exported). */
export function exportSettings(settings: Settings, now: Date): SettingsFile {
  const body = { kind: SETTINGS_FILE_KIND, exportedAt: now.toISOString(), settings };
  return { filename: `touchpoint-settings-${now.toISOString().slice(0, 10)}.json`, text: `${JSON.stringify(body, null, 2)}\n` };
}

/** Names the file uses that this version does not know (a typo would otherwise be silently ignored). */
function unknownNames(settings: Settings, sourceIds: readonly string[]): string[] {
  const errors: string[] = [];
  settings.orgs.forEach((org, i) => {
    const where = t('options.path.orgUrl', { n: i + 1, url: org.url });
    for (const id of Object.keys(org.sources))
      if (!sourceIds.includes(id))
        errors.push(`${where} › ${t('options.field.sources')}: ${t('options.issue.unknownSource', { id, known: sourceIds.join(', ') })}`);
    for (const value of org.defaultTypes)
      if (!FILTER_TYPES.includes(value))
        errors.push(`${where} › ${t('options.field.defaultTypes')}: ${t('options.issue.unknownType', { value })}`);
    for (const value of org.defaultActions)
      if (!(MARKETING_ACTIONS as readonly string[]).includes(value))
        errors.push(`${where} › ${t('options.field.defaultActions')}: ${t('options.issue.unknownAction', { value })}`);
    for (const value of Object.keys(org.mapping))
      if (!INTERACTION_TYPES[value]) errors.push(`${where} › ${t('options.field.mapping')}: ${t('options.issue.unknownTable', { value })}`);
  });
  return errors;
}

/** Reads an exported file (or a bare settings object): the settings, or every reason it is refused. */
export function importSettings(text: string, sourceIds: readonly string[]): ParsedSettings {
  if (text.length > MAX_FILE_BYTES) return { ok: false, errors: [t('options.import.tooLarge', { max: MAX_FILE_BYTES / 1024 })] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [t('options.import.notJson', { detail: error instanceof Error ? error.message : String(error) })] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, errors: [t('options.import.notSettings')] };
  const record = data as Record<string, unknown>;
  if ('kind' in record && record.kind !== SETTINGS_FILE_KIND) return { ok: false, errors: [t('options.import.notSettings')] };
  const settings = 'kind' in record ? record.settings : record;
  const parsed = parseSettings(settings);
  if (!parsed.ok) return parsed;
  const unknown = unknownNames(parsed.settings, sourceIds);
  return unknown.length ? { ok: false, errors: unknown.slice(0, 10) } : parsed;
}
