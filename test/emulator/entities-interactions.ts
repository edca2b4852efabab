// Real-time journeys interactions as virtual tables (the Fabric link of the CDM
// `CustomerInsightsJourneys` schema, reference dataverse.md §3.4). Touchpoint's documented default
// mapping: table `<Name>` is the entity set `cij_<name lower-cased>s`, logical name
// `cij_<name lower-cased>`, and the columns keep the schema's PascalCase names exactly.
import { attrs } from './entity-attrs.ts';
import type { EntityDef } from './model.ts';

/** Columns every interaction table has. Unmarked columns are strings (GUIDs included, as in the schema). */
const COMMON =
  'InternalMarketingInteractionId InteractionType Timestamp:datetime ContactId LeadId ProfileId ProfileType ' +
  'CustomerJourneyId JourneyRunId JourneyActionId MessageId OrganizationId IdempotencyId SourceSystem:int';

const EMAIL = 'EmailAddressUsed SendingId MessageTemplateVersion';
const ENGAGED = 'EmailClientId DeviceTypeId OperatingSystemId BrowserId City CountryIsoCode';
const BOUNCE = 'BounceCategory BounceReason BounceType';
const SMS = 'RecipientPhoneNumber SenderPhoneNumber';
const PUSH = 'DeviceId Platform';
const WEB = 'PageAddress PageId WebsiteId ReferrerUri SessionId VisitDuration:int';
const FORM = 'FormId FormName FormSubmissionId PageUrl SubmittedValues';
const EVENT = 'EventId EventRegistrationId';

/** The 26 tables Touchpoint reads, with their own columns (a selection of the schema's). */
export const INTERACTION_COLUMNS = {
  EmailSent: EMAIL,
  EmailDelivered: `${EMAIL} WasRemoteBounced:bool DeliveredCount:int`,
  EmailOpened: `${EMAIL} ${ENGAGED}`,
  EmailClicked: `${EMAIL} ${ENGAGED} Link LinkId LinkText TargetUrl`,
  EmailHardBounced: `${EMAIL} ${BOUNCE}`,
  EmailSoftBounced: `${EMAIL} ${BOUNCE}`,
  EmailBlocked: `${EMAIL} BlockedReason Category`,
  EmailSubscriptionSubmit: EMAIL,
  EmailAddressOptedOut: EMAIL,
  SmsSent: SMS,
  SmsDelivered: SMS,
  SmsBounced: SMS,
  SmsNotSent: SMS,
  SmsLinkClicked: `${SMS} LinkName TargetUrl`,
  // pk: the schema lists no column for the inbound text; `Text` holds it (e.g. "STOP").
  SmsReceived: `${SMS} Text`,
  PushNotificationSent: PUSH,
  PushNotificationNotSent: PUSH,
  PushNotificationOpened: PUSH,
  PushNotificationLinkClicked: `${PUSH} TargetUrl`,
  WebsiteVisited: WEB,
  WebsiteClicked: `${WEB} TargetUrl`,
  FormVisited: FORM,
  FormSubmitted: FORM,
  EventRegistration: EVENT,
  EventRegistrationCanceled: EVENT,
  EventCheckIn: `${EVENT} EventCheckInId`,
} as const satisfies Record<string, string>;

export type InteractionType = keyof typeof INTERACTION_COLUMNS;
export const INTERACTION_TYPES = Object.keys(INTERACTION_COLUMNS) as InteractionType[];

/** `EmailOpened` → `cij_emailopened` (the entity set adds `s`). */
export function interactionTable(type: string): string {
  return `cij_${type.toLowerCase()}`;
}

/** Columns without a type are strings. */
function typed(spec: string): string {
  return spec
    .trim()
    .split(/\s+/)
    .map((c) => (c.includes(':') ? c : `${c}:string`))
    .join(' ');
}

export const INTERACTION_DEFS: EntityDef[] = INTERACTION_TYPES.map((type, i) => {
  const logicalName = interactionTable(type);
  return {
    logicalName,
    entitySetName: `${logicalName}s`,
    privilegeName: logicalName,
    objectTypeCode: 10600 + i,
    primaryKey: 'InternalMarketingInteractionId',
    primaryName: 'InteractionType',
    attributes: attrs(typed(`${COMMON} ${INTERACTION_COLUMNS[type]}`)),
    singleNav: {},
    collectionNav: {},
  };
});
