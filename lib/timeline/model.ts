// One normalised interaction type for every source: Sales and Service records now,
// marketing interactions next. Filters, search and the panel work on this shape only.
import { labelMap } from '../i18n';

export const SALES_SERVICE_KINDS = ['email', 'phonecall', 'appointment', 'task', 'letter', 'fax', 'note', 'post', 'case'] as const;
export const MARKETING_KINDS = ['sms', 'push', 'web', 'form', 'event'] as const;
/** `activity` stands for an activity type Touchpoint has no special view of (custom activities). */
export type InteractionKind = (typeof SALES_SERVICE_KINDS)[number] | (typeof MARKETING_KINDS)[number] | 'activity';

export type InteractionStatus = 'open' | 'scheduled' | 'overdue' | 'completed' | 'canceled' | 'active' | 'resolved';

export type Direction = 'incoming' | 'outgoing';

export interface PartyRef {
  /** Display name, or the address used when the party is not a record. */
  name: string;
  /** Role label: Sender, To Recipient, Required attendee, … */
  role: string;
  entity?: string;
  id?: string;
}

export type MarketingChannel = 'email' | 'sms' | 'push' | 'web' | 'form' | 'event';
export type MarketingOrigin = 'real-time' | 'outbound' | 'dataverse';

/** Normalised marketing actions, in the order a message's life goes through them. */
export const MARKETING_ACTIONS = [
  'sent',
  'not-sent',
  'blocked',
  'delivered',
  'bounced',
  'opened',
  'visited',
  'clicked',
  'submitted',
  'registered',
  'registration-canceled',
  'checked-in',
  'received',
  'subscription-changed',
  'opted-out',
] as const;
export type MarketingAction = (typeof MARKETING_ACTIONS)[number];

/** One platform event (a row of an interaction table), as shown when a card is expanded. */
export interface MarketingEvent {
  /** Stable id of the event (its interaction id). */
  id: string;
  action: MarketingAction;
  /** The platform's own interaction type, e.g. EmailOpened. */
  type: string;
  time: string;
  /** Label/value pairs: link, bounce reason, device, page address, form fields, … (text only). */
  details: Array<[string, string]>;
}

export interface MarketingInfo {
  channel: MarketingChannel;
  origin: MarketingOrigin;
  asset?: { id: string; table: string; name?: string };
  journey?: { id: string; name?: string };
  /** Newest first, duplicates the platform is known to emit counted once. */
  events: MarketingEvent[];
  /** Counts per action, in MARKETING_ACTIONS order, with the most telling detail (a link text). */
  actions: Array<{ action: MarketingAction; count: number; detail?: string }>;
  /** What the contact received, when known: subject, SMS text, push title and body. */
  content?: { subject?: string; title?: string; text?: string };
}

export interface Interaction {
  /** The record's own id (activityid, annotationid, postid, incidentid): unique across the timeline. */
  id: string;
  kind: InteractionKind;
  /** Id of the source that produced it. */
  source: string;
  title: string;
  /** Plain-text summary (never markup). */
  summary?: string;
  /** ISO time the timeline sorts by. */
  time: string;
  /** When the record was created in the CRM, when it differs from `time` (a call logged after it happened). */
  createdAt?: string;
  status?: InteractionStatus;
  /** The CRM's own label for the status reason, e.g. "Waiting on someone else". */
  statusLabel?: string;
  direction?: Direction;
  /** The other side of the conversation (for the record being viewed). */
  counterpart?: string;
  parties?: PartyRef[];
  owner?: string;
  /** Where a click opens it: the table and id of the CRM record. */
  open?: { entity: string; id: string };
  /** Short extra facts shown on the row (ticket number, duration, location, file name). */
  facts?: string[];
  /** Set on marketing interactions (one card per message, visit, form or event). */
  marketing?: MarketingInfo;
}

export const KIND_LABELS = labelMap<InteractionKind>('kind', [...SALES_SERVICE_KINDS, ...MARKETING_KINDS, 'activity']);

export const CHANNEL_LABELS = labelMap<MarketingChannel>('channel', ['email', 'sms', 'push', 'web', 'form', 'event']);

export const ACTION_LABELS = labelMap<MarketingAction>('action', MARKETING_ACTIONS);

export const STATUS_LABELS = labelMap<InteractionStatus>('status', [
  'open',
  'scheduled',
  'overdue',
  'completed',
  'canceled',
  'active',
  'resolved',
]);
