// The deterministic data generator of the emulated org: the same seed and `now` give the same rows.
// Roles of records (the big key-account buyer, the empty one, the showcase ones) are fixed positions,
// exported through seed-ids.ts as KNOWN.
import type { Store } from './model.ts';
import { DAY, type Gen, type Hist, type Person } from './generator/context.ts';
import { buildHistory } from './generator/history.ts';
import { seedHostileSamples } from './generator/hostile.ts';
import { seedMarketing } from './generator/marketing.ts';
import { note } from './generator/records.ts';
import { task } from './generator/items.ts';
import { buildPeople, seedBaseline } from './generator/people.ts';
import { isQuiet, POSITIONS } from './generator/positions.ts';
import { stream } from './generator/prng.ts';

export { seedBaseline } from './generator/people.ts';
export { POSITIONS } from './generator/positions.ts';

export const DEFAULT_SEED = 20240917;

/** Items the big contact gets: it must stay at or above 5,000 (see the unit test). */
const BIG_CONTACT_ITEMS = 5300;

/** How many items contact `i` gets, and whether it must show every kind. */
function contactPlan(gen: Gen, i: number): { target: number; showcase: boolean } {
  if (i === POSITIONS.bigContact) return { target: BIG_CONTACT_ITEMS, showcase: true };
  if (i === POSITIONS.contact || i === POSITIONS.contact2) return { target: 70, showcase: true };
  if (isQuiet(i)) return { target: 0, showcase: false };
  const rng = stream(gen.seed, `plan:${i}`);
  if (i % 23 === 7) return { target: rng.int(100, 250), showcase: false };
  return { target: rng.int(10, 80), showcase: false };
}

export interface SeedOptions {
  seed: number;
  now: Date;
  /** DynamicsMKT_Timeline's version (`--marketing-version`). */
  marketingVersion?: string;
}

/**
 * Users, solutions and the generated records. Marketing assets and interactions are added when the
 * store has the marketing tables (a store made with CORE_ENTITY_DEFS is an org without marketing).
 */
export function seedStore(store: Store, opts: SeedOptions): void {
  const gen: Gen = { store, seed: opts.seed, now: Math.floor(opts.now.getTime() / 1000) * 1000, ticketSeq: 1000 };
  seedBaseline(store, { now: new Date(gen.now), marketingVersion: opts.marketingVersion });
  const people = buildPeople(gen);
  const hist = (person: Person, name: string): Hist => ({ gen, rng: stream(gen.seed, name), person });

  people.contacts.forEach((person, i) => {
    const plan = contactPlan(gen, i);
    if (plan.target > 0) buildHistory(hist(person, `contact:${i}`), plan.target, plan.showcase);
  });
  people.leads.forEach((person, i) => {
    const showcase = i === POSITIONS.lead || i === POSITIONS.leadWithContact;
    const target = showcase ? 30 : stream(gen.seed, `lead-plan:${i}`).int(2, 30);
    buildHistory(hist(person, `lead:${i}`), target, showcase);
  });
  // Account-only work: tasks and notes about the company that name no contact.
  people.accounts.forEach((account, i) => {
    const anchor = account.contacts[0];
    if (!anchor) return;
    const h = hist(anchor, `account:${i}`);
    const self = { entity: 'account', id: account.id };
    const n = h.rng.int(2, 8);
    for (let k = 0; k < n; k++) {
      const age = h.rng.int(1, 600) * DAY;
      if (h.rng.chance(0.5)) task(h, { age, regarding: self, owner: account.owner });
      else note(h, { age, on: self, by: account.owner });
    }
  });
  if (store.defs.has('msdynmkt_email')) seedMarketing(gen, people);
  seedHostileSamples(store, gen.now);
}
