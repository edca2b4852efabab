// Which org the popup works in: the active tab's when it is a CRM page; else one the page was
// asked for (`?org=`), if known; else the org of the newest recent record; else the first known.
import type { KnownOrg, PopupStart, RecentRecord } from '../messaging/popup-protocol';

export interface OrgChoice {
  orgs: KnownOrg[];
  /** Null when no org is known: the popup explains how to start. */
  current: string | null;
  /** The current org is the active tab's. */
  fromTab: boolean;
}

export function chooseOrg(start: PopupStart, requested?: string | null, lastUsed?: string | null): OrgChoice {
  const orgs = [...start.orgs];
  if (start.tabOrg && !orgs.some((o) => o.url === start.tabOrg)) orgs.unshift({ url: start.tabOrg });
  if (start.tabOrg) return { orgs, current: start.tabOrg, fromTab: true };
  const known = (url?: string | null) => (url && orgs.some((o) => o.url === url) ? url : null);
  const current = known(requested) ?? known(lastUsed) ?? known(start.recent[0]?.orgUrl) ?? orgs[0]?.url ?? null;
  return { orgs, current, fromTab: false };
}

/** The org's host name, which is what people recognise (contoso.crm.dynamics.com). */
export function orgLabel(org: KnownOrg | string): string {
  const url = typeof org === 'string' ? org : org.url;
  const label = typeof org === 'string' ? undefined : org.label;
  if (label) return label;
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function recentOf(recent: readonly RecentRecord[], orgUrl: string | null): RecentRecord[] {
  return orgUrl ? recent.filter((r) => r.orgUrl === orgUrl) : [];
}
