// Who may talk to the worker: content scripts of this extension in CRM pages (built-in Dynamics
// hosts, or custom orgs the user added), and this extension's own pages (popup, options).
import { isCrmOrigin } from '../../lib/crm/record-url';
import type { FrameTarget } from '../../lib/timeline/timeline-service';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The org origin and frame of a trusted content-script sender, or null. */
export function trustedFrame(sender: Sender, customOrigins: readonly string[]): { orgUrl: string; target: FrameTarget } | null {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (!isCrmOrigin(url, { customOrigins })) return null;
  return { orgUrl: url.origin, target: { tabId: sender.tab.id, frameId: sender.frameId ?? 0 } };
}

/** True for the extension's own pages (popup, options), never for content scripts. */
export function isExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  return sender.url.startsWith(browser.runtime.getURL('/'));
}
