// The options page's requests (org status, cache usage and clearing, diagnostics, saving the
// settings), accepted only from the extension's own pages and only for CRM orgs; the cache policy;
// the diagnostics recorder fed by the timeline updates the worker sends.
import { storage } from 'wxt/utils/storage';
import { orgStatus } from '../../lib/diagnostics/org-status';
import { parseDiagnosticsState, recordUpdate, type DiagnosticsState } from '../../lib/diagnostics/recorder';
import { t } from '../../lib/i18n';
import { messenger } from '../../lib/messaging/messenger';
import type { TimelineUpdate } from '../../lib/messaging/protocol';
import { parseClearCache, parseOrgRequest, parseSettingsChange } from '../../lib/messaging/validate-options';
import { crmOrg } from '../../lib/crm/record-url';
import type { FrameTarget } from '../../lib/timeline/timeline-service';
import type { WorkerContext } from './context';
import { isExtensionPage, type Sender } from './trust';

const diagnosticsItem = storage.defineItem<unknown>('session:diagnostics', { fallback: null });
let diagnostics: DiagnosticsState = {};
const diagnosticsReady = diagnosticsItem
  .getValue()
  .then((stored) => void (diagnostics = { ...parseDiagnosticsState(stored), ...diagnostics }))
  .catch(() => undefined);
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** The org each tab's panel last opened a timeline in. */
const tabOrgs = new Map<number, string>();

/** Feeds the diagnostics from an update the timeline service sends to a panel. */
export function recordDiagnostics(target: FrameTarget, update: TimelineUpdate): void {
  const orgUrl = tabOrgs.get(target.tabId);
  if (!orgUrl || !update.done) return;
  diagnostics = recordUpdate(diagnostics, orgUrl, update, Date.now());
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void diagnosticsItem.setValue(diagnostics).catch(() => undefined), 500);
}

export function registerOptionsHandlers(context: WorkerContext): void {
  context.timelineOpened.push(({ orgUrl, tabId }) => tabOrgs.set(tabId, orgUrl));
  browser.tabs.onRemoved.addListener((tabId) => tabOrgs.delete(tabId));
  const refused = () => ({ ok: false as const, error: t('options.refused') });
  const knownOrg = (orgUrl: string) => crmOrg(orgUrl, context.customOrigins()) !== null;
  /** The org of a request from an extension page, or null when it is refused. */
  const orgOf = async (sender: Sender, data: unknown) => {
    const request = parseOrgRequest(data);
    if (!isExtensionPage(sender) || !request) return null;
    await context.settings.ready; // custom orgs come from the settings
    return crmOrg(request.orgUrl, context.customOrigins());
  };

  // The cache follows the settings' policy on every write, and at once when the policy changes.
  void context.cache().then((cache) => cache?.setPolicy(() => context.settings.current().cache));
  context.settings.onChange((next, previous) => {
    void context.cache().then(async (cache) => {
      if (!cache) return;
      if (next.cache.skipBodies && !previous.cache.skipBodies) await cache.stripBodies().catch(() => undefined);
      if (next.cache.keepDays !== previous.cache.keepDays || next.cache.maxMegabytes !== previous.cache.maxMegabytes)
        await cache.enforce(next.cache).catch(() => undefined);
    });
  });

  messenger.onMessage('orgStatus', async ({ data, sender }) => {
    const orgUrl = await orgOf(sender, data);
    if (!orgUrl) return refused();
    // The org's one client: the options page's requests count towards the same limit in flight as the panels'.
    return orgStatus(context.service.client(orgUrl), browser.runtime.getManifest().version);
  });

  messenger.onMessage('cacheUsage', async ({ sender }) => {
    if (!isExtensionPage(sender)) return refused();
    const cache = await context.cache();
    if (!cache) return { ok: true as const, orgs: {}, unavailable: true };
    await cache.enforce(context.settings.current().cache).catch(() => undefined);
    return { ok: true as const, orgs: await cache.usage() };
  });

  messenger.onMessage('clearCache', async ({ data, sender }) => {
    const request = parseClearCache(data);
    if (!isExtensionPage(sender) || !request) return refused();
    if (request.orgUrl) {
      await context.settings.ready;
      if (!knownOrg(request.orgUrl)) return refused();
    }
    const cache = await context.cache();
    if (!cache) return { ok: true as const, removed: 0 };
    try {
      return { ok: true as const, removed: request.orgUrl ? await cache.clearOrg(request.orgUrl) : await cache.clearAll() };
    } catch {
      return { ok: false as const, error: t('options.cache.clearFailed') };
    }
  });

  messenger.onMessage('diagnostics', async ({ data, sender }) => {
    const orgUrl = await orgOf(sender, data);
    if (!orgUrl) return refused();
    await diagnosticsReady;
    const record = diagnostics[orgUrl];
    return { ok: true as const, orgUrl, ...(record ? { record } : {}) };
  });

  messenger.onMessage('knownOrgs', async ({ sender }) => {
    if (!isExtensionPage(sender)) return refused();
    await diagnosticsReady;
    const cache = await context.cache();
    const cached = cache ? Object.keys(await cache.usage().catch(() => ({}))) : [];
    const orgs = [...new Set([...Object.keys(diagnostics), ...cached])].filter(knownOrg).sort();
    return { ok: true as const, orgs };
  });

  messenger.onMessage('changeSettings', async ({ data, sender }) => {
    const change = parseSettingsChange(data);
    if (!isExtensionPage(sender) || !change) return { ok: false as const, errors: [t('options.refused')] };
    if (change.kind === 'org') {
      await context.settings.ready;
      if (!knownOrg(change.orgUrl)) return { ok: false as const, errors: [t('options.refused')] };
    }
    try {
      const result = await context.settings.change(change);
      return result.ok ? { ok: true as const } : result;
    } catch {
      return { ok: false as const, errors: [t('options.saveFailed')] };
    }
  });
}
