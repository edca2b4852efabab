// Deterministic GUIDs: the same name always gives the same id, so privilege ids, party ids
// and the tenant id are stable across runs (tests and fixtures can rely on them).
import { createHash, randomUUID } from 'node:crypto';

/** A name-based GUID (SHA-1, RFC 4122 version 5 layout), lower case. */
export function deterministicGuid(name: string): string {
  const hex = createHash('sha1').update(`touchpoint-emulator:${name}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export function newGuid(): string {
  return randomUUID();
}

export const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
