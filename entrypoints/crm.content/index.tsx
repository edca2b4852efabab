// Content script: recognises contact and lead records on Dynamics 365 pages, confirms them with
// Xrm through the main-world bridge, follows SPA navigation and shows the panel for the record.
import './style.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel } from '../../components/timeline/Panel';
import { CRM_MATCH_PATTERNS } from '../../lib/crm/hosts';
import { recordFormUrl } from '../../lib/crm/links';
import { confirmsRecord, type PageContext } from '../../lib/crm/page-context';
import { parseRecordUrl, recordKey, type CrmRecordPage } from '../../lib/crm/record-url';
import { setLanguage, t } from '../../lib/i18n';
import { messenger } from '../../lib/messaging/messenger';
import { parseTimelineUpdate } from '../../lib/messaging/validate-update';
import { mergeManaged } from '../../lib/settings/managed';
import { localeFromLcid, UTC_ZONE, type DisplayZone } from '../../lib/timeline/display-zone';
import { applyUpdate, initialModel, type PanelModel } from '../../lib/timeline/panel-state';
import type { Interaction } from '../../lib/timeline/model';
import { lastVisits, panelCollapsed, settingsItem, timelineFilters } from '../../lib/settings/items';
import {
  customOrigins,
  DEFAULT_SETTINGS,
  defaultFilters,
  parseSettings,
  timelineSettingsOf,
  type Settings,
} from '../../lib/settings/settings';
import { rememberVisit, visitKey } from '../../lib/timeline/last-visit';
import { filtersKey, parseStoredFilters } from '../../lib/settings/stored-filters';
import { NO_FILTERS, type TimelineFilters } from '../../lib/timeline/filters';
import { connectBridge, type BridgeClient } from './bridge-client';
import { pageBackgrounds, panelTopOffset } from './layout';
import { themeFor } from '../../lib/crm/page-theme';

const CONFIRM_TIMEOUT_MS = 8000;
const MAX_RESUMES = 3;

let workerPort: Browser.runtime.Port | undefined;
/** One port to the worker while a load runs: its disconnect says the worker stopped. */
function watchWorker(requestId: string, onLost: () => void): void {
  workerPort?.disconnect();
  const port = browser.runtime.connect({ name: `timeline:${requestId}` });
  workerPort = port;
  port.onDisconnect.addListener(() => {
    if (workerPort === port) workerPort = undefined;
    onLost();
  });
}

// The administrator's policy, read once and not waited for: Chromium can take seconds to answer
// storage.managed at start (custom orgs preset by policy are recognised from the next page on).
let managedPolicy: unknown = null;
void browser.storage.managed
  .get(null)
  .then((value) => (managedPolicy = value))
  .catch(() => undefined);

/** The user's settings with what an administrator presets by policy laid over them (as the worker reads them). */
async function readSettings(): Promise<Settings> {
  const parsed = parseSettings(await settingsItem.getValue());
  return mergeManaged(parsed.ok ? parsed.settings : DEFAULT_SETTINGS, managedPolicy);
}
const CONFIRM_INTERVAL_MS = 100;

export default defineContentScript({
  matches: [...CRM_MATCH_PATTERNS],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const model = signal<PanelModel | null>(null);
    const zone = signal<DisplayZone>(UTC_ZONE);
    const collapsed = signal(await panelCollapsed.getValue());
    const topOffset = signal(0);
    const theme = signal<'light' | 'dark'>('light');
    const filters = signal<TimelineFilters>(NO_FILTERS);
    const lastVisit = signal<number | undefined>(undefined);
    let visit: string | null = null;
    let filtersOwner: string | null = null;
    filters.subscribe((value) => {
      const owner = filtersOwner;
      if (!owner) return;
      void timelineFilters.getValue().then((all) => timelineFilters.setValue({ ...all, [owner]: value }));
    });
    let page: CrmRecordPage | null = null;
    let settings = await readSettings();
    // Settings take effect at once: a change to this org's sources or windows reloads the open timeline
    // (not every change: recording a visited org is a settings change too).
    settingsItem.watch(async () => {
      const before = page ? timelineSettingsOf(settings, page.orgUrl) : '';
      settings = await readSettings();
      if (page && timelineSettingsOf(settings, page.orgUrl) !== before) void openTimeline(page);
    });
    let generation = 0;
    let bridge: Promise<BridgeClient> | undefined;
    const getBridge = () => (bridge ??= connectBridge());

    collapsed.subscribe((value) => void panelCollapsed.setValue(value));
    ctx.addEventListener(window, 'resize', () => (topOffset.value = panelTopOffset()));

    const actions = {
      hrefFor: (item: Interaction) =>
        item.open && page ? recordFormUrl(page.orgUrl, item.open.entity, item.open.id, page.appId) : undefined,
      open: (item: Interaction) => {
        if (item.open) void getBridge().then((b) => b.openForm(item.open!.entity, item.open!.id));
      },
    };

    const loadPreview = (item: Interaction) => {
      const current = model.value;
      if (!current) return Promise.resolve({ kind: 'unavailable' as const, message: 'No record is open.' });
      const m = item.marketing;
      const [, , run] = item.id.split(':');
      return messenger.sendMessage('getPreview', {
        record: current.record,
        id: item.open?.id ?? item.id,
        kind: item.kind,
        ...(m
          ? {
              marketing: {
                origin: m.origin,
                channel: m.channel,
                ...(m.asset ? { assetId: m.asset.id } : {}),
                ...(m.journey ? { journeyId: m.journey.id } : {}),
                ...(run && /^[0-9a-f-]{36}$/.test(run) ? { journeyRunId: run } : {}),
              },
            }
          : {}),
      });
    };

    const openTimeline = async (ref: CrmRecordPage, resumed = 0) => {
      const requestId = crypto.randomUUID();
      const previous = model.value;
      const same = previous && recordKey(previous.record) === recordKey(ref);
      // A resumed load keeps what is on screen; a new record starts empty.
      model.value = resumed && same ? { ...previous, requestId, done: false } : initialModel({ entity: ref.entity, id: ref.id }, requestId);
      watchWorker(requestId, () => {
        // Chrome stops an idle MV3 worker, even in the middle of a fetch: ask again, which wakes it.
        if (model.value?.requestId === requestId && !model.value.done && resumed < MAX_RESUMES) void openTimeline(ref, resumed + 1);
      });
      try {
        const reply = await messenger.sendMessage('openTimeline', {
          requestId,
          record: { entity: ref.entity, id: ref.id },
          language: zone.value.locale,
        });
        if (!reply?.accepted && model.value?.requestId === requestId) {
          model.value = { ...model.value, failure: t('panel.refused'), done: true };
        }
      } catch {
        if (model.value?.requestId === requestId) {
          model.value = { ...model.value, failure: t('panel.noWorker'), done: true };
        }
      }
    };

    const ui = await createShadowRootUi(ctx, {
      name: 'touchpoint-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const App = () =>
          model.value ? (
            <Panel
              model={model.value}
              zone={zone.value}
              collapsed={collapsed}
              filters={filters}
              topOffset={topOffset.value}
              actions={actions}
              onRefresh={() => page && void openTimeline(page)}
              loadPreview={loadPreview}
              lastVisit={lastVisit.value}
              theme={theme.value}
            />
          ) : null;
        render(<App />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();

    messenger.onMessage('timelineUpdate', ({ data, sender }) => {
      if (sender.id !== browser.runtime.id) return;
      const current = model.value;
      if (!current) return;
      const update = parseTimelineUpdate(data);
      if (!update) {
        if (data && typeof data === 'object' && (data as { requestId?: unknown }).requestId === current.requestId)
          model.value = { ...current, failure: t('panel.badUpdate'), done: true };
        return;
      }
      model.value = applyUpdate(current, update);
      // Once this visit has shown the record completely, it becomes the "last visit" of the next one.
      if (model.value.done && !current.done && visit && model.value.session.state === 'ok') {
        const key = visit;
        void lastVisits.getValue().then((all) => lastVisits.setValue(rememberVisit(all, key, Date.now())));
      }
    });

    messenger.onMessage('togglePanel', ({ sender }) => {
      if (sender.id === browser.runtime.id && model.value) collapsed.value = !collapsed.value;
    });

    const close = () => {
      const current = model.value;
      model.value = null; // at once: never a moment of the previous record
      if (current) void messenger.sendMessage('closeTimeline', { requestId: current.requestId }).catch(() => undefined);
    };

    const confirm = async (ref: CrmRecordPage, mine: number): Promise<PageContext | null> => {
      const client = await getBridge().catch(() => null);
      if (!client) return null;
      const deadline = Date.now() + CONFIRM_TIMEOUT_MS;
      while (mine === generation && Date.now() < deadline) {
        const context = await client.context();
        if (confirmsRecord(context, ref)) return context; // Xrm can trail the URL for a moment
        await new Promise((r) => setTimeout(r, CONFIRM_INTERVAL_MS));
      }
      return null;
    };

    const follow = async (href: string) => {
      const ref = parseRecordUrl(href, { customOrigins: customOrigins(settings) });
      if (page && ref && recordKey(page) === recordKey(ref)) return;
      const mine = ++generation;
      page = null;
      close();
      if (!ref) return;
      const context = await confirm(ref, mine);
      if (mine !== generation || !context) return;
      page = ref;
      if (context.userId) {
        const owner = filtersKey(ref.orgUrl, context.userId);
        if (owner !== filtersOwner) {
          const saved = (await timelineFilters.getValue())[owner];
          // No filters of the user's own yet: the defaults chosen on the options page for this org.
          const stored = saved === undefined ? defaultFilters(settings, ref.orgUrl) : parseStoredFilters(saved);
          if (mine !== generation) return;
          filtersOwner = null; // restoring is not a change to save
          filters.value = stored;
          filtersOwner = owner;
        }
      }
      visit = context.userId ? visitKey(ref.orgUrl, context.userId, ref.entity, ref.id) : null;
      lastVisit.value = visit ? (await lastVisits.getValue())[visit] : undefined;
      if (mine !== generation) return;
      zone.value = { locale: localeFromLcid(context.languageId, navigator.language), offsetMinutes: context.timeZoneOffsetMinutes ?? 0 };
      setLanguage(zone.value.locale);
      topOffset.value = panelTopOffset();
      theme.value = themeFor(pageBackgrounds());
      await openTimeline(ref);
    };

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void follow(newUrl.href));
    // Back online: refresh what was shown from the cache.
    ctx.addEventListener(window, 'online', () => page && void openTimeline(page));
    ctx.onInvalidated(close);
    void follow(location.href);
  },
});
