// Main-world script (unlisted, injected by the content script): reads Xrm, which the isolated
// world cannot see, and answers only requests that carry this page's secret.
import { BRIDGE_REQUEST, BRIDGE_RESPONSE, decodeBridgeMessage, encodeBridgeMessage, type BridgeRequest } from '../lib/crm/bridge-protocol';

interface XrmLike {
  Utility?: {
    getPageContext?: () => { input?: { pageType?: string; entityName?: string; entityId?: string } };
    getGlobalContext?: () => {
      getClientUrl?: () => string;
      getVersion?: () => string;
      userSettings?: { userId?: string; userName?: string; languageId?: number; getTimeZoneOffsetMinutes?: () => number };
    };
  };
  Navigation?: { openForm?: (options: { entityName: string; entityId: string }) => unknown };
}

function readContext(xrm: XrmLike | undefined): unknown {
  const input = xrm?.Utility?.getPageContext?.()?.input;
  if (!input?.pageType) return null;
  const global = xrm?.Utility?.getGlobalContext?.();
  const settings = global?.userSettings;
  return {
    pageType: String(input.pageType),
    ...(input.entityName ? { entityName: String(input.entityName) } : {}),
    ...(input.entityId ? { entityId: String(input.entityId) } : {}),
    ...(global?.getClientUrl ? { clientUrl: String(global.getClientUrl()) } : {}),
    ...(global?.getVersion ? { version: String(global.getVersion()) } : {}),
    ...(settings?.userId ? { userId: String(settings.userId) } : {}),
    ...(settings?.userName ? { userName: String(settings.userName) } : {}),
    ...(typeof settings?.languageId === 'number' ? { languageId: settings.languageId } : {}),
    ...(settings?.getTimeZoneOffsetMinutes ? { timeZoneOffsetMinutes: Number(settings.getTimeZoneOffsetMinutes()) } : {}),
  };
}

export default defineUnlistedScript(() => {
  const script = document.currentScript;
  const nonce = script instanceof HTMLScriptElement ? script.dataset.touchpointNonce : undefined;
  if (!script || !nonce) return;
  delete (script as HTMLScriptElement).dataset.touchpointNonce;

  script.addEventListener(BRIDGE_REQUEST, (event) => {
    const request = decodeBridgeMessage<BridgeRequest>((event as CustomEvent).detail, nonce);
    if (!request) return;
    const xrm = (window as unknown as { Xrm?: XrmLike }).Xrm;
    let ok = true;
    let context: unknown;
    try {
      if (request.type === 'context') context = readContext(xrm);
      else if (request.type === 'openForm') {
        if (xrm?.Navigation?.openForm) void xrm.Navigation.openForm({ entityName: request.entityName, entityId: request.entityId });
        else ok = false;
      }
    } catch {
      ok = false;
    }
    script.dispatchEvent(new CustomEvent(BRIDGE_RESPONSE, { detail: encodeBridgeMessage({ nonce, id: request.id, ok, context }) }));
  });
});
