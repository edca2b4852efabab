// E-mail subjects and HTML bodies that read like real correspondence: greeting, a few paragraphs,
// a signature and, on replies, the quoted previous message (as Outlook formats it).
import type { Rng } from './prng.ts';
import { fill, MONTHS, WEEKDAYS } from './texts.ts';

interface Topic {
  subject: string;
  /** Paragraphs when we (Contoso) start the thread. */
  out: readonly string[];
  /** Paragraphs when the customer starts it. */
  in: readonly string[];
}

const TOPICS: readonly Topic[] = [
  {
    subject: 'Quote for {n} {product}',
    out: [
      'As promised, please find our quote for {n} {product} below. Prices include three years of on-site support.',
      'The offer is valid until the end of {month}. Happy to walk you through it on a call.',
    ],
    in: [
      'Could you send us a quote for {n} {product}? We would need delivery to our {city} office.',
      'Ideally we would have them before the end of {month}.',
    ],
  },
  {
    subject: 'Follow-up on our call',
    out: [
      'Thanks for your time on the phone today. As discussed, I have attached the datasheet and a short summary.',
      'Let me know if anything is missing before you take it to your team.',
    ],
    in: [
      'Thanks for the call earlier. I shared your notes with our IT lead, who has a couple of questions.',
      'Would you have 30 minutes later this week?',
    ],
  },
  {
    subject: 'Renewal proposal {year}',
    out: [
      'Your current agreement for {product} ends in {month}. I have prepared a renewal proposal with the same terms and a 5% loyalty discount.',
      'If you would like to add seats, now is a good time.',
    ],
    in: ['We are starting our budget planning for {year}. Can you send the renewal figures for {product}?'],
  },
  {
    subject: 'Invoice {invoice}',
    out: ['Please find invoice {invoice} for the recent delivery attached. Payment terms are 30 days net.'],
    in: ['We received invoice {invoice}, but the PO number is missing. Could you reissue it with our PO reference?'],
  },
  {
    subject: 'Delivery schedule for order {order}',
    out: ['Your order {order} has left our warehouse. Expected delivery is {day}.', 'The tracking link is in our customer portal.'],
    in: ['Could you confirm the delivery date for order {order}? Our loading dock is closed on Fridays.'],
  },
  {
    subject: 'Question about the {product} warranty',
    out: ['Following up on your warranty question: all {product} come with a three-year next-business-day warranty.'],
    in: ['One of our {product} stopped working after 14 months. Is it still covered?', 'The serial number is on the attached photo.'],
  },
  {
    subject: 'Introduction: {user} from Contoso',
    out: [
      'My name is {user} and I am your new account manager at Contoso. I will be your main contact from now on.',
      'Would you be open to a short introduction call next week?',
    ],
    in: ['A colleague recommended Contoso. We are looking for a partner for {product} and would like to learn more.'],
  },
  {
    subject: 'Updated pricing for {company}',
    out: ['We have updated our price list. Attached are the new prices that apply to {company} from {month}.'],
    in: ['Has anything changed in your pricing for {product}? Our finance team asked me to check.'],
  },
  {
    subject: 'Contract draft v{n}',
    out: ['Attached is the revised contract draft. Changes are marked; the main one is the payment schedule in section 4.'],
    in: ['Our legal team reviewed the draft and has two comments on the liability clause. See the marked-up copy.'],
  },
  {
    subject: 'Onboarding next steps',
    out: [
      'Welcome aboard! Here is what happens next:',
      'Our onboarding team will contact you within two working days to schedule the kick-off.',
    ],
    in: ['We signed the order yesterday. What are the next steps for onboarding?'],
  },
  {
    subject: 'Training session for your team',
    out: ['We can offer a two-hour training session on {product} for up to 15 people, on site or online.'],
    in: ['Some of our new staff need training on {product}. Do you offer sessions?'],
  },
  {
    subject: "Can we move {day}'s meeting?",
    out: ['Something came up on my side. Could we move our meeting to the same time next week?'],
    in: ['Sorry for the short notice – could we reschedule {day}? I have a conflict with our board meeting.'],
  },
  {
    subject: 'Your feedback on the pilot',
    out: ['The pilot with {n} {product} ends next week. I would love to hear your team’s feedback.'],
    in: ['Quick feedback on the pilot: the team likes the {product}, battery life is a concern though.'],
  },
  {
    subject: 'Purchase order {po}',
    out: ['Thank you for purchase order {po}. We have confirmed it and will send the order confirmation shortly.'],
    in: ['Please find attached our purchase order {po} for {n} {product}.'],
  },
];

const CASE_TOPIC: Topic = {
  subject: '{ticket}: {title}',
  out: [
    'Thank you for contacting Contoso Support. We have opened case {ticket} for your request.',
    'An engineer will get back to you within one business day.',
  ],
  in: ['We have a problem: {title}. It started a few days ago.', 'Can someone from support look into this?'],
};

const REPLY_OUT = [
  'Thanks for getting back to me, {first}. That works for us.',
  'Good question – I checked with our product team and the answer is yes.',
  'I have updated the document accordingly, see the new version attached.',
  'Understood. I will hold the current offer until you have an internal decision.',
  'Thanks, I have passed this on to our logistics team and will confirm tomorrow.',
];
const REPLY_IN = [
  'Thanks {userFirst}, that is helpful.',
  'Sounds good. Please go ahead.',
  'We discussed it internally and would like to proceed, but need the numbers split by site.',
  'Could you also include the price for extended support?',
  'Apologies for the delay – I was travelling. Let us pick this up next week.',
];
const CASE_REPLY_OUT = [
  'Could you send us the serial number and a photo of the label?',
  'A replacement has been dispatched today.',
  'We have applied a fix; please let us know if the issue comes back.',
];
const CASE_REPLY_IN = [
  'Here are the details you asked for.',
  'The issue is still happening on two devices.',
  'Thanks, it works now. You can close the case.',
];

const CLOSINGS = ['Best regards,', 'Kind regards,', 'Many thanks,', 'Best,', 'Cheers,'];

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface Mailbox {
  name: string;
  first: string;
  email: string;
  /** Signature lines after the name: title, company, phone. */
  signature: readonly string[];
}

export interface EmailText {
  subject: string;
  html: string;
  /** The written part without the quote, for the next reply to quote. */
  ownHtml: string;
}

export interface QuoteOf {
  from: Mailbox;
  to: Mailbox;
  sent: string;
  subject: string;
  ownHtml: string;
}

const FONT = 'font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#201f1e';

function quoteBlock(q: QuoteOf): string {
  return (
    `<div style="${FONT};border-top:1px solid #e1e1e1;padding-top:6px;margin-top:12px">` +
    `<p><b>From:</b> ${esc(q.from.name)} &lt;${esc(q.from.email)}&gt;<br>` +
    `<b>Sent:</b> ${esc(q.sent)}<br><b>To:</b> ${esc(q.to.name)} &lt;${esc(q.to.email)}&gt;<br>` +
    `<b>Subject:</b> ${esc(q.subject)}</p>${q.ownHtml}</div>`
  );
}

function quoteTable(rng: Rng, vars: Record<string, string | number>): string {
  const qty = Number(vars.n) || 10;
  const unit = rng.int(8, 160) * 10;
  const row = (a: string, b: string, c: string) =>
    `<tr><td style="padding:2px 12px 2px 0">${a}</td><td style="padding:2px 12px 2px 0">${b}</td><td>${c}</td></tr>`;
  return (
    `<table style="${FONT};border-collapse:collapse"><tr><th align="left">Item</th><th align="left">Qty</th><th align="left">Unit price</th></tr>` +
    row(esc(String(vars.product)), String(qty), `$${unit}.00`) +
    row('On-site support (3 years)', String(qty), `$${(unit / 10).toFixed(2)}`) +
    `</table>`
  );
}

/** One e-mail of a thread. `quote` is the message it answers (its subject gets "RE: "). */
export function composeEmail(
  rng: Rng,
  opts: {
    from: Mailbox;
    to: Mailbox;
    outgoing: boolean;
    vars: Record<string, string | number>;
    caseMail?: boolean;
    quote?: QuoteOf;
    topicIndex?: number;
  },
): EmailText & { topicIndex: number } {
  const topicIndex = opts.topicIndex ?? rng.int(0, TOPICS.length - 1);
  const topic = opts.caseMail ? CASE_TOPIC : (TOPICS[topicIndex] as Topic);
  const baseSubject = fill(topic.subject, opts.vars);
  const subject = opts.quote ? `RE: ${opts.quote.subject.replace(/^RE: /, '')}` : baseSubject;

  let paragraphs: string[];
  if (opts.quote) {
    const pool = opts.caseMail ? (opts.outgoing ? CASE_REPLY_OUT : CASE_REPLY_IN) : opts.outgoing ? REPLY_OUT : REPLY_IN;
    paragraphs = [rng.pick(pool)];
    if (rng.chance(0.4)) paragraphs.push(rng.pick(pool));
  } else {
    paragraphs = [...(opts.outgoing ? topic.out : topic.in)];
  }
  const p = (html: string) => `<p>${html}</p>`;
  let body = p(`${opts.outgoing ? 'Hi' : rng.pick(['Hi', 'Hello', 'Dear'])} ${esc(opts.to.first)},`);
  body += [...new Set(paragraphs)].map((text) => p(esc(fill(text, opts.vars)))).join('');
  if (!opts.quote && !opts.caseMail && topicIndex === 0 && opts.outgoing) body += quoteTable(rng, opts.vars);
  if (opts.outgoing && !opts.caseMail && rng.chance(0.2)) {
    body += p(
      `More details: <a href="https://www.contoso.example/products/${encodeURIComponent(String(opts.vars.product).replace(/ /g, '-'))}">${esc(String(opts.vars.product))} overview</a>`,
    );
  }
  const sig = [esc(opts.from.name), ...opts.from.signature.map(esc)].join('<br>');
  body += p(`${rng.pick(CLOSINGS)}<br>${sig}`);
  const ownHtml = `<div style="${FONT}">${body}</div>`;
  const html = `<html><body>${ownHtml}${opts.quote ? quoteBlock(opts.quote) : ''}</body></html>`;
  return { subject, html, ownHtml, topicIndex };
}

/** Outlook-style "Sent:" line, e.g. "Tuesday, March 4, 2025 10:12 AM" (UTC; formatted by hand because Intl is slow). */
export function sentLine(iso: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const time = `${h % 12 === 0 ? 12 : h % 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${time}`;
}
