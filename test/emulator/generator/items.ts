// One timeline item of each activity kind for a person (contact or lead): e-mail threads, calls,
// meetings, tasks, letters and faxes, with realistic states, dates and parties.
import { USERS, type EmulatedUser } from '../users.ts';
import { insertActivity, MASK, userRef, type Party, type StateName } from './activities.ts';
import { DAY, HOUR, iso, MINUTE, officeTime, personRef, type Hist, type Person, type Ref } from './context.ts';
import { composeEmail, sentLine, type Mailbox, type QuoteOf } from './emails.ts';
import type { Rng } from './prng.ts';
import { autoPost } from './records.ts';
import { CALL_NOTES, CALL_SUBJECTS, fill, LOCATIONS, MEETING_SUBJECTS, MONTHS, PRODUCTS, TASK_SUBJECTS, WEEKDAYS } from './texts.ts';

export interface CaseInfo {
  ref: Ref;
  ticket: string;
  title: string;
}

export interface ItemOpts {
  /** ms before now (negative = in the future). */
  age: number;
  regarding?: Ref;
  owner?: EmulatedUser;
  caseInfo?: CaseInfo;
}

export function vars(h: Hist, t: number, owner: EmulatedUser, extra: Record<string, string> = {}): Record<string, string | number> {
  const { rng, person } = h;
  const d = new Date(t + 3 * DAY);
  return {
    first: person.first,
    last: person.last,
    company: person.company,
    city: person.city,
    user: owner.fullname,
    userFirst: owner.fullname.split(' ')[0] ?? owner.fullname,
    product: rng.pick(PRODUCTS),
    n: rng.pick([5, 10, 12, 20, 25, 40, 50, 75, 100, 150, 200, 250]),
    quarter: rng.int(1, 4),
    month: MONTHS[d.getUTCMonth()] ?? 'June',
    day: WEEKDAYS[(d.getUTCDay() % 5) + 1] ?? 'Monday',
    year: new Date(t).getUTCFullYear() + (rng.chance(0.5) ? 1 : 0),
    invoice: `INV-${new Date(t).getUTCFullYear()}-${rng.code(5, '0123456789')}`,
    order: `SO-${rng.code(6, '0123456789')}`,
    po: `PO-${rng.code(7, '0123456789')}`,
    ...extra,
  };
}

function personMailbox(p: Person): Mailbox {
  return { name: p.fullname, first: p.first, email: p.email, signature: [p.jobtitle, p.company, p.phone].filter(Boolean) };
}

function userMailbox(u: EmulatedUser): Mailbox {
  const title = u.key === 'service' ? 'Customer Support' : u.key === 'marketer' ? 'Marketing' : 'Account Manager';
  return {
    name: u.fullname,
    first: u.fullname.split(' ')[0] ?? u.fullname,
    email: u.email,
    signature: [`${title} | Contoso Ltd.`, '+1 425 555 0100'],
  };
}

/** Another contact of the same account, to copy in or invite. */
function colleague(h: Hist): Person | undefined {
  const others = h.person.account?.contacts.filter((c) => c.id !== h.person.id && !c.quiet) ?? [];
  return others.length ? h.rng.pick(others) : undefined;
}

function otherUser(rng: Rng, not: EmulatedUser): EmulatedUser {
  return rng.pick(Object.values(USERS).filter((u) => u.key !== not.key));
}

/** An e-mail thread of 1–4 messages; returns how many items it added for the person. */
export function emailThread(h: Hist, opts: ItemOpts & { outgoing?: boolean; length?: number }): number {
  const { gen, rng, person } = h;
  const owner = opts.owner ?? person.owner;
  const length = opts.length ?? Number(rng.weighted({ 1: 5, 2: 3, 3: 2, 4: 1 }));
  let outgoing = opts.outgoing ?? rng.chance(0.55);
  let t = officeTime(gen, rng, opts.age);
  const base = vars(h, t, owner, opts.caseInfo ? { ticket: opts.caseInfo.ticket, title: opts.caseInfo.title } : {});
  const me = personMailbox(person);
  const us = userMailbox(owner);
  const cc = rng.chance(0.2) ? colleague(h) : undefined;
  let quote: QuoteOf | undefined;
  let topicIndex: number | undefined;
  let items = 0;
  for (let k = 0; k < length; k++) {
    if (k > 0) t += rng.int(20, 60 * 24 * 3) * MINUTE;
    if (t > gen.now) break;
    const from = outgoing ? us : me;
    const to = outgoing ? me : us;
    const mail = composeEmail(rng, {
      from,
      to,
      outgoing,
      vars: base,
      caseMail: !!opts.caseInfo,
      ...(quote ? { quote } : {}),
      ...(topicIndex !== undefined ? { topicIndex } : {}),
    });
    topicIndex = mail.topicIndex;
    const last = k === length - 1;
    const state: StateName = outgoing && last && rng.chance(0.03) ? 'open' : rng.chance(0.01) ? 'canceled' : 'completed';
    const sent = state === 'completed' ? t : undefined;
    const parties: Party[] = [
      { mask: MASK.sender, ref: outgoing ? userRef(owner) : personRef(person), address: from.email },
      { mask: MASK.to, ref: outgoing ? personRef(person) : userRef(owner), address: to.email },
    ];
    if (cc) parties.push({ mask: MASK.cc, ref: personRef(cc), address: cc.email });
    else if (rng.chance(0.1)) {
      const u = otherUser(rng, owner);
      parties.push({ mask: MASK.cc, ref: userRef(u), address: u.email });
    }
    const createdon = Math.min(gen.now, outgoing ? t - rng.int(2, 25) * MINUTE : t + rng.int(1, 6) * MINUTE);
    const opened = outgoing && sent !== undefined && rng.chance(0.6) ? Math.min(gen.now, sent + rng.int(5, 2880) * MINUTE) : undefined;
    insertActivity(gen, rng, {
      type: 'email',
      subject: mail.subject,
      description: mail.html,
      owner,
      ...(opts.regarding ? { regarding: opts.regarding } : {}),
      state,
      priority: rng.chance(0.06) ? 2 : 1,
      createdon,
      modifiedon: opened ?? sent ?? createdon,
      ...(sent !== undefined ? { actualend: sent } : {}),
      parties,
      extra: {
        directioncode: outgoing,
        sender: from.email,
        torecipients: `${to.email};`,
        senton: sent !== undefined ? iso(sent) : null,
        lastopenedtime: opened !== undefined ? iso(opened) : null,
      },
    });
    items++;
    if (outgoing && state === 'completed' && !opts.caseInfo && rng.chance(0.12)) {
      items += autoPost(h, `Email: "${mail.subject}" sent to ${person.fullname}.`, t + MINUTE, owner);
    }
    quote = { from, to, sent: sentLine(new Date(t).toISOString()), subject: mail.subject, ownHtml: mail.ownHtml };
    outgoing = !outgoing;
  }
  return items;
}

export function phoneCall(h: Hist, opts: ItemOpts & { outgoing?: boolean }): number {
  const { gen, rng, person } = h;
  const owner = opts.owner ?? person.owner;
  const outgoing = opts.outgoing ?? rng.chance(0.6);
  const t = officeTime(gen, rng, opts.age);
  const v = vars(h, t, owner);
  const roll = rng.next();
  const state: StateName = t > gen.now ? 'open' : roll < 0.85 ? 'completed' : roll < 0.93 ? 'open' : 'canceled';
  const minutes = rng.int(1, 45);
  const createdon = state === 'completed' ? t : Math.min(gen.now, t - rng.int(1, 7) * DAY);
  const callerParty = { ref: personRef(person), address: person.phone };
  const userParty = { ref: userRef(owner), address: owner.email };
  insertActivity(gen, rng, {
    type: 'phonecall',
    subject: opts.caseInfo
      ? `${opts.caseInfo.ticket}: ${rng.pick(['Troubleshooting call', 'Status update', 'Called about the case'])}`
      : fill(rng.pick(CALL_SUBJECTS), v),
    description: fill(rng.pick(CALL_NOTES), v),
    owner,
    ...(opts.regarding ? { regarding: opts.regarding } : {}),
    state,
    priority: rng.chance(0.1) ? 2 : 1,
    createdon: Math.max(createdon, person.createdon),
    ...(state === 'completed'
      ? { actualstart: t, actualend: t + minutes * MINUTE, durationMinutes: minutes }
      : { scheduledstart: t, scheduledend: t + 15 * MINUTE }),
    modifiedon: state === 'canceled' ? Math.min(gen.now, t) : Math.min(gen.now, t + minutes * MINUTE),
    parties: [
      { mask: MASK.sender, ...(outgoing ? userParty : callerParty) },
      { mask: MASK.to, ...(outgoing ? callerParty : userParty) },
    ],
    extra: { directioncode: outgoing, phonenumber: person.phone },
  });
  return 1;
}

export function appointment(h: Hist, opts: ItemOpts): number {
  const { gen, rng, person } = h;
  const owner = opts.owner ?? person.owner;
  const start = officeTime(gen, rng, opts.age);
  const minutes = rng.pick([30, 30, 45, 60, 60, 90, 120]);
  const end = start + minutes * MINUTE;
  const v = vars(h, start, owner);
  const canceled = rng.chance(0.12);
  const state: StateName = start > gen.now ? 'scheduled' : canceled ? 'canceled' : 'completed';
  const createdon = Math.min(gen.now, Math.max(person.createdon, start - rng.int(1, 21) * DAY));
  const parties: Party[] = [
    { mask: MASK.organizer, ref: userRef(owner), address: owner.email },
    { mask: MASK.required, ref: personRef(person), address: person.email },
  ];
  const mate = rng.chance(0.3) ? colleague(h) : undefined;
  if (mate) parties.push({ mask: MASK.required, ref: personRef(mate), address: mate.email });
  if (rng.chance(0.25)) {
    const u = otherUser(rng, owner);
    parties.push({ mask: MASK.optional, ref: userRef(u), address: u.email });
  }
  insertActivity(gen, rng, {
    type: 'appointment',
    subject: fill(rng.pick(MEETING_SUBJECTS), v),
    description:
      fill(
        rng.pick([
          'Agenda: introductions, current setup, requirements, next steps.',
          'Review of open items and timeline.',
          'Demo of {product}, pricing, Q&A.',
          '',
        ]),
        v,
      ) || undefined,
    owner,
    ...(opts.regarding ? { regarding: opts.regarding } : {}),
    state,
    createdon,
    scheduledstart: start,
    scheduledend: end,
    ...(state === 'completed' ? { actualstart: start, actualend: end, durationMinutes: minutes } : {}),
    modifiedon: state === 'canceled' ? Math.min(gen.now, start - HOUR) : Math.min(gen.now, end),
    parties,
    extra: { location: fill(rng.pick(LOCATIONS), v), scheduleddurationminutes: minutes },
  });
  return 1;
}

export type TaskKind = 'open' | 'overdue' | 'done' | 'canceled';

export function task(h: Hist, opts: ItemOpts & { kind?: TaskKind }): number {
  const { gen, rng, person } = h;
  const owner = opts.owner ?? person.owner;
  const due = officeTime(gen, rng, opts.age);
  const v = vars(h, due, owner);
  const roll = rng.next();
  const kind: TaskKind = opts.kind ?? (due > gen.now ? 'open' : roll < 0.75 ? 'done' : roll < 0.9 ? 'overdue' : 'canceled');
  const createdon = Math.min(gen.now, Math.max(person.createdon, due - rng.int(1, 14) * DAY));
  const done = Math.min(gen.now, Math.max(createdon, due + rng.int(-48, 24) * HOUR));
  const open = kind === 'open' || kind === 'overdue';
  insertActivity(gen, rng, {
    type: 'task',
    subject: opts.caseInfo
      ? `${rng.pick(['Check replacement stock', 'Call back customer', 'Review case notes'])} (${opts.caseInfo.ticket})`
      : fill(rng.pick(TASK_SUBJECTS), v),
    description: rng.chance(0.5) ? fill('Due {day}. See the last e-mail from {first} for details.', v) : undefined,
    owner,
    ...(opts.regarding ? { regarding: opts.regarding } : {}),
    state: open ? 'open' : kind === 'done' ? 'completed' : 'canceled',
    ...(open ? { statuscode: rng.pick([2, 2, 3, 4, 7]) } : {}),
    priority: rng.pick([0, 1, 1, 1, 2]),
    createdon,
    scheduledend: due,
    ...(kind === 'done' ? { actualend: done } : {}),
    modifiedon: kind === 'done' ? done : kind === 'canceled' ? Math.min(gen.now, due) : createdon,
    extra: { percentcomplete: kind === 'done' ? 100 : open ? rng.pick([0, 0, 25, 50]) : 0 },
  });
  return 1;
}

/** A letter or a fax: rare, mostly outgoing paperwork. */
export function paper(h: Hist, opts: ItemOpts & { type: 'letter' | 'fax' }): number {
  const { gen, rng, person } = h;
  const owner = opts.owner ?? person.owner;
  const t = officeTime(gen, rng, opts.age);
  const v = vars(h, t, owner);
  const outgoing = rng.chance(0.8);
  const subjects =
    opts.type === 'letter'
      ? ['Contract documents for signature', 'Welcome pack', 'Annual statement {year}', 'Price change notice']
      : ['Signed order form', 'Delivery note {order}', 'Customs declaration', 'Signed purchase order {po}'];
  const account = person.account;
  insertActivity(gen, rng, {
    type: opts.type,
    subject: fill(rng.pick(subjects), v),
    owner,
    ...(opts.regarding ? { regarding: opts.regarding } : {}),
    state: 'completed',
    createdon: Math.max(person.createdon, t - rng.int(0, 3) * DAY),
    actualend: t,
    parties: [
      { mask: MASK.sender, ref: outgoing ? userRef(owner) : personRef(person) },
      { mask: MASK.to, ref: outgoing ? personRef(person) : userRef(owner) },
    ],
    extra:
      opts.type === 'letter'
        ? { directioncode: outgoing, address: account ? `${account.street}, ${account.city}` : person.city }
        : { directioncode: outgoing, faxnumber: (account?.phone ?? person.phone).replace(/\d$/, '9'), numberofpages: rng.int(1, 6) },
  });
  return 1;
}
