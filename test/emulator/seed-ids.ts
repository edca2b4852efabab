// Ids that tests, the demo and docs can rely on. They are what the generator produces for
// DEFAULT_SEED at the POSITIONS in generator/positions.ts (independent of `now`);
// test/unit/emulator/seed-ids.test.ts fails if they drift.
import { outboundCutoff, realtimeEdgeAges } from './generator/marketing-dates.ts';

/** The "Sales Hub" model-driven app (main.aspx?appid=…). */
export const APP_ID = '5b8d3e8a-2c71-4f0e-9a4d-7c6e1f2b3a90';
export const APP_NAME = 'Sales Hub';
export const APP_UNIQUE_NAME = 'msdynce_saleshub';

export const KNOWN = {
  /** Karim Khalil: a typical contact with tens of items of every kind (e-mails in and out, calls, meetings, tasks incl. an overdue one, notes, posts, cases). */
  contact: '02964e67-a9d4-4422-acc6-573c7cc89a07',
  /** James Reynolds: a second typical contact like `contact`; parent contact of `leadWithContact`. */
  contact2: '9c53ef27-9ff6-467f-9850-36441df9f58a',
  /** Andrés López: the key-account buyer with more than 5,000 items. */
  bigContact: '9238dd21-70f7-4551-82d5-2deb2f3ad2d3',
  /** Ananya Reddy: no history at all (not even as a party). */
  emptyContact: '28bc736e-6162-48f5-82e4-d5a56560e6ec',
  /** Sabine Schäfer (Silverline Foods): a lead with tens of items. */
  lead: 'ce66827a-4343-46f5-8616-3247d22167dd',
  /** Hannah Harper (Litware, Inc.): a lead with items whose parent contact (`contact2`) has cases. */
  leadWithContact: 'd2d20acb-0790-467e-8d38-a505a42c9e2d',
  /** Bodega Los Olivos: the key account, where `bigContact` works. */
  account: 'b401ad67-d254-4e59-b584-e77f76a21be3',
} as const;

/** Display names of the KNOWN records, e.g. for quick-search tests. */
export const KNOWN_NAMES: Record<keyof typeof KNOWN, string> = {
  contact: 'Karim Khalil',
  contact2: 'James Reynolds',
  bigContact: 'Andrés López',
  emptyContact: 'Ananya Reddy',
  lead: 'Sabine Schäfer',
  leadWithContact: 'Hannah Harper',
  account: 'Bodega Los Olivos',
};

export { outboundCutoff, realtimeInstallDate } from './generator/marketing-dates.ts';
export { DEFAULT_TIMELINE_VERSION, TIMELINE_MIN_VERSION } from './generator/marketing-solutions.ts';

/** Whole-second UTC text, as the interactions carry it. */
const isoAt = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const wholeSeconds = (now: Date | number) => Math.floor(new Date(now).getTime() / 1000) * 1000;

/**
 * Marketing interactions of KNOWN.contact at the edges of the windows the timeline applies. Each
 * uses an asset that appears nowhere else on that contact. `timestamp(now)` gives the interaction's
 * time for the emulator's `now` (the browser tests' own clock is close enough: the margins are a day).
 * - realtime*: a journey e-mail (EmailSent, EmailDelivered) one day inside / outside a 12-month
 *   window, whether counted as 12 calendar months or 365 days;
 * - outbound*: an outbound EmailSent (and EmailDelivered) one day after / before the outbound cut-off,
 *   the later of the DynamicsMKT_Journeys install date (realtimeInstallDate) and 2022-05-01.
 */
export const MARKETING_EDGES = {
  realtimeInside: {
    messageId: '927edffe-71f6-4827-996d-adbbfdc29270',
    journeyRunId: 'eb6e91fe-9362-438c-8204-eb291db60cad',
    name: 'Annual customer survey',
    timestamp: (now: Date | number) => isoAt(wholeSeconds(now) - realtimeEdgeAges(wholeSeconds(now)).inside),
  },
  realtimeOutside: {
    messageId: '4449eb49-e46b-49f6-8a68-e9bb7a780414',
    journeyRunId: '66f5a1c6-8347-4648-83ec-a16160c35a71',
    name: 'Holiday greetings',
    timestamp: (now: Date | number) => isoAt(wholeSeconds(now) - realtimeEdgeAges(wholeSeconds(now)).outside),
  },
  outboundInside: {
    messageId: '39976d9d-998f-4916-8194-2bde9c33f295',
    interactionType: 'EmailSent',
    name: 'Year-end offer',
    timestamp: (now: Date | number) => isoAt(outboundCutoff(now).getTime() + 86_400_000),
  },
  outboundOutside: {
    messageId: 'ae1b0c14-a9f9-4296-a616-66e586d3f85b',
    interactionType: 'EmailSent',
    name: 'Trade show invitation',
    timestamp: (now: Date | number) => isoAt(outboundCutoff(now).getTime() - 86_400_000),
  },
} as const;

/** Names of marketing assets on the KNOWN.contact and KNOWN.lead timelines (all within the last 90 days). */
export const KNOWN_MARKETING = {
  springNewsletter: 'Spring newsletter',
  springNewsletterSubject: 'Fresh ideas for your workplace this spring',
  productLaunch: 'Product launch: Surface Laptop',
  webinarInvitation: 'Webinar invitation',
  /** The e-mail whose remote bounce left two EmailDelivered rows. */
  remoteBounced: 'Onboarding: getting started tips',
  launchSms: 'Launch offer SMS',
  eventSms: 'Contoso Connect reminder SMS',
  launchPush: 'Launch day push',
  launchPushTitle: 'The new Surface Laptop is here',
  contactForm: 'Contact us',
  webinarForm: 'Webinar sign-up',
  /** Registered and checked in. */
  conference: 'Contoso Connect',
  /** Registered, then canceled. */
  canceledWebinar: 'Webinar: The modern workplace',
  /** Registered; three weeks ahead. */
  upcomingWebinar: 'Webinar: Securing hybrid work',
  website: 'Contoso corporate site',
  /** Link text of a click on the product launch e-mail. */
  clickedLink: 'Pricing',
} as const;
