// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, POSITIONS, seedStore } from '../../emulator/generator.ts';
import { createStore } from '../../emulator/store.ts';
import { KNOWN, KNOWN_NAMES } from '../../emulator/seed-ids.ts';
import { itemsFor, rows } from './seed-helpers.ts';

const NOW = new Date('2026-03-15T09:30:00Z');
const store = createStore();
seedStore(store, { seed: DEFAULT_SEED, now: NOW });
const get = (table: string, id: string) => store.tables.get(table)!.get(id)!;

describe('KNOWN ids', () => {
  it('match the records at the generator positions for the default seed', () => {
    const contacts = rows(store, 'contact');
    const leads = rows(store, 'lead');
    expect(contacts[POSITIONS.contact]!.contactid).toBe(KNOWN.contact);
    expect(contacts[POSITIONS.contact2]!.contactid).toBe(KNOWN.contact2);
    expect(contacts[POSITIONS.bigContact]!.contactid).toBe(KNOWN.bigContact);
    expect(contacts[POSITIONS.emptyContact]!.contactid).toBe(KNOWN.emptyContact);
    expect(leads[POSITIONS.lead]!.leadid).toBe(KNOWN.lead);
    expect(leads[POSITIONS.leadWithContact]!.leadid).toBe(KNOWN.leadWithContact);
    expect(rows(store, 'account')[POSITIONS.account]!.accountid).toBe(KNOWN.account);
  });

  it('have the names KNOWN_NAMES says', () => {
    for (const key of ['contact', 'contact2', 'bigContact', 'emptyContact'] as const)
      expect(get('contact', KNOWN[key]).fullname).toBe(KNOWN_NAMES[key]);
    for (const key of ['lead', 'leadWithContact'] as const) expect(get('lead', KNOWN[key]).fullname).toBe(KNOWN_NAMES[key]);
    expect(get('account', KNOWN.account).name).toBe(KNOWN_NAMES.account);
  });

  for (const key of ['contact', 'contact2'] as const) {
    it(`${key} has tens of items of every kind`, () => {
      const items = itemsFor(store, KNOWN[key]);
      expect(items.total).toBeGreaterThanOrEqual(30);
      expect(items.total).toBeLessThanOrEqual(120);
      const types = new Set(items.activities.map((a) => a.activitytypecode));
      for (const t of ['email', 'phonecall', 'appointment', 'task', 'letter', 'fax']) expect(types).toContain(t);
      const emails = items.activities.filter((a) => a.activitytypecode === 'email').map((a) => get('email', String(a.activityid)));
      expect(emails.some((e) => e.directioncode === true)).toBe(true);
      expect(emails.some((e) => e.directioncode === false)).toBe(true);
      const overdue = items.activities.filter(
        (a) => a.activitytypecode === 'task' && a.statecode === 0 && Date.parse(String(a.scheduledend)) < NOW.getTime(),
      );
      expect(overdue.length).toBeGreaterThanOrEqual(1);
      expect(items.activities.some((a) => a.statecode === 3)).toBe(true); // an upcoming meeting
      expect(items.notes.some((n) => n.isdocument === true)).toBe(true);
      expect(new Set(items.posts.map((p) => p.source))).toEqual(new Set([1, 2]));
      expect(items.cases.length).toBeGreaterThanOrEqual(1);
      // Some activities reach the contact only as a party (regarding the account or a case).
      expect(items.activities.some((a) => a._regardingobjectid_value !== KNOWN[key])).toBe(true);
      expect(items.activities.some((a) => a['_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname'] === 'incident')).toBe(
        true,
      );
    });
  }

  it('bigContact has at least 5,000 items and works at the key account', () => {
    expect(itemsFor(store, KNOWN.bigContact).total).toBeGreaterThanOrEqual(5000);
    expect(get('contact', KNOWN.bigContact)._parentcustomerid_value).toBe(KNOWN.account);
  });

  it('emptyContact has no history, not even as a party', () => {
    expect(itemsFor(store, KNOWN.emptyContact).total).toBe(0);
    expect(rows(store, 'activityparty').some((p) => p._partyid_value === KNOWN.emptyContact)).toBe(false);
  });

  it('lead has items; leadWithContact points at contact2, which has cases', () => {
    expect(itemsFor(store, KNOWN.lead).total).toBeGreaterThanOrEqual(10);
    expect(itemsFor(store, KNOWN.leadWithContact).total).toBeGreaterThanOrEqual(10);
    const lead = get('lead', KNOWN.leadWithContact);
    expect(lead._parentcontactid_value).toBe(KNOWN.contact2);
    expect(itemsFor(store, KNOWN.contact2).cases.length).toBeGreaterThanOrEqual(1);
  });
});
