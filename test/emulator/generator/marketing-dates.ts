// The calendar rules of the marketing data, shared by the generator and seed-ids.ts (browser tests
// compute the same dates from their own `now`).

const DAY = 86_400_000;

/** `months` calendar months before `now` (UTC), whole seconds. */
export function monthsBefore(now: Date | number, months: number): Date {
  const d = new Date(Math.floor(new Date(now).getTime() / 1000) * 1000);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  // Clamp to the month's last day (31 March − 1 month = 28/29 February, not 3 March).
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** When Customer Insights – Journeys (DynamicsMKT_Journeys) was installed: 20 months before now. */
export function realtimeInstallDate(now: Date | number): Date {
  return monthsBefore(now, 20);
}

/** The documented rule: outbound interactions show only after the real-time install date or May 2022, whichever is later. */
export const OUTBOUND_FLOOR = Date.UTC(2022, 4, 1);

export function outboundCutoff(now: Date | number): Date {
  return new Date(Math.max(realtimeInstallDate(now).getTime(), OUTBOUND_FLOOR));
}

/**
 * Ages (ms before now) of the two real-time window edges: one day inside and one day outside a
 * 12-month window, whether the reader counts 12 calendar months or 365 days.
 */
export function realtimeEdgeAges(now: Date | number): { inside: number; outside: number } {
  const t = Math.floor(new Date(now).getTime() / 1000) * 1000;
  const calendar = t - monthsBefore(t, 12).getTime();
  return { inside: Math.min(calendar, 365 * DAY) - DAY, outside: Math.max(calendar, 365 * DAY) + DAY };
}
