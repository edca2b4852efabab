import { describe, expect, it } from 'vitest';
import { buildCards } from '../../../lib/sources/marketing/cards';
import { eventFromRow, submittedFields } from '../../../lib/sources/marketing/events';
import { DEFAULT_MAPPING, INTERACTION_TYPES } from '../../../lib/sources/marketing/interaction-types';
import { fromOutboundRow, outboundDate } from '../../../lib/sources/outbound-marketing';
import { actionSummary } from '../../../components/timeline/MarketingDetails';
import { fixtureJson } from '../helpers/fixtures';

const CONTACT = '0dbe0fa3-8e18-e811-a951-000d3a37caec';
const MESSAGE = '5a2f3e76-9518-e811-a951-000d3a38caec';
const RUN = '538825cf-fe1c-4fee-a671-7984eabb62eb';
let n = 0;
const row = (type: string, time: string, extra: Record<string, unknown> = {}) => ({
  InternalMarketingInteractionId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  InteractionType: type,
  Timestamp: time,
  ContactId: CONTACT,
  MessageId: MESSAGE,
  JourneyRunId: RUN,
  CustomerJourneyId: '4c3846a1-9618-e811-a951-000d3a37cafc',
  ...extra,
});
const names = {
  lookup: (table: string, id: string) =>
    table === 'msdynmkt_email' && id === MESSAGE ? { name: 'Spring newsletter', subject: 'What’s new this spring' } : undefined,
  journey: () => 'Spring launch',
};

describe('interaction types', () => {
  it.each(Object.entries(INTERACTION_TYPES))('%s maps to a channel and an action', (type, info) => {
    const event = eventFromRow(
      type,
      row(type, '2026-03-01T10:00:00Z', { FormSubmissionId: 'f1', EventRegistrationId: 'r1', SessionId: 's1' }),
    );
    expect(event?.channel).toBe(info.channel);
    expect(event?.event.action).toBe(info.action);
    expect(event?.event.type).toBe(type);
  });

  it('uses the documented default mapping to entity sets', () => {
    expect(DEFAULT_MAPPING.EmailOpened).toBe('cij_emailopeneds');
    expect(DEFAULT_MAPPING.SmsLinkClicked).toBe('cij_smslinkclickeds');
    expect(Object.keys(DEFAULT_MAPPING)).toHaveLength(26);
  });

  it('drops rows without an id or a valid time, and unknown types', () => {
    expect(eventFromRow('EmailSent', { Timestamp: '2026-01-01T00:00:00Z' })).toBeNull();
    expect(eventFromRow('EmailSent', row('EmailSent', 'yesterday'))).toBeNull();
    expect(eventFromRow('CustomTriggerFired', row('CustomTriggerFired', '2026-01-01T00:00:00Z'))).toBeNull();
  });

  it('reads submitted form fields, and survives odd values', () => {
    expect(submittedFields('[{"field":"First name","value":"Karim"},{"field":"Opt in","value":true}]')).toEqual([
      ['First name', 'Karim'],
      ['Opt in', 'true'],
    ]);
    expect(submittedFields('{"Email":"k@example.com"}')).toEqual([['Email', 'k@example.com']]);
    expect(submittedFields('not json')).toEqual([]);
    expect(submittedFields(undefined)).toEqual([]);
  });
});

describe('message cards', () => {
  const rows = [
    row('EmailSent', '2026-03-01T10:00:00Z'),
    row('EmailDelivered', '2026-03-01T10:00:05Z'),
    row('EmailDelivered', '2026-03-01T10:00:05Z', { WasRemoteBounced: true }), // the remote-bounce duplicate
    row('EmailOpened', '2026-03-01T12:00:00Z', { City: 'Dubai', CountryIsoCode: 'AE' }),
    row('EmailOpened', '2026-03-02T08:00:00Z'),
    row('EmailOpened', '2026-03-05T08:00:00Z'),
    row('EmailClicked', '2026-03-02T08:01:00Z', { LinkText: 'Pricing', TargetUrl: 'https://contoso.example/pricing', LinkId: 'l1' }),
  ];
  const cards = buildCards(
    rows.map((r) => eventFromRow(r.InteractionType, r)!),
    'real-time',
    'marketing-realtime',
    names,
  );

  it('makes one card per message and journey run, not one row per event', () => {
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(card).toMatchObject({
      id: `email:${MESSAGE}:${RUN}`,
      kind: 'email',
      title: 'Spring newsletter',
      time: '2026-03-05T08:00:00.000Z',
    });
    expect(card.marketing).toMatchObject({
      channel: 'email',
      origin: 'real-time',
      journey: { name: 'Spring launch' },
      content: { subject: 'What’s new this spring' },
    });
  });

  it('counts the duplicate "delivered" of a remote bounce once', () => {
    const card = cards[0]!;
    expect(card.marketing!.events.filter((e) => e.action === 'delivered')).toHaveLength(1);
    expect(card.marketing!.events).toHaveLength(6);
  });

  it('summarises as the user reads it', () => {
    expect(actionSummary(cards[0]!.marketing!)).toBe("sent, delivered, opened 3×, clicked 'Pricing'");
  });

  it('keeps event details: link, location', () => {
    const clicked = cards[0]!.marketing!.events.find((e) => e.action === 'clicked')!;
    expect(clicked.details).toEqual([
      ['Link', 'Pricing'],
      ['Address', 'https://contoso.example/pricing'],
    ]);
    const opened = cards[0]!.marketing!.events.find((e) => e.details.some(([l]) => l === 'Location'))!;
    expect(opened.details).toContainEqual(['Location', 'Dubai, AE']);
  });

  it('groups web visits by session with the pages seen, titled by the site', () => {
    const visits = ['/products/surface-laptop', '/pricing', '/blog/hybrid-work'].map((page, i) =>
      row('WebsiteVisited', `2026-04-01T09:0${i}:00Z`, {
        MessageId: undefined,
        SessionId: 'sess-1',
        PageAddress: `https://www.contoso.example${page}`,
      }),
    );
    const [visit] = buildCards(
      visits.map((r) => eventFromRow('WebsiteVisited', r)!),
      'real-time',
      'x',
    );
    expect(visit).toMatchObject({ id: 'web:sess-1', kind: 'web', title: 'www.contoso.example' });
    expect(visit!.marketing!.events.map((e) => e.details[0]![1])).toEqual([
      'https://www.contoso.example/blog/hybrid-work',
      'https://www.contoso.example/pricing',
      'https://www.contoso.example/products/surface-laptop',
    ]);
    expect(actionSummary(visit!.marketing!)).toBe('visited 3×');
  });

  it('puts an event registration, its cancellation and check-in on one card', () => {
    const events = [
      row('EventRegistration', '2026-05-01T09:00:00Z', { MessageId: undefined, EventId: 'ev1', EventRegistrationId: 'REG1' }),
      row('EventCheckIn', '2026-05-20T09:00:00Z', { MessageId: undefined, EventId: 'ev1', EventRegistrationId: 'reg1' }),
    ].map((r) => eventFromRow(r.InteractionType, r)!);
    const [card] = buildCards(events, 'real-time', 'x');
    expect(card!.id).toBe('event:reg1');
    expect(actionSummary(card!.marketing!)).toBe('registered, checked in');
  });
});

describe('outbound interactions', () => {
  it('normalise from the real LoadInteractionsPublic response', () => {
    const response = fixtureJson<{ Data: string }>('msdyncrm-loadinteractionspublic-response.json');
    const [first] = JSON.parse(response.Data) as Array<Record<string, unknown>>;
    const event = fromOutboundRow('EmailSent', first!);
    expect(event).toMatchObject({
      channel: 'email',
      cardKey: 'outbound-email:5a2f3e76-9518-e811-a951-000d3a38caec:538825cf-fe1c-4fee-a671-7984eabb62eb',
      event: { action: 'sent', time: '2018-02-23T13:10:48.000Z' },
    });
    expect(event!.event.details).toContainEqual(['Address used', 'sample@adventure-works.com']);
  });

  it('write dates as MM-DD-YYYY', () => {
    expect(outboundDate(new Date('2022-05-01T00:00:00Z'))).toBe('05-01-2022');
  });
});
