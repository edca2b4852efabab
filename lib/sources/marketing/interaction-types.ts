// The Customer Insights – Journeys interaction tables Touchpoint reads (CDM CustomerInsightsJourneys
// schema, reference §3.4), what each means in the normalised model, and the columns it needs.
import type { MarketingAction, MarketingChannel } from '../../timeline/model';

export interface InteractionTypeInfo {
  channel: MarketingChannel;
  action: MarketingAction;
  /** Columns beyond the common ones. */
  columns: readonly string[];
}

const EMAIL = ['EmailAddressUsed', 'SendingId'];
const ENGAGEMENT = ['EmailClientId', 'DeviceTypeId', 'OperatingSystemId', 'BrowserId', 'City', 'CountryIsoCode'];
const BOUNCE = ['BounceCategory', 'BounceReason', 'BounceType'];
const SMS = ['RecipientPhoneNumber', 'SenderPhoneNumber'];
const PUSH = ['DeviceId', 'Platform'];
const WEB = ['PageAddress', 'PageId', 'WebsiteId', 'ReferrerUri', 'SessionId', 'VisitDuration'];
const FORM = ['FormId', 'FormName', 'FormSubmissionId', 'PageUrl'];
const EVENT = ['EventId', 'EventRegistrationId'];

export const INTERACTION_TYPES: Record<string, InteractionTypeInfo> = {
  EmailSent: { channel: 'email', action: 'sent', columns: EMAIL },
  EmailDelivered: { channel: 'email', action: 'delivered', columns: [...EMAIL, 'WasRemoteBounced', 'DeliveredCount'] },
  EmailOpened: { channel: 'email', action: 'opened', columns: ENGAGEMENT },
  EmailClicked: { channel: 'email', action: 'clicked', columns: [...ENGAGEMENT, 'Link', 'LinkId', 'LinkText', 'TargetUrl'] },
  EmailHardBounced: { channel: 'email', action: 'bounced', columns: [...EMAIL, ...BOUNCE] },
  EmailSoftBounced: { channel: 'email', action: 'bounced', columns: [...EMAIL, ...BOUNCE] },
  EmailBlocked: { channel: 'email', action: 'blocked', columns: [...EMAIL, 'BlockedReason', 'Category'] },
  EmailSubscriptionSubmit: { channel: 'email', action: 'subscription-changed', columns: ['EmailAddressUsed'] },
  EmailAddressOptedOut: { channel: 'email', action: 'opted-out', columns: ['EmailAddressUsed'] },
  SmsSent: { channel: 'sms', action: 'sent', columns: SMS },
  SmsDelivered: { channel: 'sms', action: 'delivered', columns: SMS },
  SmsBounced: { channel: 'sms', action: 'bounced', columns: SMS },
  SmsNotSent: { channel: 'sms', action: 'not-sent', columns: SMS },
  SmsLinkClicked: { channel: 'sms', action: 'clicked', columns: [...SMS, 'LinkName', 'TargetUrl'] },
  SmsReceived: { channel: 'sms', action: 'received', columns: [...SMS, 'Text'] },
  PushNotificationSent: { channel: 'push', action: 'sent', columns: PUSH },
  PushNotificationNotSent: { channel: 'push', action: 'not-sent', columns: PUSH },
  PushNotificationOpened: { channel: 'push', action: 'opened', columns: PUSH },
  PushNotificationLinkClicked: { channel: 'push', action: 'clicked', columns: [...PUSH, 'TargetUrl'] },
  WebsiteVisited: { channel: 'web', action: 'visited', columns: WEB },
  WebsiteClicked: { channel: 'web', action: 'clicked', columns: [...WEB, 'TargetUrl'] },
  FormVisited: { channel: 'form', action: 'visited', columns: FORM },
  FormSubmitted: { channel: 'form', action: 'submitted', columns: [...FORM, 'SubmittedValues'] },
  EventRegistration: { channel: 'event', action: 'registered', columns: EVENT },
  EventRegistrationCanceled: { channel: 'event', action: 'registration-canceled', columns: EVENT },
  EventCheckIn: { channel: 'event', action: 'checked-in', columns: [...EVENT, 'EventCheckInId'] },
};

export const COMMON_COLUMNS = [
  'InternalMarketingInteractionId',
  'InteractionType',
  'Timestamp',
  'ContactId',
  'LeadId',
  'CustomerJourneyId',
  'JourneyRunId',
  'MessageId',
  'IdempotencyId',
] as const;

/**
 * Touchpoint's documented default mapping: the CDM table `EmailOpened` exposed to Dataverse as the
 * virtual table `cij_emailopened`, entity set `cij_emailopeneds`, columns keeping the schema's names.
 * The options page can map each table to another entity set per org.
 */
export function defaultEntitySet(type: string): string {
  return `cij_${type.toLowerCase()}s`;
}

export type InteractionMapping = Record<string, string>;

export const DEFAULT_MAPPING: InteractionMapping = Object.fromEntries(Object.keys(INTERACTION_TYPES).map((t) => [t, defaultEntitySet(t)]));
