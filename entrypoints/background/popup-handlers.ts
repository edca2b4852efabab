// The popup's requests: known orgs and recent records, quick search, a record's summary, opening
// a record in its CRM tab; and the recording of recent records as panels open them. Only the
// extension's own pages may ask, and only about CRM orgs (never an address from the message).
import { parseRecordUrl } from '../../lib/crm/record-url';
import type { RecordRef } from '../../lib/crm/record-url';
import type { Result } from '../../lib/dataverse/errors';
import { messenger } from '../../lib/messaging/messenger';
import type { KnownOrg } from '../../lib/messaging/popup-protocol';
import { crmOrg, parsePopupStart, parseQuickSearch, parseRecordRequest } from '../../lib/messaging/validate-popup';
import { openUrl, pickCrmTab } from '../../lib/popup/open-target';
import { quickSearch } from '../../lib/popup/quick-search';
import { recordSummary } from '../../lib/popup/record-summary';
import { namePath } from '../../lib/popup/search-query';
import { userPrivileges } from '../../lib/session/session';
import { recentRecordsItem } from '../../lib/settings/items';
import { addRecentRecord, parseRecentRecords, recentOrgs, renameRecentRecord } from '../../lib/settings/recent-records';
import type { RecentRecord } from '../../lib/messaging/popup-protocol';
import { isSourceOn, sourceConfigOf } from '../../lib/settings/settings';
import { fetchOrgMarketing } from '../../lib/sources/marketing/org-marketing';
import { SOURCES } from '../../lib/sources/registry';
import type { WorkerContext } from './context';
import { isExtensionPage } from './trust';

const MEMO_TTL_MS = 5 * 60_000;

export function registerPopupHandlers(context: WorkerContext): void {
  // The timeline service's client for the org: one limit of requests in flight per org, whoever asks.
  const clientFor = (orgUrl: string) => context.service.client(orgUrl);

  /** A successful answer is kept for a few minutes; a failure never. */
  const memos = new Map<string, { at: number; value: Promise<Result<unknown>> }>();
  function memo<T>(key: string, load: () => Promise<Result<T>>): Promise<Result<T>> {
    const hit = memos.get(key);
    if (hit && Date.now() - hit.at < MEMO_TTL_MS) return hit.value as Promise<Result<T>>;
    const value = load().then((r) => {
      if (!r.ok) memos.delete(key);
      return r;
    });
    memos.set(key, { at: Date.now(), value });
    return value;
  }

  const customOrigins = () => context.customOrigins();
  const readRecent = async () => parseRecentRecords(await recentRecordsItem.getValue().catch(() => []));

  // Recent records: one change at a time, so two records opened at once are both kept.
  let writes = Promise.resolve();
  const changeRecent = (change: (list: RecentRecord[]) => RecentRecord[]) => {
    writes = writes.then(async () => recentRecordsItem.setValue(change(await readRecent()))).catch(() => undefined);
    return writes;
  };
  const fetchName = async (orgUrl: string, record: RecordRef): Promise<string | null> => {
    const result = await clientFor(orgUrl).getJson(namePath(record.entity, record.id));
    const name = result.ok ? (result.value as { fullname?: unknown } | null)?.fullname : null;
    return typeof name === 'string' ? name : null;
  };
  context.timelineOpened.push(({ orgUrl, record }) => {
    const at = { orgUrl, entity: record.entity, id: record.id };
    void changeRecent((list) => addRecentRecord(list, { ...at, name: '', openedAt: Date.now() }));
    // The name as the org says it now; on failure the name saved before stays.
    void fetchName(orgUrl, record)
      .then(async (name) => {
        if (name) await changeRecent((list) => renameRecentRecord(list, at, name));
      })
      .catch(() => undefined);
  });

  messenger.onMessage('popupStart', async ({ data, sender }) => {
    const request = parsePopupStart(data);
    if (!isExtensionPage(sender) || !request) return { orgs: [], recent: [] };
    await context.settings.ready;
    const recent = await readRecent();
    const orgs: KnownOrg[] = [];
    const add = (url: string, label?: string) => {
      const org = crmOrg(url, customOrigins());
      if (org && !orgs.some((o) => o.url === org)) orgs.push({ url: org, ...(label ? { label } : {}) });
    };
    for (const org of context.settings.current().orgs) add(org.url, org.label);
    for (const url of recentOrgs(recent)) add(url);
    let tabOrg: string | null = null;
    try {
      if (request.tabUrl) tabOrg = crmOrg(new URL(request.tabUrl).origin, customOrigins());
    } catch {
      tabOrg = null;
    }
    return { orgs, recent, ...(tabOrg ? { tabOrg } : {}) };
  });

  let searching: AbortController | null = null;
  messenger.onMessage('quickSearch', async ({ data, sender }) => {
    const request = parseQuickSearch(data, customOrigins());
    if (!isExtensionPage(sender) || !request) return { state: 'refused' } as const;
    searching?.abort();
    const controller = (searching = new AbortController());
    try {
      return await quickSearch(clientFor(request.orgUrl), request.query, controller.signal);
    } finally {
      if (searching === controller) searching = null;
    }
  });

  let summarising: AbortController | null = null;
  messenger.onMessage('recordSummary', async ({ data, sender }) => {
    const request = parseRecordRequest(data, customOrigins());
    if (!isExtensionPage(sender) || !request) return { state: 'refused' } as const;
    summarising?.abort();
    const controller = (summarising = new AbortController());
    const { orgUrl, record } = request;
    const client = clientFor(orgUrl);
    await context.settings.ready;
    const settings = context.settings.current();
    try {
      return await recordSummary(
        {
          client,
          cache: await context.cache(),
          sources: SOURCES,
          privileges: (userId, signal) => memo(`privileges|${orgUrl}|${userId}`, () => userPrivileges(client, userId, signal)),
          orgMarketing: (signal) => memo(`marketing|${orgUrl}`, () => fetchOrgMarketing(client, signal)),
          config: sourceConfigOf(settings, orgUrl),
          isSourceEnabled: (sourceId) => isSourceOn(settings, orgUrl, sourceId),
        },
        orgUrl,
        { record, signal: controller.signal },
      );
    } finally {
      if (summarising === controller) summarising = null;
    }
  });

  messenger.onMessage('openRecord', async ({ data, sender }) => {
    const request = parseRecordRequest(data, customOrigins());
    if (!isExtensionPage(sender) || !request) return { opened: false };
    const { orgUrl, record } = request;
    try {
      // Without the tabs permission, only tabs of hosts we hold permission for carry a URL: the CRM ones.
      const tab = pickCrmTab(await browser.tabs.query({}), orgUrl);
      const url = openUrl(orgUrl, record, tab);
      if (!tab) {
        await browser.tabs.create({ url });
        return { opened: true };
      }
      const showing = tab.url ? parseRecordUrl(tab.url, { customOrigins: customOrigins() }) : null;
      const same = showing?.entity === record.entity && showing.id === record.id;
      await browser.tabs.update(tab.id, same ? { active: true } : { url, active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      return { opened: true };
    } catch {
      return { opened: false };
    }
  });
}
