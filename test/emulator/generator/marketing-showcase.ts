// The showcase marketing histories of KNOWN.contact and KNOWN.lead: every channel at fixed ages
// (most within the last 90 days, the window the current docs name), so browser tests find each
// kind. KNOWN.contact also gets the window edges of seed-ids.ts MARKETING_EDGES and outbound years.
import { DAY, HOUR, MINUTE, type Gen } from './context.ts';
import type { Catalog } from './marketing-catalog.ts';
import { sendPush, sendSms, visitWebsite } from './marketing-channels.ts';
import { sendEmail } from './marketing-email.ts';
import { cancel, checkIn, fillForm, register } from './marketing-events.ts';
import { outboundEmail, outboundEvent, outboundForm, outboundVisit } from './marketing-outbound.ts';
import { outboundCutoff, realtimeEdgeAges } from './marketing-dates.ts';
import type { MktHist } from './marketing-rows.ts';
import { dayAt, waveRun } from './marketing-campaigns.ts';
import { stream } from './prng.ts';

/** The journey runs of the two real-time edges: their own stream, so they depend on the seed only. */
export function edgeRuns(gen: Gen): { inside: string; outside: string } {
  const rng = stream(gen.seed, 'mkt-edges');
  return { inside: rng.guid(), outside: rng.guid() };
}

export function showcase(h: MktHist, cat: Catalog): void {
  const { gen, person } = h;
  // Older items stay inside the person's lifetime (the showcase lead is younger than a year).
  const life = Math.floor((gen.now - person.createdon) / DAY) - 2;
  const at = (days: number, hours: number) => dayAt(gen, Math.min(days, life), hours);
  const run = () => h.rng.guid();

  sendEmail(h, cat, {
    template: 'summer-newsletter',
    journey: 'newsletter',
    runId: waveRun(gen, 'showcase:summer'),
    step: 1,
    at: at(240, 9),
    opens: 1,
    clicks: [],
  });
  sendEmail(h, cat, {
    template: 'autumn-newsletter',
    journey: 'newsletter',
    runId: waveRun(gen, 'showcase:autumn'),
    step: 1,
    at: at(150, 9),
    opens: 2,
    clicks: [1],
  });

  // A webinar sign-up from the invitation, canceled before the day.
  const workplace = sendEmail(h, cat, {
    template: 'webinar-invitation',
    journey: 'webinars',
    runId: run(),
    step: 1,
    at: at(95, 15),
    opens: 1,
    clicks: [0],
  });
  const signedUp = fillForm(h, cat, { form: 'webinar-signup', at: (workplace.clicks.get(0) ?? at(95, 16)) + 2 * MINUTE });
  const canceled = register(h, cat, 'webinar-workplace', (signedUp ?? at(95, 16)) + MINUTE);
  if (canceled) cancel(h, cat, canceled, at(80, 11));

  // Contoso Connect: invited, registered, reminded by SMS and push, checked in at the door.
  const connectRun = run();
  const connect = sendEmail(h, cat, {
    template: 'event-invitation',
    journey: 'connect',
    runId: connectRun,
    step: 1,
    at: at(90, 15),
    opens: 1,
    clicks: [0],
  });
  const reg = register(h, cat, 'connect', (connect.clicks.get(0) ?? at(90, 16)) + 3 * MINUTE);
  const start = cat.events.connect.start;
  sendSms(h, cat, { sms: 'event-reminder', journey: 'connect', runId: connectRun, step: 2, at: start - DAY, click: false, stop: false });
  sendPush(h, cat, {
    push: 'connect-tomorrow',
    journey: 'connect',
    runId: connectRun,
    step: 3,
    at: start - DAY + 2 * HOUR,
    open: true,
    click: false,
  });
  if (reg) checkIn(h, cat, reg, start + 25 * MINUTE);

  // The spring launch: e-mail, SMS with a link that leads to the website and the contact form, push.
  const launchRun = run();
  sendEmail(h, cat, {
    template: 'product-launch',
    journey: 'spring-launch',
    runId: launchRun,
    step: 1,
    at: at(50, 8),
    opens: 2,
    clicks: [0],
  });
  const tapped = sendSms(h, cat, {
    sms: 'launch-offer',
    journey: 'spring-launch',
    runId: launchRun,
    step: 2,
    at: at(49, 8),
    click: true,
    stop: false,
  });
  const visitEnd = visitWebsite(h, cat, {
    at: (tapped ?? at(49, 9)) + MINUTE,
    pages: ['/products/surface-laptop', '/products/surface-laptop/specs', '/pricing'],
    referrer: cat.smses['launch-offer'].link?.url ?? 'https://www.bing.com/',
    click: true,
  });
  fillForm(h, cat, {
    form: 'contact-us',
    at: visitEnd + MINUTE,
    message: 'Please send us a quote for 25 Surface Laptops with three years of support.',
  });
  sendPush(h, cat, { push: 'launch-day', journey: 'spring-launch', runId: launchRun, step: 3, at: at(50, 10), open: true, click: true });

  // The remote bounce: two EmailDelivered rows for one message, then the bounce.
  const onboarding = run();
  sendEmail(h, cat, { template: 'getting-started', journey: 'onboarding', runId: onboarding, step: 2, at: at(30, 10), outcome: 'remote' });
  sendEmail(h, cat, { template: 'renewal-reminder', journey: 'renewal', runId: run(), step: 1, at: at(20, 9), opens: 1, clicks: [] });
  sendEmail(h, cat, {
    template: 'spring-newsletter',
    journey: 'newsletter',
    runId: waveRun(gen, 'showcase:spring'),
    step: 1,
    at: at(12, 9),
    opens: 2,
    clicks: [0],
  });

  const hybrid = sendEmail(h, cat, {
    template: 'webinar-invitation',
    journey: 'webinars',
    runId: run(),
    step: 1,
    at: at(10, 15),
    opens: 1,
    clicks: [0],
  });
  const hybridForm = fillForm(h, cat, { form: 'webinar-signup', at: (hybrid.clicks.get(0) ?? at(10, 16)) + 2 * MINUTE });
  register(h, cat, 'webinar-hybrid', (hybridForm ?? at(10, 16)) + MINUTE);

  visitWebsite(h, cat, {
    at: at(5, 13),
    pages: ['/blog/hybrid-work-checklist', '/products/surface-hub', '/pricing'],
    referrer: 'https://www.bing.com/',
    click: false,
  });
}

/** KNOWN.contact only: one journey e-mail just inside and one just outside a 12-month window. */
export function realtimeEdges(h: MktHist, cat: Catalog): void {
  const { gen } = h;
  const runs = edgeRuns(gen);
  const ages = realtimeEdgeAges(gen.now);
  sendEmail(h, cat, {
    template: 'customer-survey',
    journey: 'feedback',
    runId: runs.inside,
    step: 1,
    at: gen.now - ages.inside,
    outcome: 'delivered',
    opens: 0,
  });
  sendEmail(h, cat, {
    template: 'holiday-greetings',
    journey: 'greetings',
    runId: runs.outside,
    step: 1,
    at: gen.now - ages.outside,
    outcome: 'delivered',
    opens: 0,
  });
}

/**
 * KNOWN.contact's outbound years: the two edge e-mails a day either side of the cut-off (each the
 * only use of its asset on this contact), and some ordinary outbound activity on both sides.
 */
export function outboundShowcase(h: MktHist, cat: Catalog): void {
  const cutoff = outboundCutoff(h.gen.now).getTime();
  outboundEmail(h, cat, { email: 'year-end-offer', at: cutoff + DAY, journey: 0, plain: true });
  outboundEmail(h, cat, { email: 'trade-show', at: cutoff - DAY, journey: 1, plain: true });
  outboundEmail(h, cat, { email: 'product-update', at: cutoff + 60 * DAY, journey: 2, opens: 1, click: true });
  outboundEmail(h, cat, { email: 'partner-newsletter', at: cutoff + 150 * DAY, journey: 1, opens: 1, click: false });
  outboundEmail(h, cat, { email: 'product-update', at: cutoff - 40 * DAY, journey: 2, opens: 1, click: false });
  outboundVisit(h, cat, cutoff + 61 * DAY);
  outboundForm(h, cat, 'contact', cutoff + 61 * DAY + 10 * MINUTE, true);
  const roadshow = cat.events.roadshow.start;
  if (roadshow - 12 * DAY > h.person.createdon) outboundEvent(h, cat, roadshow - 12 * DAY, true);
}
