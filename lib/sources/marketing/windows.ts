// Which marketing history the timeline shows (the seed doc): real-time interactions of the past
// 12 months (configurable; current docs say 90 days); outbound ones only after the real-time
// install date or May 2022, whichever is later; nothing from a marketing solution older than 1.1.10512.25.

export const OUTBOUND_EARLIEST = '2022-05-01T00:00:00.000Z';
export const MIN_MARKETING_VERSION = '1.1.10512.25';
export const DEFAULT_REALTIME_MONTHS = 12;

/** `now` minus whole calendar months, at the same time of day (UTC). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

export function realtimeWindowStart(now: Date, months = DEFAULT_REALTIME_MONTHS): Date {
  return monthsBefore(now, months);
}

/** The later of the real-time install date and May 2022, unless the user chose a day of their own. */
export function outboundCutoff(realtimeInstalledOn: string | undefined, chosen?: string): Date {
  const own = chosen ? Date.parse(`${chosen}T00:00:00Z`) : Number.NaN;
  if (!Number.isNaN(own)) return new Date(own);
  const floor = Date.parse(OUTBOUND_EARLIEST);
  const installed = realtimeInstalledOn ? Date.parse(realtimeInstalledOn) : Number.NaN;
  return new Date(Number.isNaN(installed) ? floor : Math.max(floor, installed));
}

/** Compares dotted versions numerically ("1.1.10512.25" < "1.1.10512.30"); odd parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff) return diff < 0 ? -1 : 1;
  }
  return 0;
}

export function isRecentEnough(version: string | undefined): boolean {
  return !!version && compareVersions(version, MIN_MARKETING_VERSION) >= 0;
}
