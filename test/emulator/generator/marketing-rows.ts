// Writing real-time interactions: the common columns every cij_ table has, and what a person is
// like as a marketing audience (mail client, app, engagement, consent), which shapes their rows.
import { deterministicGuid } from '../ids.ts';
import type { Row } from '../model.ts';
import { insertRow } from '../store.ts';
import { ORGANIZATION_ID } from '../users.ts';
import { interactionTable, type InteractionType } from '../entities-interactions.ts';
import { iso, type Hist } from './context.ts';
import type { Catalog } from './marketing-catalog.ts';
import type { JourneyKey } from './marketing-content.ts';
import type { Rng } from './prng.ts';

/** Stand-ins for the lookup GUIDs of ci-docs/journeys/map-guids.md (the real ones are not reproduced). */
const guidOf = (kind: string, name: string) => deterministicGuid(`mkt-map:${kind}:${name}`);

export interface MailClient {
  EmailClientId: string;
  DeviceTypeId: string;
  OperatingSystemId: string;
  BrowserId: string;
}

const CLIENTS: readonly [string, string, string, string][] = [
  ['Outlook', 'Desktop', 'Windows', 'Outlook'],
  ['Outlook', 'Mobile', 'iOS', 'Outlook'],
  ['Apple Mail', 'Mobile', 'iOS', 'Safari'],
  ['Gmail', 'Desktop', 'Windows', 'Chrome'],
  ['Gmail', 'Mobile', 'Android', 'Chrome'],
  ['Outlook.com', 'Desktop', 'macOS', 'Edge'],
];

export interface Traits {
  client: MailClient;
  /** Has the Contoso app on a phone. */
  app?: { DeviceId: string; Platform: 'iOS' | 'Android' };
  openRate: number;
  clickRate: number;
  /** ms: unsubscribed from e-mail (later sends are blocked). */
  optedOutAt?: number;
  /** ms: replied STOP to an SMS (later texts are not sent). */
  smsStoppedAt?: number;
  /** The address hard-bounced: later sends are blocked. */
  emailDead?: boolean;
}

/** A person being given a marketing history. */
export interface MktHist extends Hist {
  cat: Catalog;
  traits: Traits;
}

export function drawTraits(rng: Rng, app: boolean): Traits {
  const [client, device, os, browser] = rng.pick(CLIENTS);
  return {
    client: {
      EmailClientId: guidOf('client', client),
      DeviceTypeId: guidOf('device', device),
      OperatingSystemId: guidOf('os', os),
      BrowserId: guidOf('browser', browser),
    },
    ...(app ? { app: { DeviceId: rng.guid(), Platform: rng.chance(0.55) ? ('iOS' as const) : ('Android' as const) } } : {}),
    openRate: 0.15 + rng.next() * 0.65,
    clickRate: 0.1 + rng.next() * 0.4,
  };
}

/** Which journey step sent a message: journey, run and action ids plus the asset. */
export interface Send {
  journeyId: string;
  runId: string;
  actionId: string;
  messageId: string;
}

export function send(cat: Catalog, journey: JourneyKey, runId: string, step: number, messageId: string): Send {
  return { journeyId: cat.journeys[journey].id, runId, actionId: deterministicGuid(`mkt-action:${journey}:${step}`), messageId };
}

const COUNTRY: Record<string, string> = {
  Seattle: 'US',
  Redmond: 'US',
  Denver: 'US',
  London: 'GB',
  Leeds: 'GB',
  Berlin: 'DE',
  Hamburg: 'DE',
  Munich: 'DE',
  Toronto: 'CA',
  Calgary: 'CA',
  Madrid: 'ES',
  Lyon: 'FR',
  Paris: 'FR',
  Osaka: 'JP',
  Tokyo: 'JP',
  Melbourne: 'AU',
  Sydney: 'AU',
  Chennai: 'IN',
};

export function countryOf(city: string): string {
  return COUNTRY[city] ?? 'US';
}

/**
 * Inserts one interaction at `t` unless that is after now (a follow-up that has not happened yet).
 * Returns the row, or null when skipped.
 */
export function emit(h: MktHist, type: InteractionType, t: number, fields: Row, from?: Send): Row | null {
  // Ids are drawn either way, so the rest of the history does not shift with `now`.
  const id = h.rng.guid();
  const idempotency = h.rng.guid();
  if (t > h.gen.now) return null;
  const p = h.person;
  const row: Row = {
    InternalMarketingInteractionId: id,
    InteractionType: type,
    Timestamp: iso(t),
    ContactId: p.entity === 'contact' ? p.id : null,
    LeadId: p.entity === 'lead' ? p.id : null,
    ProfileId: p.id,
    ProfileType: p.entity === 'contact' ? 'Contact' : 'Lead',
    CustomerJourneyId: from?.journeyId ?? null,
    JourneyRunId: from?.runId ?? null,
    JourneyActionId: from?.actionId ?? null,
    MessageId: from?.messageId ?? null,
    OrganizationId: ORGANIZATION_ID,
    IdempotencyId: idempotency,
    SourceSystem: 0,
    ...fields,
  };
  insertRow(h.gen.store, interactionTable(type), row);
  return row;
}
