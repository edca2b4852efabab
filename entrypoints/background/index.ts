// The worker: wiring only. Timeline loads for the panels, the popup's and the options page's
// requests, custom orgs; each in its own file.
import { openTimelineCache, type TimelineCache } from '../../lib/cache/store';
import { SOURCES } from '../../lib/sources/registry';
import { customOrigins, isSourceOn, sourceConfigOf } from '../../lib/settings/settings';
import { createTimelineService } from '../../lib/timeline/timeline-service';
import { messenger } from '../../lib/messaging/messenger';
import type { WorkerContext } from './context';
import { registerCustomOrgs } from './custom-orgs';
import { recordDiagnostics, registerOptionsHandlers } from './options-handlers';
import { registerPopupHandlers } from './popup-handlers';
import { createKnownUsers } from './known-users';
import { createSettingsStore } from './settings-store';
import { registerTimelineHandlers } from './timeline-handlers';

export default defineBackground(() => {
  let cachePromise: Promise<TimelineCache | null> | undefined;
  const cache = () =>
    (cachePromise ??= openTimelineCache().catch((error: unknown) => {
      console.warn('Touchpoint: the IndexedDB cache is unavailable; working from memory only.', error);
      return null;
    }));
  const settings = createSettingsStore();

  const service = createTimelineService({
    sources: SOURCES,
    cache,
    send: (target, update) => {
      recordDiagnostics(target, update);
      void messenger.sendMessage('timelineUpdate', update, target).catch(() => undefined);
    },
    isSourceEnabled: (orgUrl, sourceId) => isSourceOn(settings.current(), orgUrl, sourceId),
    config: (orgUrl) => sourceConfigOf(settings.current(), orgUrl),
    knownUsers: createKnownUsers(),
  });
  const context: WorkerContext = { service, cache, settings, customOrigins: () => customOrigins(settings.current()), timelineOpened: [] };

  registerTimelineHandlers(context);
  registerPopupHandlers(context);
  registerOptionsHandlers(context);
  registerCustomOrgs(context);
});
