// String lookup with {placeholders}. Placeholders are filled as text; nothing here is markup.
import { en, type MessageKey } from './en';

export type { MessageKey };

const catalogs: Record<string, Partial<Record<MessageKey, string>>> = { en };

export function t(key: MessageKey, params: Record<string, string | number> = {}, language = 'en'): string {
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
