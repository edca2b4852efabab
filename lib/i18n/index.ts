// String lookup with {placeholders}. Placeholders are filled as text; nothing here is markup.
import { en, type MessageKey } from './en';

export type { MessageKey };

/** The part of a key before its first dot: 'kind', 'chart', 'detail', … */
type PrefixOf<K> = K extends `${infer P}.${string}` ? P : never;
export type MessagePrefix = PrefixOf<MessageKey>;

/** One entry per language; a second language is one more file of en.ts's shape, registered here. */
const catalogs: Record<string, Partial<Record<MessageKey, string>>> = { en };
let current = 'en';

/** The user's CRM language (BCP 47); languages without a catalog fall back to English key by key. */
export function setLanguage(locale: string): void {
  const base = locale.toLowerCase().split('-')[0] ?? 'en';
  current = catalogs[locale.toLowerCase()] ? locale.toLowerCase() : catalogs[base] ? base : 'en';
}

export function t(key: MessageKey, params: Record<string, string | number> = {}, language = current): string {
  const template = catalogs[language]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** "3 minutes ago" in the given locale. */
export function formatAge(savedAt: number, now: number, locale = 'en'): string {
  const seconds = Math.round((savedAt - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return t('time.justNow');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/** A label map read at render time, so it follows the current language: `labelMap('kind', kinds).email`. */
export function labelMap<K extends string>(prefix: MessagePrefix, keys: readonly K[]): Record<K, string> {
  const map = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(map, key, { enumerable: true, get: () => t(`${prefix}.${key}` as MessageKey) });
  return map;
}
