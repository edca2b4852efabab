// What the org's API says of a record's marketing history: the cards Touchpoint should show, keyed
// by the documented card ids, computed here from the raw interaction rows and Dataverse records.
import type { Page } from 'playwright-core';

export const REALTIME_TABLES = [
  'EmailSent',
  'EmailDelivered',
  'EmailOpened',
  'EmailClicked',
  'EmailHardBounced',
  'EmailSoftBounced',
  'EmailBlocked',
  'EmailSubscriptionSubmit',
  'EmailAddressOptedOut',
  'SmsSent',
  'SmsDelivered',
  'SmsBounced',
  'SmsNotSent',
  'SmsLinkClicked',
  'SmsReceived',
  'PushNotificationSent',
  'PushNotificationNotSent',
  'PushNotificationOpened',
  'PushNotificationLinkClicked',
  'WebsiteVisited',
  'WebsiteClicked',
  'FormVisited',
  'FormSubmitted',
  'EventRegistration',
  'EventRegistrationCanceled',
  'EventCheckIn',
];

export interface ExpectedMarketing {
  cards: string[];
  rows: Record<string, Array<Record<string, unknown>>>;
}

export async function expectedMarketing(page: Page, entity: 'contact' | 'lead', id: string, since: string): Promise<ExpectedMarketing> {
  return page.evaluate(
    async ({ entity, id, since, tables }) => {
      const getAll = async (path: string) => {
        const out: Array<Record<string, unknown>> = [];
        let url: string | undefined = `/api/data/v9.2/${path}`;
        while (url) {
          const response = await fetch(url, { headers: { Accept: 'application/json', Prefer: 'odata.maxpagesize=5000' } });
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          const body = (await response.json()) as { value: Array<Record<string, unknown>>; '@odata.nextLink'?: string };
          out.push(...body.value);
          url = body['@odata.nextLink'];
        }
        return out;
      };
      const lower = (v: unknown) => (typeof v === 'string' && v ? v.toLowerCase() : undefined);
      const profile = entity === 'lead' ? 'LeadId' : 'ContactId';
      const cards = new Set<string>();
      const rows: Record<string, Array<Record<string, unknown>>> = {};
      for (const type of tables) {
        const list = await getAll(`cij_${type.toLowerCase()}s?$filter=${profile} eq '${id}' and Timestamp ge ${since}`);
        rows[type] = list;
        for (const r of list) {
          const day = new Date(String(r.Timestamp)).toISOString().slice(0, 10);
          const run = lower(r.JourneyRunId) ?? lower(r.SendingId) ?? lower(r.CustomerJourneyId) ?? day;
          const channel = type.startsWith('Email')
            ? 'email'
            : type.startsWith('Sms')
              ? 'sms'
              : type.startsWith('Push')
                ? 'push'
                : type.startsWith('Website')
                  ? 'web'
                  : type.startsWith('Form')
                    ? 'form'
                    : 'event';
          const rowId = lower(r.InternalMarketingInteractionId);
          if (channel === 'email' || channel === 'sms' || channel === 'push')
            cards.add(lower(r.MessageId) ? `${channel}:${lower(r.MessageId)}:${run}` : `${channel}:${type.toLowerCase()}:${rowId}`);
          else if (channel === 'web') cards.add(`web:${lower(r.SessionId) ?? `${lower(r.WebsiteId) ?? 'site'}:${day}`}`);
          else if (channel === 'form')
            cards.add(lower(r.FormSubmissionId) ? `form:${lower(r.FormSubmissionId)}` : `form:${lower(r.FormId) ?? 'form'}:${day}`);
          else
            cards.add(
              lower(r.EventRegistrationId) ? `event:${lower(r.EventRegistrationId)}` : `event:${lower(r.EventId) ?? 'event'}:${rowId}`,
            );
        }
      }
      const lookup = entity === 'lead' ? 'lead' : 'contact';
      for (const s of await getAll(
        `msdynmkt_marketingformsubmissions?$select=msdynmkt_marketingformsubmissionid&$filter=_msdynmkt_${lookup}id_value eq ${id} and createdon ge ${since}`,
      )) {
        cards.add(`form:${lower(s.msdynmkt_marketingformsubmissionid)}`);
      }
      for (const r of await getAll(
        `msevtmgt_eventregistrations?$select=msevtmgt_eventregistrationid&$filter=_msevtmgt_${lookup}id_value eq ${id} and modifiedon ge ${since}`,
      )) {
        cards.add(`event:${lower(r.msevtmgt_eventregistrationid)}`);
      }
      if (entity === 'contact') {
        for (const c of await getAll(
          `msevtmgt_checkins?$select=msevtmgt_checkinid,_msevtmgt_registration_value&$filter=_msevtmgt_contact_value eq ${id} and createdon ge ${since}`,
        )) {
          cards.add(`event:${lower(c._msevtmgt_registration_value) ?? `checkin:${lower(c.msevtmgt_checkinid)}`}`);
        }
      }
      return { cards: [...cards].sort(), rows };
    },
    { entity, id, since, tables: REALTIME_TABLES },
  );
}
