// Cases (incidents) with their own activities: the e-mails and calls about the case are regarding
// the case, with the contact only as a party.
import { insertRow } from '../store.ts';
import { USERS } from '../users.ts';
import { userRef } from './activities.ts';
import { DAY, iso, lookup, officeTime, personRef, type Hist, type Ref } from './context.ts';
import { emailThread, phoneCall, task, type CaseInfo } from './items.ts';
import { autoPost, note } from './records.ts';
import { CASE_DESCRIPTIONS, CASE_TITLES, fill } from './texts.ts';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Ticket number like CAS-01234-X1Y2Z3. */
function ticketNumber(h: Hist): string {
  let suffix = '';
  for (let i = 0; i < 3; i++) suffix += h.rng.code(1, LETTERS) + h.rng.code(1, '0123456789');
  return `CAS-${String(h.gen.ticketSeq++).padStart(5, '0')}-${suffix}`;
}

/** One case for the person (or, with `forAccount`, for their account with them as primary contact). */
export function caseFor(h: Hist, opts: { age: number; forAccount?: boolean }): number {
  const { gen, rng, person } = h;
  const agent = rng.chance(0.75) ? USERS.service : person.owner;
  const created = officeTime(gen, rng, Math.max(opts.age, DAY));
  const id = rng.guid();
  const ref: Ref = { entity: 'incident', id };
  const title = rng.pick(CASE_TITLES);
  const ticket = ticketNumber(h);
  const origin = rng.weighted({ 1: 4, 2: 5, 3: 3, 2483: 0.3, 3986: 0.3 });
  const old = opts.age > 30 * DAY;
  const roll = rng.next();
  const state = old ? (roll < 0.75 ? 1 : roll < 0.83 ? 2 : 0) : roll < 0.7 ? 0 : 1;
  const statuscode = state === 1 ? 5 : state === 2 ? 6 : rng.pick([1, 1, 2, 3, 4]);
  const closedAge = Math.max(opts.age - rng.int(1, 20) * DAY, 60_000);
  const customer: Ref = opts.forAccount && person.account ? { entity: 'account', id: person.account.id } : personRef(person);
  const info: CaseInfo = { ref, ticket, title };
  const v = { first: person.first, city: person.city, n: rng.int(2, 30), product: 'devices' };

  insertRow(gen.store, 'incident', {
    incidentid: id,
    title,
    ticketnumber: ticket,
    description: fill(rng.pick(CASE_DESCRIPTIONS), v),
    statecode: state,
    statuscode,
    prioritycode: rng.pick([1, 2, 2, 2, 3]),
    caseorigincode: Number(origin),
    ...lookup('customerid', customer),
    ...lookup('primarycontactid', personRef(person)),
    ...lookup('ownerid', userRef(agent)),
    createdon: iso(created),
    modifiedon: iso(state === 0 ? Math.min(gen.now, created + rng.int(0, 5) * DAY) : gen.now - closedAge),
  });
  let items = customer.entity === person.entity ? 1 : 0;

  // How the customer first got in touch decides the first activity.
  const first = { age: opts.age, regarding: ref, owner: agent, caseInfo: info };
  if (origin === '1') items += phoneCall(h, { ...first, outgoing: false });
  else items += emailThread(h, { ...first, outgoing: origin === '3', length: rng.int(1, 3) });
  const followUps = rng.int(0, 3);
  for (let k = 0; k < followUps; k++) {
    const age = Math.max(opts.age - rng.int(1, 10) * DAY, 3_600_000);
    const kind = rng.weighted({ mail: 3, call: 2, task: 1 });
    const f = { age, regarding: ref, owner: agent, caseInfo: info };
    if (kind === 'mail') items += emailThread(h, { ...f, outgoing: true, length: rng.int(1, 2) });
    else if (kind === 'call') items += phoneCall(h, f);
    else task(h, f); // a task has no parties: it belongs to the case only
  }
  if (rng.chance(0.4)) note(h, { age: Math.max(opts.age - DAY, 0), on: ref, by: agent });
  if (rng.chance(0.5))
    items += autoPost(
      h,
      `Case: Created by ${agent.fullname} for ${customer.entity === 'account' ? 'Account' : 'Contact'} ${customer.entity === 'account' ? person.company : person.fullname}.`,
      created,
      agent,
    );
  return items;
}
