// An ordinary person's real-time marketing over the last 18 months: the segment sends they were
// in (monthly newsletter, spring launch, webinars, Contoso Connect), triggered journeys (onboarding,
// renewal), visits to the website and forms. Steps are planned first, then run in time order, so
// consent (an unsubscribe, an SMS STOP) affects only what comes after it.
import { deterministicGuid } from '../ids.ts';
import { DAY, HOUR, MINUTE, type Gen } from './context.ts';
import type { Catalog } from './marketing-catalog.ts';
import { NEWSLETTERS, type EventKey } from './marketing-content.ts';
import { sendPush, sendSms, visitWebsite } from './marketing-channels.ts';
import { sendEmail, unsubscribe } from './marketing-email.ts';
import { cancel, checkIn, fillForm, register } from './marketing-events.ts';
import type { MktHist } from './marketing-rows.ts';

/** How far back real-time interactions go (installed 20 months ago; 18 months of history). */
export const REALTIME_SPAN = 540 * DAY;

export interface Audience {
  newsletter: boolean;
  sms: boolean;
  web: boolean;
  events: boolean;
  renewal: boolean;
}

/** A segment send's run: the same for every recipient of that wave. */
export function waveRun(gen: Gen, wave: string): string {
  return deterministicGuid(`mkt-run:${gen.seed}:${wave}`);
}

/** `days` ago at `hours` UTC (the send time of a wave), independent of now's time of day. */
export function dayAt(gen: Gen, days: number, hours: number): number {
  return Math.floor((gen.now - days * DAY) / DAY) * DAY + hours * HOUR;
}

type Step = { at: number; run: () => void };

/** Invitation, sign-up (form for webinars), registration, a few cancellations, attendance once held. */
function invite(h: MktHist, cat: Catalog, add: (at: number, run: () => void) => void, event: EventKey, days: number, sms: boolean): void {
  const { gen, rng } = h;
  const webinar = event !== 'connect';
  const template = webinar ? 'webinar-invitation' : 'event-invitation';
  const journey = webinar ? 'webinars' : 'connect';
  const runId = waveRun(gen, `invite:${event}`);
  const at = dayAt(gen, days, 15) + rng.int(0, 60) * MINUTE;
  const e = cat.events[event];
  add(at, () => {
    const mail = sendEmail(h, cat, { template, journey, runId, step: 1, at });
    const clicked = mail.clicks.get(0);
    if (clicked === undefined && !rng.chance(0.1)) return;
    let regAt = (clicked ?? at + rng.int(1, 9) * DAY) + 2 * MINUTE;
    if (webinar) regAt = (fillForm(h, cat, { form: 'webinar-signup', at: regAt }) ?? regAt) + MINUTE;
    if (regAt >= e.start) return;
    const reg = register(h, cat, event, regAt);
    if (!reg) return;
    if (rng.chance(0.12)) {
      cancel(h, cat, reg, regAt + Math.floor(rng.next() * (e.start - regAt)));
      return;
    }
    if (sms)
      sendSms(h, cat, {
        sms: webinar ? 'webinar-soon' : 'event-reminder',
        journey,
        runId,
        step: 2,
        at: e.start - (webinar ? HOUR : DAY),
      });
    if (!webinar) sendPush(h, cat, { push: 'connect-tomorrow', journey, runId, step: 3, at: e.start - DAY + 2 * HOUR });
    if (rng.chance(webinar ? 0.6 : 0.75)) checkIn(h, cat, reg, e.start + rng.int(-20, 90) * MINUTE);
  });
}

export function randomCampaigns(h: MktHist, cat: Catalog, audience: Audience): void {
  const { gen, rng, person } = h;
  const start = Math.max(person.createdon + DAY, gen.now - REALTIME_SPAN);
  const steps: Step[] = [];
  const add = (at: number, run: () => void) => {
    if (at >= start) steps.push({ at, run });
  };

  if (audience.newsletter) {
    for (let k = 0; k < 18; k++) {
      if (!rng.chance(0.9)) continue;
      const at = dayAt(gen, 15 + 30 * k, 9) + rng.int(0, 90) * MINUTE;
      const template = NEWSLETTERS[k % NEWSLETTERS.length]!;
      const unsubscribes = rng.chance(0.004);
      add(at, () => {
        const mail = sendEmail(h, cat, { template, journey: 'newsletter', runId: waveRun(gen, `newsletter:${k}`), step: 1, at });
        if (mail.delivered && unsubscribes) unsubscribe(h, at + rng.int(2, 48) * HOUR, mail.send);
      });
    }
    if (rng.chance(0.06)) {
      const at = start + Math.floor(rng.next() * (gen.now - start));
      const optOut = rng.chance(0.35);
      add(at, () => {
        const submitted = fillForm(h, cat, { form: 'newsletter-preferences', at });
        if (submitted && optOut) unsubscribe(h, submitted + MINUTE);
      });
    }
  }
  if (rng.chance(0.5)) {
    const runId = waveRun(gen, 'spring-launch');
    const at = dayAt(gen, 50, 8) + rng.int(0, 120) * MINUTE;
    add(at, () => {
      sendEmail(h, cat, { template: 'product-launch', journey: 'spring-launch', runId, step: 1, at });
      if (audience.sms) {
        const tapped = sendSms(h, cat, { sms: 'launch-offer', journey: 'spring-launch', runId, step: 2, at: at + DAY });
        if (tapped && audience.web) visitWebsite(h, cat, { at: tapped + MINUTE, pages: ['/products/surface-laptop', '/pricing'] });
      }
      sendPush(h, cat, { push: 'launch-day', journey: 'spring-launch', runId, step: 3, at: at + 2 * HOUR });
    });
  }
  if (audience.events || rng.chance(0.2)) invite(h, cat, add, 'webinar-workplace', 95, audience.sms);
  if (audience.events || rng.chance(0.15)) invite(h, cat, add, 'webinar-hybrid', 10, audience.sms);
  if (audience.events) invite(h, cat, add, 'connect', 90, audience.sms);
  if (rng.chance(0.3)) {
    const at = dayAt(gen, 200, 14) + rng.int(0, 60) * MINUTE;
    add(at, () => sendEmail(h, cat, { template: 'customer-survey', journey: 'feedback', runId: waveRun(gen, 'survey'), step: 1, at }));
  }
  if (rng.chance(0.4)) {
    const at = dayAt(gen, 80 + 365 * rng.int(0, 1), 10) + rng.int(0, 60) * MINUTE;
    add(at, () =>
      sendEmail(h, cat, {
        template: 'holiday-greetings',
        journey: 'greetings',
        runId: waveRun(gen, `greetings:${at > gen.now - 365 * DAY}`),
        step: 1,
        at,
      }),
    );
  }
  if (person.createdon > gen.now - REALTIME_SPAN) {
    const runId = rng.guid();
    const at = person.createdon + DAY + rng.int(0, 8) * HOUR;
    add(at, () => {
      sendEmail(h, cat, { template: 'welcome', journey: 'onboarding', runId, step: 1, at });
      sendEmail(h, cat, { template: 'getting-started', journey: 'onboarding', runId, step: 2, at: at + 3 * DAY });
    });
  }
  if (audience.renewal) {
    const runId = rng.guid();
    const at = start + Math.floor(rng.next() * Math.max(gen.now - 20 * DAY - start, DAY));
    add(at, () => {
      sendEmail(h, cat, { template: 'renewal-reminder', journey: 'renewal', runId, step: 1, at });
      if (audience.sms) sendSms(h, cat, { sms: 'renewal-notice', journey: 'renewal', runId, step: 2, at: at + 23 * DAY });
    });
  }
  if (audience.web) {
    const sessions = rng.int(1, 6);
    for (let s = 0; s < sessions; s++) {
      const at = start + Math.floor(rng.next() * (gen.now - start));
      const form = rng.chance(0.25);
      add(at, () => {
        const end = visitWebsite(h, cat, { at });
        if (form) fillForm(h, cat, { form: 'contact-us', at: end + MINUTE, visitOnly: !rng.chance(0.45) });
      });
    }
  }
  steps.sort((a, b) => a.at - b.at);
  for (const step of steps) step.run();
}
