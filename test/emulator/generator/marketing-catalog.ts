// The marketing assets as rows: real-time e-mail, SMS and push templates, forms, journeys, events,
// and the outbound e-mails, forms and websites. Ids come from their own stream in a fixed order,
// so they depend on the seed only (MARKETING_EDGES and KNOWN_MARKETING rely on that).
import { deterministicGuid } from '../ids.ts';
import { insertRow } from '../store.ts';
import { DAY, HOUR, iso, type Gen } from './context.ts';
import {
  EMAILS,
  EVENTS,
  FORMS,
  JOURNEYS,
  PUSHES,
  SMSES,
  type EmailKey,
  type EventKey,
  type FormKey,
  type JourneyKey,
} from './marketing-content.ts';
import type { EmailLink } from './marketing-content.ts';
import {
  OUTBOUND_EMAILS,
  OUTBOUND_FORMS,
  WEBSITES,
  type OutboundEmailKey,
  type OutboundFormKey,
  type WebsiteKey,
} from './marketing-content-web.ts';
import { outboundEmailHtml, realtimeEmailHtml } from './marketing-html.ts';
import { stream } from './prng.ts';

export interface Asset {
  id: string;
  name: string;
}
export interface Template extends Asset {
  key: EmailKey;
  links: readonly EmailLink[];
  version: string;
}
export interface EventAsset extends Asset {
  start: number;
  end: number;
}

export interface Catalog {
  emails: Record<EmailKey, Template>;
  smses: Record<(typeof SMSES)[number]['key'], Asset & { link?: { name: string; url: string } }>;
  pushes: Record<(typeof PUSHES)[number]['key'], Asset & { url: string }>;
  forms: Record<FormKey, Asset & { page: string; fields: readonly string[] }>;
  journeys: Record<JourneyKey, Asset>;
  events: Record<EventKey, EventAsset>;
  outboundEmails: Record<OutboundEmailKey, Asset & { url: string }>;
  outboundForms: Record<OutboundFormKey, Asset & { page: string }>;
  websites: Record<WebsiteKey, Asset & { url: string }>;
  /** Outbound customer journeys (msdyncrm_customerjourney is not emulated: ids only). */
  outboundJourneys: string[];
  /** The short code real-time SMS are sent from. */
  senderPhone: string;
}

const FROM = { msdynmkt_fromname: 'Contoso', msdynmkt_fromemail: 'news@contoso.example' };

/** A date in the weeks after real-time journeys were installed (about 20 months ago), before any send. */
function assetCreated(gen: Gen, days: number): string {
  return iso(gen.now - days * DAY);
}

export function buildCatalog(gen: Gen): Catalog {
  const ids = stream(gen.seed, 'mkt-assets');
  const dates = stream(gen.seed, 'mkt-asset-dates');
  const { store } = gen;
  const record = <K extends string, V>(keys: readonly K[], make: (k: K, i: number) => V) =>
    Object.fromEntries(keys.map((k, i) => [k, make(k, i)])) as Record<K, V>;

  const emails = record(
    EMAILS.map((e) => e.key),
    (key) => {
      const c = EMAILS.find((e) => e.key === key)!;
      const id = ids.guid();
      const created = gen.now - dates.int(560, 600) * DAY;
      insertRow(store, 'msdynmkt_email', {
        msdynmkt_emailid: id,
        msdynmkt_name: c.name,
        msdynmkt_subject: c.subject,
        ...FROM,
        msdynmkt_emailbody: realtimeEmailHtml(c),
        statecode: 0,
        createdon: iso(created),
        modifiedon: iso(created + dates.int(1, 20) * DAY),
      });
      return { id, key, name: c.name, links: c.links, version: String(dates.int(2, 6)) };
    },
  );
  const smses = record(
    SMSES.map((s) => s.key),
    (key) => {
      const s = SMSES.find((x) => x.key === key)!;
      const id = ids.guid();
      insertRow(store, 'msdynmkt_sms', {
        msdynmkt_smsid: id,
        msdynmkt_name: s.name,
        msdynmkt_text: s.text,
        createdon: assetCreated(gen, dates.int(560, 600)),
      });
      return { id, name: s.name, ...('link' in s ? { link: s.link } : {}) };
    },
  );
  const pushes = record(
    PUSHES.map((p) => p.key),
    (key) => {
      const p = PUSHES.find((x) => x.key === key)!;
      const id = ids.guid();
      insertRow(store, 'msdynmkt_pushnotification', {
        msdynmkt_pushnotificationid: id,
        msdynmkt_name: p.name,
        msdynmkt_title: p.title,
        msdynmkt_body: p.body,
        createdon: assetCreated(gen, dates.int(560, 600)),
      });
      return { id, name: p.name, url: p.url };
    },
  );
  const forms = record(
    FORMS.map((f) => f.key),
    (key) => {
      const f = FORMS.find((x) => x.key === key)!;
      const id = ids.guid();
      insertRow(store, 'msdynmkt_marketingform', {
        msdynmkt_marketingformid: id,
        msdynmkt_name: f.name,
        createdon: assetCreated(gen, dates.int(560, 600)),
      });
      return { id, name: f.name, page: f.page, fields: f.fields };
    },
  );
  const journeys = record(
    JOURNEYS.map((j) => j.key),
    (key) => {
      const j = JOURNEYS.find((x) => x.key === key)!;
      const id = ids.guid();
      insertRow(store, 'msdynmkt_journey', {
        msdynmkt_journeyid: id,
        msdynmkt_name: j.name,
        createdon: assetCreated(gen, dates.int(555, 590)),
      });
      return { id, name: j.name };
    },
  );
  const events = record(
    EVENTS.map((e) => e.key),
    (key) => {
      const e = EVENTS.find((x) => x.key === key)!;
      const id = ids.guid();
      // Whole hours in the morning (Seattle time for the conference); webinars at 16:00 UTC.
      const day = Math.floor((gen.now + e.startDays * DAY) / DAY) * DAY;
      const start = day + (e.building === 'Online' ? 16 : 16.5) * HOUR;
      const end = start + e.hours * HOUR;
      insertRow(store, 'msevtmgt_event', {
        msevtmgt_eventid: id,
        msevtmgt_name: e.name,
        msevtmgt_eventstartdate: iso(start),
        msevtmgt_eventenddate: iso(end),
        msevtmgt_building: e.building,
        createdon: iso(Math.max(start - 120 * DAY, gen.now - 725 * DAY)),
      });
      return { id, name: e.name, start, end };
    },
  );
  const outboundEmails = record(
    OUTBOUND_EMAILS.map((e) => e.key),
    (key) => {
      const e = OUTBOUND_EMAILS.find((x) => x.key === key)!;
      const id = ids.guid();
      insertRow(store, 'msdyncrm_marketingemail', {
        msdyncrm_marketingemailid: id,
        msdyncrm_name: e.name,
        msdyncrm_subject: e.subject,
        msdyncrm_emailbody: outboundEmailHtml(e.subject, e.paragraphs, e.cta),
      });
      return { id, name: e.name, url: e.cta.url };
    },
  );
  const outboundForms = record(
    OUTBOUND_FORMS.map((f) => f.key),
    (key) => {
      const f = OUTBOUND_FORMS.find((x) => x.key === key)!;
      const id = ids.guid();
      insertRow(store, 'msdyncrm_marketingform', { msdyncrm_marketingformid: id, msdyncrm_name: f.name });
      return { id, name: f.name, page: f.page };
    },
  );
  const websites = record(
    WEBSITES.map((w) => w.key),
    (key) => {
      const w = WEBSITES.find((x) => x.key === key)!;
      const id = ids.guid();
      insertRow(store, 'msdyncrm_website', { msdyncrm_websiteid: id, msdyncrm_name: w.name, msdyncrm_url: w.url });
      return { id, name: w.name, url: w.url };
    },
  );
  const outboundJourneys = [0, 1, 2].map((i) => deterministicGuid(`mkt-outbound-journey:${gen.seed}:${i}`));
  return {
    emails,
    smses,
    pushes,
    forms,
    journeys,
    events,
    outboundEmails,
    outboundForms,
    websites,
    outboundJourneys,
    senderPhone: '+14255550199',
  };
}
