// Dates in the user's CRM time zone and locale (the timeline connector rules say
// "must use UserSettings Timezone"). Xrm gives an LCID and the zone's current offset.

export interface DisplayZone {
  /** BCP 47 tag, e.g. en-GB. */
  locale: string;
  /** Minutes to add to UTC for the user's local time (Xrm getTimeZoneOffsetMinutes). */
  offsetMinutes: number;
}

const LCID_LOCALES: Record<number, string> = {
  1025: 'ar-SA',
  1029: 'cs-CZ',
  1030: 'da-DK',
  1031: 'de-DE',
  1032: 'el-GR',
  1033: 'en-US',
  1035: 'fi-FI',
  1036: 'fr-FR',
  1037: 'he-IL',
  1038: 'hu-HU',
  1040: 'it-IT',
  1041: 'ja-JP',
  1042: 'ko-KR',
  1043: 'nl-NL',
  1044: 'nb-NO',
  1045: 'pl-PL',
  1046: 'pt-BR',
  1049: 'ru-RU',
  1053: 'sv-SE',
  1055: 'tr-TR',
  2052: 'zh-CN',
  2057: 'en-GB',
  2070: 'pt-PT',
  3081: 'en-AU',
  3082: 'es-ES',
  3084: 'fr-CA',
  4105: 'en-CA',
  1028: 'zh-TW',
};

export function localeFromLcid(lcid: number | undefined, fallback = 'en-US'): string {
  return (lcid !== undefined && LCID_LOCALES[lcid]) || fallback;
}

export const UTC_ZONE: DisplayZone = { locale: 'en-US', offsetMinutes: 0 };

function shifted(iso: string, zone: DisplayZone): Date {
  return new Date(Date.parse(iso) + zone.offsetMinutes * 60_000);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    // Times are shifted by the CRM offset first, then printed as UTC.
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** `YYYY-MM-DD` of the instant in the user's zone. */
export function dayKey(iso: string, zone: DisplayZone): string {
  return shifted(iso, zone).toISOString().slice(0, 10);
}

export function formatTime(iso: string, zone: DisplayZone): string {
  return formatter(zone.locale, { hour: 'numeric', minute: '2-digit' }).format(shifted(iso, zone));
}

export function formatDateTime(iso: string, zone: DisplayZone): string {
  return formatter(zone.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(shifted(iso, zone));
}

/** "Today", "Yesterday" or a full date, in the user's locale. */
export function formatDay(key: string, zone: DisplayZone, nowIso: string): string {
  const today = dayKey(nowIso, zone);
  const yesterday = dayKey(new Date(Date.parse(nowIso) - 86_400_000).toISOString(), zone);
  const relative = new Intl.RelativeTimeFormat(zone.locale, { numeric: 'auto' });
  const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase(zone.locale) + s.slice(1);
  if (key === today) return capitalise(relative.format(0, 'day'));
  if (key === yesterday) return capitalise(relative.format(-1, 'day'));
  const sameYear = key.slice(0, 4) === today.slice(0, 4);
  return formatter(zone.locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(new Date(`${key}T12:00:00Z`));
}
