// Shared shapes and helpers of the generator: the run context, people, time and lookups.
import type { Row, Store } from '../model.ts';
import type { EmulatedUser } from '../users.ts';
import type { Rng } from './prng.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The history window: everything happens in the two years before `now`. */
export const HISTORY = 730 * DAY;
/** How far ahead scheduled meetings, callbacks and due dates may lie. */
export const AHEAD = 30 * DAY;

export interface Gen {
  store: Store;
  seed: number;
  /** `now` in ms, whole seconds (Dataverse dates carry no milliseconds). */
  now: number;
  /** Running number for case ticket numbers. */
  ticketSeq: number;
}

export interface AccountInfo {
  id: string;
  name: string;
  domain: string;
  city: string;
  street: string;
  phone: string;
  owner: EmulatedUser;
  contacts: Person[];
}

export interface Person {
  entity: 'contact' | 'lead';
  id: string;
  first: string;
  last: string;
  fullname: string;
  email: string;
  phone: string;
  jobtitle: string;
  owner: EmulatedUser;
  account?: AccountInfo;
  /** Company name for text (the account's name, or a lead's companyname). */
  company: string;
  city: string;
  /** ms; nothing about this person happens earlier. */
  createdon: number;
  /** Has no history at all: never copied in or invited either. */
  quiet?: boolean;
}

export interface Ref {
  entity: string;
  id: string;
}

/** What one person's history is being built with: its own random stream. */
export interface Hist {
  gen: Gen;
  rng: Rng;
  person: Person;
}

export function personRef(p: Person): Ref {
  return { entity: p.entity, id: p.id };
}

const LOGICAL_NAME = '@Microsoft.Dynamics.CRM.lookuplogicalname';

/** `_x_value` plus its lookuplogicalname annotation, as the Web API returns lookups. */
export function lookup(name: string, ref: Ref | undefined): Row {
  if (!ref) return {};
  return { [`_${name}_value`]: ref.id, [`_${name}_value${LOGICAL_NAME}`]: ref.entity };
}

/** Dataverse date-time text: UTC, whole seconds, `Z`. */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * A moment `age` ms before now, moved onto a weekday in office hours (07–18 UTC). Always
 * draws the same number of values, so the sequence does not depend on `now`.
 */
export function officeTime(gen: Gen, rng: Rng, age: number): number {
  const hour = rng.int(7, 17);
  const minute = rng.int(0, 11) * 5;
  const jitter = rng.int(5, 90) * MINUTE;
  const raw = gen.now - age;
  let day = Math.floor(raw / DAY) * DAY;
  const weekday = new Date(day).getUTCDay();
  if (weekday === 6) day -= DAY;
  if (weekday === 0) day -= 2 * DAY;
  const t = day + hour * HOUR + minute * MINUTE;
  // Keep the order of "past" and "future" that the age asked for.
  if (age > 0 && t >= gen.now) return gen.now - jitter;
  if (age <= 0 && t <= gen.now) return gen.now + (hour - 6) * HOUR;
  return Math.max(t, gen.now - HISTORY + HOUR);
}

export function clampPast(gen: Gen, t: number): number {
  return Math.min(t, gen.now);
}
