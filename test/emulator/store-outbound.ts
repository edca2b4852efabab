// Outbound marketing interactions. Dataverse never exposed these as rows: the outbound service kept
// them and msdyncrm_LoadInteractionsPublic returned them (reference dataverse.md §3.3). So they live
// beside the store, not in it (no entity set, no $metadata), indexed by contact.
import type { Row, Store } from './model.ts';

/** Element fields of the action's `Data` array, in the documented example's order. */
export const OUTBOUND_FIELDS = [
  'InteractionId',
  'InteractionType',
  'Timestamp',
  'OrganizationId',
  'EmailDomain',
  'ActivityId',
  'SendingId',
  'ContactId',
  'MessageId',
  'CustomerJourneyId',
  'CustomerJourneyIterationId',
  'UsageType',
  'EmailAddressUsed',
] as const;

const byStore = new WeakMap<Store, Map<string, Row[]>>();

function contacts(store: Store): Map<string, Row[]> {
  let map = byStore.get(store);
  if (!map) byStore.set(store, (map = new Map()));
  return map;
}

/**
 * Adds one interaction: every documented field is present (null when it does not apply to the
 * type), then the type's own fields (LinkUrl, FormId, WebsiteId, PageUrl, EventId, …).
 */
export function addOutboundInteraction(store: Store, input: Row): Row {
  for (const required of ['InteractionId', 'InteractionType', 'Timestamp', 'ContactId']) {
    if (typeof input[required] !== 'string' || input[required] === '') throw new Error(`outbound interaction without ${required}`);
  }
  const row: Row = {};
  for (const f of OUTBOUND_FIELDS) row[f] = input[f] ?? null;
  for (const [k, v] of Object.entries(input)) if (!(k in row)) row[k] = v;
  row.ContactId = String(row.ContactId).toLowerCase().replace(/[{}]/g, '');
  const key = row.ContactId as string;
  const map = contacts(store);
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
  return row;
}

/** A contact's outbound interactions, in insertion order. */
export function outboundInteractionsOf(store: Store, contactId: string): Row[] {
  return contacts(store).get(contactId.toLowerCase().replace(/[{}]/g, '')) ?? [];
}

/** Every outbound interaction (for tests and counts). */
export function allOutboundInteractions(store: Store): Row[] {
  return [...contacts(store).values()].flat();
}
