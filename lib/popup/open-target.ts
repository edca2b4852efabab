// Where "Open" goes: the org's CRM tab the user was in last (navigated to the record), else a new
// tab. Pure: the worker passes the tabs it found.
import { recordFormUrl } from '../crm/links';
import { normaliseGuid, type RecordRef } from '../crm/record-url';

export interface TabInfo {
  id?: number;
  windowId?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** The org's tab to reuse: the active one, else the one used last. */
export function pickCrmTab(tabs: readonly TabInfo[], orgUrl: string): (TabInfo & { id: number }) | null {
  const candidates = tabs.filter((tab): tab is TabInfo & { id: number } => tab.id !== undefined && originOf(tab.url) === orgUrl);
  candidates.sort((a, b) => Number(b.active ?? false) - Number(a.active ?? false) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return candidates[0] ?? null;
}

/** The model-driven app the tab is in (`appid=`), so the record opens in the same app. */
export function appIdOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const params = new URL(url).searchParams;
    for (const [key, value] of params) if (key.toLowerCase() === 'appid') return normaliseGuid(value) ?? undefined;
  } catch {
    return undefined;
  }
  return undefined;
}

export function openUrl(orgUrl: string, record: RecordRef, tab: TabInfo | null): string {
  return recordFormUrl(orgUrl, record.entity, record.id, appIdOf(tab?.url));
}
