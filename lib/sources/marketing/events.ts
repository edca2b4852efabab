// One interaction-table row → one normalised marketing event, plus the card it belongs to.
import type { Row } from '../../dataverse/client';
import { t, type MessageKey } from '../../i18n';
import type { MarketingChannel, MarketingEvent } from '../../timeline/model';
import { INTERACTION_TYPES } from './interaction-types';

export interface RawEvent {
  event: MarketingEvent;
  channel: MarketingChannel;
  /** The card this event belongs to: one per message (and journey run), visit, form submission or registration. */
  cardKey: string;
  /** Key under which duplicates the platform emits collapse (two "delivered" on a remote bounce). */
  dedupeKey: string;
  messageId?: string;
  journeyId?: string;
  formId?: string;
  formName?: string;
  eventId?: string;
  websiteId?: string;
}

const text = (row: Row, column: string): string | undefined => {
  const v = row[column];
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
};
const id = (row: Row, column: string) => text(row, column)?.toLowerCase();

/** `[{"field":"First name","value":"Karim"}]` (or an object) → label/value pairs; anything odd → none. */
export function submittedFields(raw: string | undefined): Array<[string, string]> {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    const pairs: Array<[string, string]> = [];
    if (Array.isArray(parsed)) {
      for (const entry of parsed) {
        const field = (entry as { field?: unknown })?.field;
        const value = (entry as { value?: unknown })?.value;
        if (typeof field === 'string') pairs.push([field, value == null ? '' : String(value)]);
      }
    } else if (parsed && typeof parsed === 'object') {
      for (const [field, value] of Object.entries(parsed)) pairs.push([field, value == null ? '' : String(value)]);
    }
    return pairs.slice(0, 50);
  } catch {
    return [];
  }
}

function details(type: string, row: Row): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (label: MessageKey, value: string | undefined) => value && out.push([t(label), value]);
  switch (type) {
    case 'EmailClicked':
      add('detail.link', text(row, 'LinkText') ?? text(row, 'Link'));
      add('detail.address', text(row, 'TargetUrl'));
      break;
    case 'EmailHardBounced':
    case 'EmailSoftBounced':
      add('detail.bounce', t(type === 'EmailHardBounced' ? 'detail.hardBounce' : 'detail.softBounce'));
      add('detail.reason', text(row, 'BounceReason') ?? text(row, 'BounceCategory'));
      break;
    case 'EmailBlocked':
      add('detail.reason', text(row, 'BlockedReason') ?? text(row, 'Category'));
      break;
    case 'EmailDelivered':
      if (row.WasRemoteBounced === true) add('detail.note', t('detail.remoteBounce'));
      break;
    case 'SmsLinkClicked':
      add('detail.link', text(row, 'LinkName') ?? text(row, 'TargetUrl'));
      add('detail.address', text(row, 'TargetUrl'));
      break;
    case 'SmsReceived':
      add('detail.reply', text(row, 'Text'));
      add('detail.from', text(row, 'SenderPhoneNumber'));
      break;
    case 'SmsSent':
      add('detail.to', text(row, 'RecipientPhoneNumber'));
      break;
    case 'PushNotificationLinkClicked':
      add('detail.address', text(row, 'TargetUrl'));
      break;
    case 'WebsiteVisited':
    case 'WebsiteClicked': {
      add('detail.page', text(row, 'PageAddress'));
      add('detail.link', text(row, 'TargetUrl'));
      add('detail.referrer', text(row, 'ReferrerUri'));
      const seconds = text(row, 'VisitDuration');
      if (seconds) add('detail.timeOnPage', t('detail.seconds', { seconds }));
      break;
    }
    case 'FormVisited':
    case 'FormSubmitted':
      add('detail.page', text(row, 'PageUrl'));
      out.push(...submittedFields(text(row, 'SubmittedValues')));
      break;
  }
  if (type.startsWith('Email') && type !== 'EmailClicked') add('detail.addressUsed', text(row, 'EmailAddressUsed'));
  if (type.startsWith('PushNotification')) add('detail.device', text(row, 'Platform'));
  if (type === 'EmailOpened' || type === 'EmailClicked') {
    const place = [text(row, 'City'), text(row, 'CountryIsoCode')].filter(Boolean).join(', ');
    add('detail.location', place || undefined);
  }
  return out;
}

function cardKeyOf(channel: MarketingChannel, type: string, row: Row, eventId: string, day: string): string {
  const message = id(row, 'MessageId');
  const run = id(row, 'JourneyRunId') ?? id(row, 'SendingId') ?? id(row, 'CustomerJourneyId');
  switch (channel) {
    case 'email':
    case 'sms':
    case 'push':
      return message ? `${channel}:${message}:${run ?? day}` : `${channel}:${type.toLowerCase()}:${eventId}`;
    case 'web':
      return `web:${id(row, 'SessionId') ?? `${id(row, 'WebsiteId') ?? 'site'}:${day}`}`;
    case 'form':
      return id(row, 'FormSubmissionId') ? `form:${id(row, 'FormSubmissionId')}` : `form:${id(row, 'FormId') ?? 'form'}:${day}`;
    case 'event':
      return id(row, 'EventRegistrationId')
        ? `event:${id(row, 'EventRegistrationId')}`
        : `event:${id(row, 'EventId') ?? 'event'}:${eventId}`;
  }
}

/** A row of interaction table `type`; rows without an id or a valid time are dropped. */
export function eventFromRow(type: string, row: Row): RawEvent | null {
  const info = INTERACTION_TYPES[type];
  const eventId = id(row, 'InternalMarketingInteractionId') ?? id(row, 'InteractionId');
  const time = text(row, 'Timestamp');
  if (!info || !eventId || !time || Number.isNaN(Date.parse(time))) return null;
  const iso = new Date(time).toISOString();
  const cardKey = cardKeyOf(info.channel, type, row, eventId, iso.slice(0, 10));
  const distinguishing = id(row, 'LinkId') ?? text(row, 'PageAddress') ?? '';
  const optional = (key: keyof RawEvent, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    event: { id: eventId, action: info.action, type, time: iso, details: details(type, row) },
    channel: info.channel,
    cardKey,
    dedupeKey: `${type}|${cardKey}|${iso}|${distinguishing}`,
    ...optional('messageId', id(row, 'MessageId')),
    ...optional('journeyId', id(row, 'CustomerJourneyId')),
    ...optional('formId', id(row, 'FormId')),
    ...optional('formName', text(row, 'FormName')),
    ...optional('eventId', id(row, 'EventId')),
    ...optional('websiteId', id(row, 'WebsiteId')),
  };
}
