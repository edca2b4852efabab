// The channel between the content script and the main-world bridge: CustomEvents on the bridge's
// own (detached) script element, JSON strings as detail, every message carrying a per-page secret.
// Page scripts never see the element, and a message without the secret is ignored.

export const BRIDGE_REQUEST = 'touchpoint:bridge-request';
export const BRIDGE_RESPONSE = 'touchpoint:bridge-response';

export type BridgeRequest =
  { nonce: string; id: number; type: 'context' } | { nonce: string; id: number; type: 'openForm'; entityName: string; entityId: string };

export interface BridgeResponse {
  nonce: string;
  id: number;
  ok: boolean;
  context?: unknown;
}

export function encodeBridgeMessage(message: BridgeRequest | BridgeResponse): string {
  return JSON.stringify(message);
}

/** Parses a detail string; anything malformed or with the wrong secret gives null. */
export function decodeBridgeMessage<T extends { nonce: string; id: number }>(detail: unknown, nonce: string): T | null {
  if (typeof detail !== 'string' || detail.length > 100_000) return null;
  try {
    const parsed = JSON.parse(detail) as Partial<T> | null;
    if (!parsed || parsed.nonce !== nonce || typeof parsed.id !== 'number') return null;
    return parsed as T;
  } catch {
    return null;
  }
}
