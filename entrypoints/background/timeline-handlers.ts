// The panel's requests: open and close a record's timeline, fetch a preview; the browser command.
import { setLanguage, t } from '../../lib/i18n';
import { messenger } from '../../lib/messaging/messenger';
import { parseCloseTimeline, parseOpenTimeline, parsePreviewRequest } from '../../lib/messaging/validate';
import type { WorkerContext } from './context';
import { trustedFrame } from './trust';

export function registerTimelineHandlers({ service, customOrigins, timelineOpened, settings }: WorkerContext): void {
  messenger.onMessage('openTimeline', async ({ data, sender }) => {
    // A worker just woken reads its settings first (sources turned off, custom orgs).
    await settings.ready;
    const frame = trustedFrame(sender, customOrigins());
    const request = parseOpenTimeline(data);
    if (!frame || !request) return { accepted: false, reason: 'refused' };
    // One worker serves every tab: its words follow the user who asked last (in practice one user).
    if (request.language) setLanguage(request.language);
    void service.open(frame.target, frame.orgUrl, request);
    for (const listener of timelineOpened) listener({ orgUrl: frame.orgUrl, record: request.record, tabId: frame.target.tabId });
    return { accepted: true };
  });

  messenger.onMessage('closeTimeline', ({ data, sender }) => {
    const frame = trustedFrame(sender, customOrigins());
    const request = parseCloseTimeline(data);
    if (frame && request) service.close(frame.target, request.requestId);
  });

  messenger.onMessage('getPreview', async ({ data, sender }) => {
    const frame = trustedFrame(sender, customOrigins());
    const request = parsePreviewRequest(data);
    if (!frame || !request) return { kind: 'unavailable', message: t('preview.refused') } as const;
    return service.preview(frame.orgUrl, request);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined)
      void messenger.sendMessage('togglePanel', undefined, tab.id).catch(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => service.closeTab(tabId));

  // Panels hold a port while a load runs, only to learn when this worker stops; nothing is sent on it.
  browser.runtime.onConnect.addListener((port) => {
    if (!port.name.startsWith('timeline:')) port.disconnect();
  });
}
