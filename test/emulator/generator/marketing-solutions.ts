// The marketing solutions of the org (`solutions` rows): Customer Insights – Journeys and its
// Forms and Timeline parts, and the older outbound marketing solution. Touchpoint reads
// DynamicsMKT_Timeline's version: the marketing timeline needs 1.1.10512.25 or later (reference §3.2).
import type { Store } from '../model.ts';
import { insertRow } from '../store.ts';
import { iso } from './context.ts';
import { monthsBefore, realtimeInstallDate } from './marketing-dates.ts';

/** What `--marketing-version` replaces; newer than TIMELINE_MIN_VERSION. */
export const DEFAULT_TIMELINE_VERSION = '1.1.10512.30';
/** The version the extension compares DynamicsMKT_Timeline's with. */
export const TIMELINE_MIN_VERSION = '1.1.10512.25';

export function seedMarketingSolutions(store: Store, now: Date, timelineVersion = DEFAULT_TIMELINE_VERSION): void {
  const installed = realtimeInstallDate(now).getTime();
  const rows = [
    {
      solutionid: 'b1a0e2c4-5d6f-4a7b-8c9d-0e1f2a3b4c10',
      uniquename: 'DynamicsMKT_Journeys',
      friendlyname: 'Customer Insights - Journeys',
      version: '1.1.38127.124',
      installedon: iso(installed),
    },
    {
      solutionid: 'b1a0e2c4-5d6f-4a7b-8c9d-0e1f2a3b4c11',
      uniquename: 'DynamicsMKT_Forms',
      friendlyname: 'Customer Insights - Journeys Forms',
      version: '1.1.38127.118',
      installedon: iso(installed + 12 * 60_000),
    },
    {
      solutionid: 'b1a0e2c4-5d6f-4a7b-8c9d-0e1f2a3b4c12',
      uniquename: 'DynamicsMKT_Timeline',
      friendlyname: 'Customer Insights - Journeys Timeline',
      version: timelineVersion,
      installedon: iso(installed + 19 * 60_000),
    },
    {
      solutionid: 'b1a0e2c4-5d6f-4a7b-8c9d-0e1f2a3b4c13',
      uniquename: 'msdyncrm_MarketingSolution',
      friendlyname: 'Dynamics 365 Marketing (outbound)',
      version: '1.91.3024.0',
      installedon: iso(monthsBefore(now, 48).getTime()),
    },
  ];
  for (const s of rows) insertRow(store, 'solution', { ...s, ismanaged: true });
}
