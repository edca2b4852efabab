// Event registrations and check-ins stored in Dataverse (msevtmgt_eventregistration, msevtmgt_checkin),
// one card per registration: registered, canceled, checked in. Same card id as the real-time events.
import type { Row } from '../dataverse/client';
import { ok } from '../dataverse/errors';
import { buildQuery, formatted, guidLiteral, isoDate, num, str } from '../dataverse/query';
import { t } from '../i18n';
import type { Interaction, MarketingEvent } from '../timeline/model';
import { summariseActions } from './marketing/cards';
import { realtimeWindowStart } from './marketing/windows';
import type { TimelineSource } from './types';

const ID = 'marketing-events';

export function registrationsQuery(entity: 'contact' | 'lead', id: string, since: Date): string {
  return buildQuery('msevtmgt_eventregistrations', {
    select: ['msevtmgt_eventregistrationid', 'msevtmgt_name', '_msevtmgt_eventid_value', 'statecode', 'createdon', 'modifiedon'],
    filter: `${entity === 'lead' ? '_msevtmgt_leadid_value' : '_msevtmgt_contactid_value'} eq ${guidLiteral(id)} and modifiedon ge ${since.toISOString()}`,
    orderby: ['createdon desc'],
  });
}

export function checkinsQuery(id: string, since: Date): string {
  return buildQuery('msevtmgt_checkins', {
    select: ['msevtmgt_checkinid', '_msevtmgt_event_value', '_msevtmgt_registration_value', 'createdon'],
    filter: `_msevtmgt_contact_value eq ${guidLiteral(id)} and createdon ge ${since.toISOString()}`,
  });
}

interface Card {
  eventId?: string;
  eventName?: string;
  events: MarketingEvent[];
}

export function eventCards(registrations: readonly Row[], checkins: readonly Row[]): Interaction[] {
  const cards = new Map<string, Card>();
  const cardFor = (key: string) => {
    let card = cards.get(key);
    if (!card) cards.set(key, (card = { events: [] }));
    return card;
  };
  for (const row of registrations) {
    const id = str(row, 'msevtmgt_eventregistrationid')?.toLowerCase();
    const created = isoDate(row, 'createdon');
    if (!id || !created) continue;
    const card = cardFor(id);
    card.eventId = str(row, '_msevtmgt_eventid_value')?.toLowerCase();
    card.eventName = formatted(row, '_msevtmgt_eventid_value');
    card.events.push({
      id: `${id}:registered`,
      action: 'registered',
      type: 'EventRegistration',
      time: new Date(created).toISOString(),
      details: [],
    });
    const modified = isoDate(row, 'modifiedon');
    if (num(row, 'statecode') === 1 && modified) {
      card.events.push({
        id: `${id}:canceled`,
        action: 'registration-canceled',
        type: 'EventRegistrationCanceled',
        time: new Date(modified).toISOString(),
        details: [],
      });
    }
  }
  for (const row of checkins) {
    const id = str(row, 'msevtmgt_checkinid')?.toLowerCase();
    const time = isoDate(row, 'createdon');
    if (!id || !time) continue;
    const registration = str(row, '_msevtmgt_registration_value')?.toLowerCase();
    const card = cardFor(registration ?? `checkin:${id}`);
    card.eventId ??= str(row, '_msevtmgt_event_value')?.toLowerCase();
    card.eventName ??= formatted(row, '_msevtmgt_event_value');
    card.events.push({ id, action: 'checked-in', type: 'EventCheckIn', time: new Date(time).toISOString(), details: [] });
  }
  return [...cards].map(([key, card]) => {
    const events = card.events.sort((a, b) => (a.time < b.time ? 1 : -1));
    return {
      id: `event:${key}`,
      kind: 'event',
      source: ID,
      title: card.eventName ?? t('cardTitle.event'),
      time: events[0]!.time,
      marketing: {
        channel: 'event',
        origin: 'dataverse',
        ...(card.eventId
          ? { asset: { id: card.eventId, table: 'msevtmgt_event', ...(card.eventName ? { name: card.eventName } : {}) } }
          : {}),
        events,
        actions: summariseActions(events),
      },
    } satisfies Interaction;
  });
}

export const marketingEventsSource: TimelineSource = {
  id: ID,
  get label() {
    return t('sourceName.marketing-events');
  },
  kinds: ['event'],
  requiredPrivileges: ['prvReadmsevtmgt_event', 'prvReadmsevtmgt_eventregistration'],
  appliesTo: ['contact', 'lead'],
  async fetch(ctx) {
    const since = realtimeWindowStart(ctx.now, ctx.config.realtimeMonths);
    const [registrations, checkins] = await Promise.all([
      ctx.client.getAllPages(registrationsQuery(ctx.record.entity, ctx.record.id, since), { signal: ctx.signal, annotations: true }),
      ctx.record.entity === 'contact'
        ? ctx.client.getAllPages(checkinsQuery(ctx.record.id, since), { signal: ctx.signal, annotations: true })
        : Promise.resolve(ok([])),
    ]);
    if (!registrations.ok) return registrations.error.kind === 'not-found' ? ok([]) : registrations;
    // Check-ins need their own privilege; without it the registrations still show.
    return ok(eventCards(registrations.value, checkins.ok ? checkins.value : []));
  },
};
