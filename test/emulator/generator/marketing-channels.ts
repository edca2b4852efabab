// Text messages, push notifications and website visits of one person.
import { deterministicGuid } from '../ids.ts';
import { MINUTE } from './context.ts';
import type { Catalog } from './marketing-catalog.ts';
import type { JourneyKey, PushKey, SmsKey } from './marketing-content.ts';
import { REFERRERS, SITE_URL, WEB_PAGES } from './marketing-content-web.ts';
import { emit, send, type MktHist } from './marketing-rows.ts';

/** E.164, as SMS providers report numbers. */
const e164 = (phone: string) => phone.replace(/[^\d+]/g, '');

export interface SmsPlan {
  sms: SmsKey;
  journey: JourneyKey;
  runId: string;
  step: number;
  at: number;
  /** Forced: the person taps the link (only texts with a link). */
  click?: boolean;
  /** Forced: the person answers STOP. */
  stop?: boolean;
}

/** Sent and delivered (a few bounce); after a STOP reply, later texts are not sent. Returns when the link was tapped. */
export function sendSms(h: MktHist, cat: Catalog, plan: SmsPlan): number | null {
  const sms = cat.smses[plan.sms];
  const from = send(cat, plan.journey, plan.runId, plan.step, sms.id);
  const numbers = { RecipientPhoneNumber: e164(h.person.phone), SenderPhoneNumber: cat.senderPhone };
  const bounced = h.rng.chance(0.04);
  const click = plan.click ?? h.rng.chance(0.25);
  const stop = plan.stop ?? h.rng.chance(0.04);
  if (h.traits.smsStoppedAt !== undefined && plan.at > h.traits.smsStoppedAt) {
    emit(h, 'SmsNotSent', plan.at, numbers, from);
    return null;
  }
  emit(h, 'SmsSent', plan.at, numbers, from);
  const delivered = plan.at + h.rng.int(2, 40) * 1000;
  if (bounced && plan.click === undefined) {
    emit(h, 'SmsBounced', delivered, numbers, from);
    return null;
  }
  emit(h, 'SmsDelivered', delivered, numbers, from);
  let clickedAt: number | null = null;
  if (sms.link && click) {
    const t = delivered + h.rng.int(1, 180) * MINUTE;
    if (emit(h, 'SmsLinkClicked', t, { ...numbers, LinkName: sms.link.name, TargetUrl: sms.link.url }, from)) clickedAt = t;
  }
  if (stop) {
    // An inbound keyword reply: from the person's phone to the short code.
    const reply = { RecipientPhoneNumber: cat.senderPhone, SenderPhoneNumber: numbers.RecipientPhoneNumber, Text: 'STOP' };
    if (emit(h, 'SmsReceived', delivered + h.rng.int(1, 90) * MINUTE, reply, from)) h.traits.smsStoppedAt = delivered;
  }
  return clickedAt;
}

export interface PushPlan {
  push: PushKey;
  journey: JourneyKey;
  runId: string;
  step: number;
  at: number;
  open?: boolean;
  click?: boolean;
}

/** Only for people with the app; the app may be uninstalled by now (not sent). */
export function sendPush(h: MktHist, cat: Catalog, plan: PushPlan): void {
  const app = h.traits.app;
  if (!app) return;
  const push = cat.pushes[plan.push];
  const from = send(cat, plan.journey, plan.runId, plan.step, push.id);
  const notSent = h.rng.chance(0.03);
  const open = plan.open ?? h.rng.chance(0.45);
  const click = plan.click ?? h.rng.chance(0.4);
  if (notSent && plan.open === undefined) {
    emit(h, 'PushNotificationNotSent', plan.at, app, from);
    return;
  }
  emit(h, 'PushNotificationSent', plan.at, app, from);
  if (!open) return;
  const opened = plan.at + h.rng.int(1, 240) * MINUTE;
  emit(h, 'PushNotificationOpened', opened, app, from);
  if (click) emit(h, 'PushNotificationLinkClicked', opened + h.rng.int(5, 60) * 1000, { ...app, TargetUrl: push.url }, from);
}

export interface VisitPlan {
  at: number;
  /** Page paths in order; drawn when absent. */
  pages?: string[];
  referrer?: string;
  /** Click the last page's call to action (if it has one). */
  click?: boolean;
}

/** One browsing session: several WebsiteVisited rows with one SessionId. Returns when it ended. */
export function visitWebsite(h: MktHist, cat: Catalog, plan: VisitPlan): number {
  const site = cat.websites.corporate;
  const count = h.rng.int(2, 5);
  const paths = plan.pages ?? h.rng.shuffle(WEB_PAGES.map((p) => p.path)).slice(0, count);
  const sessionId = h.rng.guid();
  let referrer = plan.referrer ?? h.rng.pick(REFERRERS);
  let t = plan.at;
  const click = plan.click ?? h.rng.chance(0.3);
  for (const [i, path] of paths.entries()) {
    const page = WEB_PAGES.find((p) => p.path === path) ?? { path, seconds: [20, 120] as [number, number] };
    const seconds = h.rng.int(page.seconds[0], page.seconds[1]);
    const address = `${SITE_URL}${path}`;
    const web = {
      PageAddress: address,
      PageId: deterministicGuid(`mkt-page:${path}`),
      WebsiteId: site.id,
      ReferrerUri: referrer,
      SessionId: sessionId,
    };
    emit(h, 'WebsiteVisited', t, { ...web, VisitDuration: seconds });
    if (i === paths.length - 1 && click && page.click) {
      emit(h, 'WebsiteClicked', t + seconds * 1000, { ...web, VisitDuration: seconds, TargetUrl: page.click.url });
    }
    referrer = address;
    t += (seconds + h.rng.int(1, 8)) * 1000;
  }
  return t;
}
