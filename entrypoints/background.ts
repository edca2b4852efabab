// Wiring only: protocol handlers → the timeline service. Messages are accepted only from this
// extension's own content scripts running on a Dynamics 365 page; the org is the sender's origin.
import { browser } from 'wxt/browser';
import { openTimelineCache, type TimelineCache } from '../lib/cache/store';
import { isCrmOrigin } from '../lib/crm/record-url';
import { messenger } from '../lib/messaging/messenger';
import { parseCloseTimeline, parseOpenTimeline, parsePreviewRequest } from '../lib/messaging/validate';
import { SOURCES } from '../lib/sources/registry';
import { createTimelineService, type FrameTarget } from '../lib/timeline/timeline-service';

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The org origin and frame of a trusted sender, or null. */
function trustedFrame(sender: Sender): { orgUrl: string; target: FrameTarget } | null {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (!isCrmOrigin(url)) return null;
  return { orgUrl: url.origin, target: { tabId: sender.tab.id, frameId: sender.frameId ?? 0 } };
}

export default defineBackground(() => {
  let cachePromise: Promise<TimelineCache | null> | undefined;
  const cache = () =>
    (cachePromise ??= openTimelineCache().catch((error: unknown) => {
      console.warn('Touchpoint: the IndexedDB cache is unavailable; working from memory only.', error);
      return null;
    }));

  const service = createTimelineService({
    sources: SOURCES,
    cache,
    send: (target, update) => {
      void messenger.sendMessage('timelineUpdate', update, target).catch(() => undefined);
    },
  });

  messenger.onMessage('openTimeline', ({ data, sender }) => {
    const frame = trustedFrame(sender);
    const request = parseOpenTimeline(data);
    if (!frame || !request) return { accepted: false, reason: 'refused' };
    void service.open(frame.target, frame.orgUrl, request);
    return { accepted: true };
  });

  messenger.onMessage('closeTimeline', ({ data, sender }) => {
    const frame = trustedFrame(sender);
    const request = parseCloseTimeline(data);
    if (frame && request) service.close(frame.target, request.requestId);
  });

  messenger.onMessage('getPreview', async ({ data, sender }) => {
    const frame = trustedFrame(sender);
    const request = parsePreviewRequest(data);
    if (!frame || !request) return { kind: 'unavailable', message: 'Touchpoint refused this request.' } as const;
    return service.preview(frame.orgUrl, request);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined)
      void messenger.sendMessage('togglePanel', undefined, tab.id).catch(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => service.closeTab(tabId));
});
