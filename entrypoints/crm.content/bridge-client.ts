// Content-script side of the main-world bridge: injects crm-bridge.js with a fresh secret and
// talks to it through events on that script element only.
import { injectScript } from 'wxt/utils/inject-script';
import {
  BRIDGE_REQUEST,
  BRIDGE_RESPONSE,
  decodeBridgeMessage,
  encodeBridgeMessage,
  type BridgeRequest,
  type BridgeResponse,
} from '../../lib/crm/bridge-protocol';
import { parsePageContext, type PageContext } from '../../lib/crm/page-context';

type RequestBody = BridgeRequest extends infer R ? (R extends BridgeRequest ? Omit<R, 'nonce' | 'id'> : never) : never;

export interface BridgeClient {
  context(): Promise<PageContext | null>;
  openForm(entityName: string, entityId: string): Promise<boolean>;
}

export async function connectBridge(timeoutMs = 1000): Promise<BridgeClient> {
  const nonce = crypto.randomUUID();
  const { script } = await injectScript('/crm-bridge.js', {
    modifyScript(element) {
      element.dataset.touchpointNonce = nonce;
    },
  });
  let nextId = 1;
  const pending = new Map<number, (response: BridgeResponse) => void>();
  script.addEventListener(BRIDGE_RESPONSE, (event) => {
    const response = decodeBridgeMessage<BridgeResponse>((event as CustomEvent).detail, nonce);
    if (response) pending.get(response.id)?.(response);
  });

  const send = (body: RequestBody): Promise<BridgeResponse | null> =>
    new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(null);
      }, timeoutMs);
      pending.set(id, (response) => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(response);
      });
      const request = { ...body, nonce, id } as BridgeRequest;
      script.dispatchEvent(new CustomEvent(BRIDGE_REQUEST, { detail: encodeBridgeMessage(request) }));
    });

  return {
    async context() {
      const response = await send({ type: 'context' });
      return response?.ok ? parsePageContext(response.context) : null;
    },
    async openForm(entityName, entityId) {
      const response = await send({ type: 'openForm', entityName, entityId });
      return response?.ok ?? false;
    },
  };
}
