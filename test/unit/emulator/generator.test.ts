// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, seedStore } from '../../emulator/generator.ts';
import { columnName, type Store } from '../../emulator/model.ts';
import { createStore } from '../../emulator/store.ts';
import { ACTIVITY_TYPES } from '../../emulator/entities.ts';
import { itemsFor, rows } from './seed-helpers.ts';

const NOW = new Date('2026-03-15T09:30:00Z');
const DAY = 86_400_000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function seeded(seed = DEFAULT_SEED, now = NOW): Store {
  const store = createStore();
  seedStore(store, { seed, now });
  return store;
}

function dump(store: Store): string {
  return JSON.stringify([...store.tables].map(([name, t]) => [name, [...t.values()]]));
}

const store = seeded();

describe('generator: determinism', () => {
  it('gives byte-identical rows for the same seed and now', () => {
    expect(dump(seeded())).toBe(dump(store));
  });

  it('gives different rows for another seed', () => {
    const other = seeded(DEFAULT_SEED + 1);
    expect(dump(other)).not.toBe(dump(store));
    expect(rows(other, 'contact')[0]!.contactid).not.toBe(rows(store, 'contact')[0]!.contactid);
  });

  it('keeps record ids when only now changes', () => {
    const later = seeded(DEFAULT_SEED, new Date(NOW.getTime() + 40 * DAY));
    for (const t of ['contact', 'lead', 'account']) {
      expect(rows(later, t).map((r) => Object.values(r)[0])).toEqual(rows(store, t).map((r) => Object.values(r)[0]));
    }
  });

  it('builds the whole seed quickly', () => {
    const t0 = performance.now();
    seeded(7);
    // Well under 2 s on a dev machine; the margin absorbs slow CI runners.
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('generator: volumes', () => {
  const contacts = rows(store, 'contact');
  const counts = contacts.map((c) => itemsFor(store, String(c.contactid)).total);

  it('makes believable numbers of records', () => {
    expect(contacts.length).toBe(200);
    expect(rows(store, 'account').length).toBe(40);
    expect(rows(store, 'lead').length).toBe(60);
    expect(rows(store, 'systemuser').length).toBe(4);
    expect(rows(store, 'solution').some((s) => s.uniquename === 'msdynce_Sales')).toBe(true);
    expect(rows(store, 'activitypointer').length).toBeGreaterThan(10_000);
  });

  it('gives one contact at least 5,000 items, a few none, most tens', () => {
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(5000);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThanOrEqual(3);
    const typical = counts.filter((n) => n >= 10 && n <= 120).length;
    expect(typical / counts.length).toBeGreaterThan(0.75);
  });

  it('gives leads a handful to a few tens of items', () => {
    const leadCounts = rows(store, 'lead').map((l) => itemsFor(store, String(l.leadid)).total);
    expect(Math.min(...leadCounts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...leadCounts)).toBeLessThanOrEqual(60);
    expect(rows(store, 'lead').filter((l) => l._parentcontactid_value).length).toBeGreaterThan(5);
  });

  it('has activities regarding a contact, regarding its account with the contact as party, and party-only', () => {
    const parties = rows(store, 'activityparty').filter((p) => p['_partyid_value@Microsoft.Dynamics.CRM.lookuplogicalname'] === 'contact');
    const pointers = store.tables.get('activitypointer')!;
    const regardingTypes = new Set(
      parties.map((p) =>
        String(pointers.get(String(p._activityid_value))?.['_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname'] ?? 'none'),
      ),
    );
    expect([...regardingTypes].sort()).toEqual(['account', 'contact', 'incident', 'lead', 'none'].filter((t) => t !== 'lead'));
  });
});

describe('generator: consistency', () => {
  // Problems are collected and compared once: an expect() per cell would take minutes.
  it('uses only columns that entities.ts declares', () => {
    const problems = new Set<string>();
    for (const [name, table] of store.tables) {
      const def = store.defs.get(name)!;
      const known = new Set([...def.attributes.map(columnName), 'activitytypecode']);
      for (const row of table.values()) {
        for (const key of Object.keys(row)) if (!known.has(key.split('@')[0]!)) problems.add(`${name}.${key}`);
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('points every lookup at an existing row of its annotated table', () => {
    const problems: string[] = [];
    for (const [name, table] of store.tables) {
      for (const row of table.values()) {
        for (const [key, value] of Object.entries(row)) {
          if (!/^_\w+_value$/.test(key) || value === null) continue;
          const target = row[`${key}@Microsoft.Dynamics.CRM.lookuplogicalname`];
          if (typeof target !== 'string') problems.push(`${name}.${key} has no lookuplogicalname`);
          else if (target === 'businessunit' && !store.tables.has('businessunit')) continue;
          else if (!store.tables.get(target)?.has(String(value))) problems.push(`${name}.${key} → missing ${target} ${String(value)}`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('mirrors every activity into activitypointer and links parties to existing rows', () => {
    const pointers = store.tables.get('activitypointer')!;
    const problems: string[] = [];
    let total = 0;
    for (const type of ACTIVITY_TYPES) {
      for (const row of rows(store, type)) {
        total++;
        if (!GUID.test(String(row.activityid))) problems.push(`bad id ${String(row.activityid)}`);
        if (pointers.get(String(row.activityid))?.activitytypecode !== type)
          problems.push(`${type} ${String(row.activityid)} not mirrored`);
      }
    }
    expect(pointers.size).toBe(total);
    for (const p of rows(store, 'activityparty')) {
      if (!pointers.has(String(p._activityid_value))) problems.push(`party of missing activity ${String(p._activityid_value)}`);
      if (![1, 2, 3, 5, 6, 7].includes(p.participationtypemask as number)) problems.push(`mask ${String(p.participationtypemask)}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('sets states consistently', () => {
    const allowed: Record<number, number[]> = { 0: [1, 2, 3, 4, 7], 1: [5], 2: [6], 3: [1] };
    const problems: string[] = [];
    for (const a of rows(store, 'activitypointer')) {
      const id = `${String(a.activitytypecode)} ${String(a.activityid)}`;
      if (!allowed[a.statecode as number]?.includes(a.statuscode as number))
        problems.push(`${id} state ${String(a.statecode)}/${String(a.statuscode)}`);
      if (a.statecode === 1 && typeof a.actualend !== 'string') problems.push(`${id} completed without actualend`);
      if (a.activitytypecode === 'appointment' && a.statecode === 3 && Date.parse(String(a.scheduledstart)) <= NOW.getTime())
        problems.push(`${id} scheduled in the past`);
    }
    for (const c of rows(store, 'incident')) {
      if (!{ 0: [1, 2, 3, 4], 1: [5], 2: [6] }[c.statecode as 0 | 1 | 2]?.includes(c.statuscode as number))
        problems.push(`case state ${String(c.statecode)}/${String(c.statuscode)}`);
      if (!/^CAS-\d{5}-[A-Z]\d[A-Z]\d[A-Z]\d$/.test(String(c.ticketnumber))) problems.push(`ticket ${String(c.ticketnumber)}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('writes e-mails with HTML bodies, senders and recipients', () => {
    const emails = rows(store, 'email');
    expect(emails.some((e) => e.directioncode === true) && emails.some((e) => e.directioncode === false)).toBe(true);
    expect(emails.some((e) => String(e.subject).startsWith('RE: ') && String(e.description).includes('<b>From:</b>'))).toBe(true);
    expect(emails.every((e) => /^<html><body>.*<p>/.test(String(e.description)))).toBe(true);
    expect(emails.every((e) => typeof e.sender === 'string' && typeof e.torecipients === 'string')).toBe(true);
  });
});

describe('generator: time range', () => {
  it('keeps everything in the two years before now (scheduled items and events up to 30 days ahead)', () => {
    const from = NOW.getTime() - 730 * DAY;
    const to = NOW.getTime();
    const problems: string[] = [];
    for (const [name, table] of store.tables) {
      if (name === 'solution') continue; // installed before the history starts
      const dates = store.defs
        .get(name)!
        .attributes.filter((a) => a.type === 'datetime')
        .map((a) => a.name);
      for (const row of table.values()) {
        for (const col of dates) {
          const value = row[col];
          if (value == null) continue;
          const t = Date.parse(String(value));
          // Upcoming events (a webinar three weeks out) are scheduled like meetings.
          const ahead =
            (['scheduledstart', 'scheduledend', 'sortdate'].includes(col) && row.statecode !== 1 && row.statecode !== 2) ||
            col === 'msevtmgt_eventstartdate' ||
            col === 'msevtmgt_eventenddate';
          if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(String(value)) || t < from || t > (ahead ? to + 30 * DAY : to))
            problems.push(`${name}.${col} ${String(value)}`);
        }
        if (typeof row.createdon === 'string' && typeof row.modifiedon === 'string' && row.modifiedon < row.createdon)
          problems.push(`${name} modified before created`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
