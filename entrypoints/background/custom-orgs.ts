// CRM orgs in the worker: a visited org appears in the settings by itself; the content script is
// registered at run time for the custom orgs (on-premises, own domain) whose host permission is
// granted, and kept in step on start-up, on every settings change and when a permission is granted
// or revoked (also from the browser's own UI); a removed org loses its permission and its cache.
import {
  CUSTOM_ORG_SCRIPT_ID,
  LAST_SEEN_RESOLUTION_MS,
  planCustomOrgScript,
  removedOrgs,
  storedSettingsAccess,
  updateSettings,
  withVisitedOrg,
} from '../../lib/settings/org-settings';
import { orgKindOf, originPattern } from '../../lib/crm/org-url';
import { settingsItem } from '../../lib/settings/items';
import { customOrigins, DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings/settings';
import type { WorkerContext } from './context';

/** The content script file WXT builds from entrypoints/crm.content (its CSS it loads itself). */
const CONTENT_SCRIPT = 'content-scripts/crm.js';

const warn = (what: string) => (error: unknown) => console.warn(`Touchpoint: ${what}.`, error);

/** Stored settings as they were or are, or null when they do not validate (then nothing is inferred). */
function settingsOf(stored: unknown): Settings | null {
  if (stored === null || stored === undefined) return DEFAULT_SETTINGS;
  const parsed = parseSettings(stored);
  return parsed.ok ? parsed.settings : null;
}

async function hasPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
}

export function registerCustomOrgs(context: WorkerContext): void {
  const access = storedSettingsAccess(settingsItem, globalThis.navigator?.locks);
  // One task at a time: two overlapping syncs would register the same script id twice.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>, what: string) => {
    queue = queue.then(task).catch(warn(what));
  };

  const syncScripts = async () => {
    const granted: string[] = [];
    for (const origin of customOrigins(context.settings.current())) if (await hasPermission(origin)) granted.push(origin);
    const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_ORG_SCRIPT_ID] });
    const plan = planCustomOrgScript(registered, granted);
    if (plan.action === 'unregister') await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_ORG_SCRIPT_ID] });
    else if (plan.action === 'update')
      await browser.scripting.updateContentScripts([{ id: CUSTOM_ORG_SCRIPT_ID, js: [CONTENT_SCRIPT], matches: plan.matches }]);
    else if (plan.action === 'register')
      await browser.scripting.registerContentScripts([
        {
          id: CUSTOM_ORG_SCRIPT_ID,
          js: [CONTENT_SCRIPT],
          matches: plan.matches,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
  };
  const sync = () => enqueue(syncScripts, 'could not register the content script for custom orgs');

  // A removed org (options page, import): its permission goes, and its cached timelines with it.
  // Read from the change itself (old and new value), so it holds when the change is what woke the worker.
  settingsItem.watch((next, previous) => {
    const before = settingsOf(previous);
    const after = settingsOf(next);
    if (!before || !after) return;
    for (const org of removedOrgs(before, after)) {
      enqueue(async () => {
        if (org.kind === 'custom') await browser.permissions.remove({ origins: [originPattern(org.url)] }).catch(() => false);
        await (await context.cache())?.clearOrg(org.url);
      }, `could not forget ${org.url}`);
    }
  });

  // Visited orgs appear by themselves (an administrator's preset stays the administrator's).
  context.timelineOpened.push(({ orgUrl }) => {
    const known = context.settings.current().orgs.find((o) => o.url === orgUrl);
    const now = Date.now();
    if (known && (known.addedBy === 'admin' || (known.lastSeenAt !== undefined && now - known.lastSeenAt < LAST_SEEN_RESOLUTION_MS)))
      return;
    void updateSettings(access, (s) => withVisitedOrg(s, orgUrl, orgKindOf(orgUrl), now)).catch(
      warn(`could not record the visit of ${orgUrl}`),
    );
  });

  context.settings.onChange(sync);
  void context.settings.ready.then(sync);
  // Granted or revoked elsewhere too (chrome://extensions, about:addons): the script follows, and
  // the options page shows such an org as needing permission (it asks the browser, not a stored flag).
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
