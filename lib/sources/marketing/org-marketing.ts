// What the org has of marketing, from its `solutions` (reference §3.2): the real-time install date
// (for the outbound cut-off), the timeline solution's version, and whether outbound is there.
import type { DataverseClient, Row } from '../../dataverse/client';
import { ok, type Result } from '../../dataverse/errors';
import { buildQuery, str } from '../../dataverse/query';
import { compareVersions } from './windows';

export interface OrgMarketing {
  realtimeInstalled: boolean;
  realtimeInstalledOn?: string;
  /** Version compared with 1.1.10512.25: DynamicsMKT_Timeline's, else the newest DynamicsMKT_ solution's. */
  marketingVersion?: string;
  outboundInstalled: boolean;
}

export const REALTIME_PREFIX = 'DynamicsMKT_';
export const REALTIME_MAIN = 'DynamicsMKT_Journeys';
export const TIMELINE_SOLUTION = 'DynamicsMKT_Timeline';
export const OUTBOUND_SOLUTION = 'msdyncrm_MarketingSolution';

export function readOrgMarketing(rows: readonly Row[]): OrgMarketing {
  const realtime = rows.filter((r) => str(r, 'uniquename')?.startsWith(REALTIME_PREFIX));
  const main = realtime.find((r) => str(r, 'uniquename') === REALTIME_MAIN) ?? realtime[0];
  const timeline = realtime.find((r) => str(r, 'uniquename') === TIMELINE_SOLUTION);
  const newest = realtime
    .map((r) => str(r, 'version'))
    .filter((v): v is string => !!v)
    .sort(compareVersions)
    .at(-1);
  const installedOn = main ? str(main, 'installedon') : undefined;
  const version = (timeline && str(timeline, 'version')) ?? newest;
  return {
    realtimeInstalled: realtime.length > 0,
    ...(installedOn ? { realtimeInstalledOn: installedOn } : {}),
    ...(version ? { marketingVersion: version } : {}),
    outboundInstalled: rows.some((r) => str(r, 'uniquename') === OUTBOUND_SOLUTION),
  };
}

export async function fetchOrgMarketing(client: Pick<DataverseClient, 'getAllPages'>, signal?: AbortSignal): Promise<Result<OrgMarketing>> {
  const result = await client.getAllPages(
    buildQuery('solutions', {
      select: ['uniquename', 'version', 'installedon'],
      filter: `startswith(uniquename,'${REALTIME_PREFIX}') or uniquename eq '${OUTBOUND_SOLUTION}'`,
    }),
    { ...(signal ? { signal } : {}) },
  );
  return result.ok ? ok(readOrgMarketing(result.value)) : result;
}
