// One real-time journey e-mail to one person: sent, then delivered, bounced or blocked; opens and
// link clicks after delivery. A remote bounce emits EmailDelivered twice with the same message,
// run and timestamp, as the platform does (known issue, reference §3.1); clients must dedupe.
import { HOUR, MINUTE } from './context.ts';
import type { Catalog } from './marketing-catalog.ts';
import type { EmailKey, JourneyKey } from './marketing-content.ts';
import { linkId, trackedLink } from './marketing-html.ts';
import { countryOf, emit, send, type MktHist, type Send } from './marketing-rows.ts';

export type Outcome = 'delivered' | 'soft' | 'hard' | 'remote' | 'blocked';

export interface EmailPlan {
  template: EmailKey;
  journey: JourneyKey;
  runId: string;
  /** The journey step (for JourneyActionId). */
  step: number;
  at: number;
  /** Forced outcome; otherwise drawn (consent and earlier hard bounces first). */
  outcome?: Outcome;
  /** Forced number of opens (0 = none). */
  opens?: number;
  /** Forced clicks, as indexes into the template's links. */
  clicks?: number[];
}

export interface EmailResult {
  send: Send;
  delivered: boolean;
  /** When each clicked link was clicked, by link index. */
  clicks: Map<number, number>;
}

const SOFT = {
  BounceCategory: 'MailboxFull',
  BounceReason: '452 4.2.2 The email account that you tried to reach is over quota.',
  BounceType: 'Soft',
};
const HARD = {
  BounceCategory: 'InvalidRecipient',
  BounceReason: '550 5.1.1 The email account that you tried to reach does not exist.',
  BounceType: 'Hard',
};
const REMOTE = {
  BounceCategory: 'MailboxFull',
  BounceReason: '552 5.2.2 Mailbox full (remote bounce after delivery).',
  BounceType: 'Remote',
};

function drawOutcome(h: MktHist, at: number): Outcome | 'consent' | 'dead' {
  const roll = h.rng.weighted({ delivered: 962, soft: 20, hard: 5, remote: 7, blocked: 6 });
  if (h.traits.emailDead) return 'dead';
  if (h.traits.optedOutAt !== undefined && at > h.traits.optedOutAt) return 'consent';
  return roll;
}

export function sendEmail(h: MktHist, cat: Catalog, plan: EmailPlan): EmailResult {
  const template = cat.emails[plan.template];
  const from = send(cat, plan.journey, plan.runId, plan.step, template.id);
  const drawn = drawOutcome(h, plan.at);
  // A plan that fixes the opens is a delivered e-mail unless it says otherwise.
  const outcome = plan.outcome ?? (plan.opens !== undefined ? 'delivered' : drawn);
  // Most segments leave out people without consent or with a dead address; some still try (blocked).
  const tried = h.rng.chance(0.25);
  if ((outcome === 'consent' || outcome === 'dead') && !tried) return { send: from, delivered: false, clicks: new Map() };
  const result: EmailResult = { send: from, delivered: false, clicks: new Map() };
  const email = { EmailAddressUsed: h.person.email, SendingId: h.rng.guid(), MessageTemplateVersion: template.version };
  const delay = h.rng.int(4, 90) * 1000;

  if (outcome === 'blocked' || outcome === 'consent' || outcome === 'dead') {
    const reason = outcome === 'consent' ? 'ConsentNotGiven' : outcome === 'dead' ? 'InvalidRecipientAddress' : 'FrequencyCapReached';
    const category = outcome === 'consent' ? 'Consent' : outcome === 'dead' ? 'Bounce' : 'FrequencyCap';
    emit(h, 'EmailBlocked', plan.at, { ...email, BlockedReason: reason, Category: category }, from);
    return result;
  }
  emit(h, 'EmailSent', plan.at, email, from);
  if (outcome === 'hard' || outcome === 'soft') {
    emit(
      h,
      outcome === 'hard' ? 'EmailHardBounced' : 'EmailSoftBounced',
      plan.at + delay,
      { ...email, ...(outcome === 'hard' ? HARD : SOFT) },
      from,
    );
    if (outcome === 'hard') h.traits.emailDead = true;
    return result;
  }
  const deliveredAt = plan.at + delay;
  const delivered = { ...email, WasRemoteBounced: outcome === 'remote', DeliveredCount: 1 };
  emit(h, 'EmailDelivered', deliveredAt, delivered, from);
  if (outcome === 'remote') {
    emit(h, 'EmailDelivered', deliveredAt, delivered, from);
    emit(h, 'EmailSoftBounced', deliveredAt + h.rng.int(2, 40) * MINUTE, { ...email, ...REMOTE }, from);
    return result;
  }
  result.delivered = true;

  const opens = plan.opens ?? (h.rng.chance(h.traits.openRate) ? 1 + Number(h.rng.chance(0.35)) + Number(h.rng.chance(0.15)) : 0);
  const engaged = { ...h.traits.client, City: h.person.city, CountryIsoCode: countryOf(h.person.city) };
  let t = deliveredAt + h.rng.int(3, 36 * 60) * MINUTE;
  const firstOpen = t;
  for (let i = 0; i < opens; i++) {
    emit(h, 'EmailOpened', t, { ...email, ...engaged }, from);
    t += h.rng.int(1, 4 * 24) * HOUR;
  }
  if (opens === 0) return result;
  const clicks = plan.clicks ?? (h.rng.chance(h.traits.clickRate) ? [h.rng.chance(0.7) ? 0 : h.rng.int(0, template.links.length - 1)] : []);
  let c = firstOpen + h.rng.int(1, 8) * MINUTE;
  for (const index of clicks) {
    const link = template.links[index];
    if (!link) continue;
    const row = emit(
      h,
      'EmailClicked',
      c,
      {
        ...email,
        ...engaged,
        Link: trackedLink(template.key, index),
        LinkId: linkId(template.key, index),
        LinkText: link.text,
        TargetUrl: link.url,
      },
      from,
    );
    if (row) result.clicks.set(index, c);
    c += h.rng.int(1, 10) * MINUTE;
  }
  return result;
}

/**
 * The footer's unsubscribe link (or the preferences form), then the preference centre: a
 * subscription change and the address opted out. Later sends to the person are blocked for want
 * of consent.
 */
export function unsubscribe(h: MktHist, at: number, from?: Send): void {
  const email = { EmailAddressUsed: h.person.email, SendingId: h.rng.guid(), MessageTemplateVersion: null };
  emit(h, 'EmailSubscriptionSubmit', at, email, from);
  if (emit(h, 'EmailAddressOptedOut', at + h.rng.int(1, 30) * 1000, email, from)) h.traits.optedOutAt = at;
}
