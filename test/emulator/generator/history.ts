// A person's history: a mix of item kinds spread over their lifetime, plus (for showcase records)
// at least one of every kind the panel knows, so tests on KNOWN records find each of them.
import { caseFor } from './cases.ts';
import { DAY, personRef, type Hist, type Ref } from './context.ts';
import { appointment, emailThread, paper, phoneCall, task } from './items.ts';
import { autoPost, manualPost, note } from './records.ts';

const KIND_WEIGHTS = { thread: 28, call: 14, meeting: 8, task: 10, letter: 1, fax: 0.6, note: 9, post: 5, case: 2.5 };
type Kind = keyof typeof KIND_WEIGHTS;

/** Where an activity hangs: the person itself mostly, else their account (party only), else nothing. */
function regardingFor(h: Hist): Ref | undefined {
  const { rng, person } = h;
  const where = rng.weighted({ self: person.entity === 'lead' ? 90 : 65, account: person.account ? 20 : 0, none: 12 });
  if (where === 'self') return personRef(person);
  if (where === 'account' && person.account) return { entity: 'account', id: person.account.id };
  return undefined;
}

function addItem(h: Hist, kind: Kind, age: number): number {
  const self = personRef(h.person);
  switch (kind) {
    case 'thread':
      return emailThread(h, { age, ...opt(regardingFor(h)) });
    case 'call':
      return phoneCall(h, { age: h.rng.chance(0.05) ? -h.rng.int(1, 20) * DAY : age, ...opt(regardingFor(h)) });
    case 'meeting':
      return appointment(h, { age: h.rng.chance(0.1) ? -h.rng.int(1, 25) * DAY : age, ...opt(regardingFor(h)) });
    case 'task':
      return task(h, { age: h.rng.chance(0.12) ? -h.rng.int(1, 25) * DAY : age, regarding: self });
    case 'letter':
    case 'fax':
      return paper(h, { age, type: kind, regarding: self });
    case 'note':
      return note(h, { age, on: self });
    case 'post':
      return manualPost(h, age);
    case 'case':
      return h.person.entity === 'contact' ? caseFor(h, { age, forAccount: h.rng.chance(0.2) }) : note(h, { age, on: self });
  }
}

function opt(regarding: Ref | undefined): { regarding?: Ref } {
  return regarding ? { regarding } : {};
}

/** Adds about `target` items for the person; returns how many were added. */
export function buildHistory(h: Hist, target: number, showcase: boolean): number {
  const { gen, rng, person } = h;
  const span = Math.max(gen.now - person.createdon - DAY, DAY);
  const age = () => Math.floor(rng.next() * span);
  const self = personRef(person);
  // Fixed ages for the showcase items, kept inside the person's lifetime.
  const d = (days: number) => (days < 0 ? days * DAY : Math.min(days * DAY, span));
  let items = 0;
  if (showcase) {
    items += emailThread(h, { age: d(40), outgoing: true, length: 3, regarding: self });
    items += emailThread(h, { age: d(9), outgoing: false, length: 1, regarding: self });
    if (person.account)
      items += emailThread(h, { age: d(75), outgoing: true, length: 2, regarding: { entity: 'account', id: person.account.id } });
    items += emailThread(h, { age: d(120), outgoing: false, length: 2 });
    items += phoneCall(h, { age: d(12), outgoing: true, regarding: self });
    items += phoneCall(h, { age: d(33), outgoing: false, regarding: self });
    items += appointment(h, { age: d(20), regarding: self });
    items += appointment(h, { age: d(-6), regarding: self });
    items += task(h, { age: d(4), kind: 'overdue', regarding: self });
    items += task(h, { age: d(25), kind: 'done', regarding: self });
    items += task(h, { age: d(-10), kind: 'open', regarding: self });
    items += paper(h, { age: d(200), type: 'letter', regarding: self });
    items += paper(h, { age: d(260), type: 'fax', regarding: self });
    items += note(h, { age: d(15), on: self, file: false });
    items += note(h, { age: d(50), on: self, file: true });
    items += manualPost(h, d(18));
    items += autoPost(
      h,
      `${person.entity === 'lead' ? 'Lead' : 'Contact'}: Created by ${person.owner.fullname}.`,
      person.createdon,
      person.owner,
    );
    if (person.entity === 'contact') {
      items += caseFor(h, { age: d(90) });
      items += caseFor(h, { age: d(8) });
    }
  }
  while (items < target) items += addItem(h, rng.weighted(KIND_WEIGHTS), age());
  return items;
}
