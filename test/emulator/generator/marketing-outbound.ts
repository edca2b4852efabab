// Outbound marketing interactions of a contact (the years before real-time journeys), stored for
// msdyncrm_LoadInteractionsPublic in the documented element shape (store-outbound.ts).
import type { Row } from '../model.ts';
import { addOutboundInteraction } from '../store-outbound.ts';
import { ORGANIZATION_ID } from '../users.ts';
import { HOUR, iso, MINUTE, type Hist } from './context.ts';
import type { Catalog } from './marketing-catalog.ts';
import type { OutboundEmailKey, OutboundFormKey } from './marketing-content-web.ts';
import { SITE_URL, WEB_PAGES } from './marketing-content-web.ts';

/** Outbound interaction ids are 32 upper-case hex digits (the documented example). */
const interactionId = (h: Hist) => h.rng.guid().replace(/-/g, '').toUpperCase();

function element(h: Hist, type: string, t: number, fields: Row): Row {
  const p = h.person;
  return {
    InteractionId: interactionId(h),
    InteractionType: type,
    Timestamp: iso(t),
    OrganizationId: ORGANIZATION_ID,
    ContactId: p.id,
    ...fields,
  };
}

function add(h: Hist, type: string, t: number, fields: Row): void {
  addOutboundInteraction(h.gen.store, element(h, type, t, fields));
}

export interface OutboundEmailPlan {
  email: OutboundEmailKey;
  at: number;
  journey?: number;
  opens?: number;
  click?: boolean;
  /** Only sent and delivered (the window-edge interactions). */
  plain?: boolean;
}

export function outboundEmail(h: Hist, cat: Catalog, plan: OutboundEmailPlan): void {
  const email = cat.outboundEmails[plan.email];
  const journey = cat.outboundJourneys[(plan.journey ?? h.rng.int(0, 2)) % cat.outboundJourneys.length]!;
  const common = {
    EmailDomain: h.person.email.split('@')[1] ?? null,
    ActivityId: h.rng.guid(),
    SendingId: h.rng.guid(),
    MessageId: email.id,
    CustomerJourneyId: journey,
    CustomerJourneyIterationId: h.rng.guid(),
    UsageType: 'CustomerJourney',
    EmailAddressUsed: h.person.email,
  };
  add(h, 'EmailSent', plan.at, common);
  const bounced = !plan.plain && plan.opens === undefined && h.rng.chance(0.03);
  if (bounced) {
    add(h, 'EmailHardBounced', plan.at + h.rng.int(5, 60) * 1000, common);
    return;
  }
  add(h, 'EmailDelivered', plan.at + h.rng.int(5, 60) * 1000, common);
  if (plan.plain) return;
  const opens = plan.opens ?? (h.rng.chance(0.45) ? h.rng.int(1, 2) : 0);
  let t = plan.at + h.rng.int(10, 48 * 60) * MINUTE;
  for (let i = 0; i < opens; i++) {
    add(h, 'EmailOpened', t, common);
    t += h.rng.int(2, 72) * HOUR;
  }
  if (opens > 0 && (plan.click ?? h.rng.chance(0.35))) add(h, 'EmailClicked', t, { ...common, LinkUrl: email.url });
}

export function outboundForm(h: Hist, cat: Catalog, form: OutboundFormKey, at: number, submit: boolean): void {
  const f = cat.outboundForms[form];
  const fields = { MessageId: f.id, FormId: f.id, PageUrl: f.page, UsageType: 'Unspecified' };
  add(h, 'FormVisited', at, fields);
  if (submit) add(h, 'FormSubmitted', at + h.rng.int(1, 5) * MINUTE, fields);
}

export function outboundVisit(h: Hist, cat: Catalog, at: number): void {
  const site = cat.websites.corporate;
  let t = at;
  for (const page of h.rng.shuffle(WEB_PAGES).slice(0, h.rng.int(1, 3))) {
    add(h, 'WebsiteVisited', t, { MessageId: site.id, WebsiteId: site.id, PageUrl: `${SITE_URL}${page.path}`, UsageType: 'Unspecified' });
    t += h.rng.int(20, 240) * 1000;
  }
}

/** The partner roadshow (an outbound-era event): registration, and attendance for most. */
export function outboundEvent(h: Hist, cat: Catalog, at: number, attended: boolean): void {
  const event = cat.events.roadshow;
  const fields = { MessageId: event.id, EventId: event.id, UsageType: 'Unspecified' };
  if (at < event.start) add(h, 'EventRegistration', at, fields);
  if (attended && at < event.start) add(h, 'EventCheckIn', event.start + h.rng.int(0, 90) * MINUTE, fields);
}

/** A contact's outbound years between `from` and `to` (ms): a few e-mails, visits, forms, the roadshow. */
export function randomOutbound(h: Hist, cat: Catalog, from: number, to: number): void {
  // Opens and clicks follow a send by up to a few days: sends stop a week before `to`.
  const last = to - 7 * 86_400_000;
  if (last <= from) return;
  const at = () => from + Math.floor(h.rng.next() * (last - from));
  const general: OutboundEmailKey[] = ['product-update', 'partner-newsletter', 'year-end-offer', 'trade-show'];
  const sends = h.rng.int(2, 6);
  for (let i = 0; i < sends; i++) outboundEmail(h, cat, { email: h.rng.pick(general), at: at() });
  if (h.rng.chance(0.5)) outboundVisit(h, cat, at());
  if (h.rng.chance(0.3)) outboundForm(h, cat, h.rng.pick(['contact', 'guide'] as const), at(), h.rng.chance(0.6));
  const roadshow = cat.events.roadshow.start;
  if (h.rng.chance(0.2) && roadshow > from + 30 * 86_400_000)
    outboundEvent(h, cat, roadshow - h.rng.int(5, 30) * 86_400_000, h.rng.chance(0.7));
}
