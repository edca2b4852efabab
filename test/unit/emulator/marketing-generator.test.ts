// @vitest-environment node
// The generator's marketing promises: every channel on KNOWN.contact and KNOWN.lead, the
// duplicate-delivered defect, the window edges of MARKETING_EDGES, native rows matching their
// interactions, believable time ranges, determinism, and Sales & Service data left as it was.
import { describe, expect, it } from 'vitest';
import { INTERACTION_TYPES } from '../../emulator/entities-interactions.ts';
import { CORE_ENTITY_DEFS } from '../../emulator/entities.ts';
import { DEFAULT_SEED, seedStore } from '../../emulator/generator.ts';
import { monthsBefore } from '../../emulator/generator/marketing-dates.ts';
import type { Row, Store } from '../../emulator/model.ts';
import { KNOWN, KNOWN_MARKETING, MARKETING_EDGES, outboundCutoff, realtimeInstallDate } from '../../emulator/seed-ids.ts';
import { createStore } from '../../emulator/store.ts';
import { allOutboundInteractions, outboundInteractionsOf } from '../../emulator/store-outbound.ts';
import { itemsFor, rows } from './seed-helpers.ts';
import { DAY, interactions, interactionsOf, NOW, seeded } from './marketing-helpers.ts';

const store = seeded();
const types = (list: Row[]) => new Set(list.map((r) => String(r.InteractionType)));
const assetName = (table: string, id: unknown) => {
  const row = store.tables.get(table)?.get(String(id));
  return row?.[`${table.startsWith('msdyncrm') ? 'msdyncrm' : table.split('_')[0]}_name`];
};

const EVERY_CHANNEL = [
  'EmailSent',
  'EmailDelivered',
  'EmailOpened',
  'EmailClicked',
  'EmailSoftBounced',
  'SmsSent',
  'SmsDelivered',
  'SmsLinkClicked',
  'PushNotificationSent',
  'PushNotificationOpened',
  'PushNotificationLinkClicked',
  'WebsiteVisited',
  'WebsiteClicked',
  'FormVisited',
  'FormSubmitted',
  'EventRegistration',
  'EventRegistrationCanceled',
  'EventCheckIn',
];

function marketingDump(s: Store): string {
  const tables = [...s.tables].filter(([name]) => !CORE_ENTITY_DEFS.some((d) => d.logicalName === name));
  return JSON.stringify([tables.map(([name, t]) => [name, [...t.values()]]), allOutboundInteractions(s)]);
}

describe('marketing showcase records', () => {
  it.each([
    ['contact', KNOWN.contact],
    ['lead', KNOWN.lead],
  ])('KNOWN.%s has every channel, within the last 90 days', (_, id) => {
    const mine = interactionsOf(store, id);
    for (const t of EVERY_CHANNEL)
      expect(types(mine.filter((r) => Date.parse(String(r.Timestamp)) > NOW.getTime() - 90 * DAY)), t).toContain(t);
    const key = id === KNOWN.lead ? 'LeadId' : 'ContactId';
    expect(mine.every((r) => r[key] === id && r.ProfileType === (key === 'LeadId' ? 'Lead' : 'Contact'))).toBe(true);
    const names = new Set(mine.map((r) => assetName('msdynmkt_email', r.MessageId)).filter(Boolean));
    for (const n of [KNOWN_MARKETING.springNewsletter, KNOWN_MARKETING.productLaunch, KNOWN_MARKETING.remoteBounced])
      expect(names).toContain(n);
    expect(mine.some((r) => r.InteractionType === 'EmailClicked' && r.LinkText === KNOWN_MARKETING.clickedLink)).toBe(true);
  });

  it('KNOWN.contact has outbound interactions too', () => {
    const outbound = outboundInteractionsOf(store, KNOWN.contact);
    for (const t of ['EmailSent', 'EmailDelivered', 'EmailOpened', 'EmailClicked', 'WebsiteVisited', 'FormSubmitted', 'EventRegistration'])
      expect(types(outbound)).toContain(t);
  });

  it('shows the duplicate EmailDelivered of a remote bounce (same message, run and time)', () => {
    const groups = new Map<string, Row[]>();
    for (const r of interactions(store, 'EmailDelivered')) {
      const key = `${String(r.ProfileId)}|${String(r.MessageId)}|${String(r.JourneyRunId)}|${String(r.Timestamp)}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const doubled = [...groups.values()].filter((g) => g.length > 1);
    expect(doubled.length).toBeGreaterThan(2);
    expect(doubled.every((g) => g.length === 2 && g.every((r) => r.WasRemoteBounced === true))).toBe(true);
    expect(doubled.every((g) => g[0]!.InternalMarketingInteractionId !== g[1]!.InternalMarketingInteractionId)).toBe(true);
    const known = doubled.find((g) => g[0]!.ContactId === KNOWN.contact)!;
    expect(assetName('msdynmkt_email', known[0]!.MessageId)).toBe(KNOWN_MARKETING.remoteBounced);
  });
});

describe('window edges (MARKETING_EDGES)', () => {
  const mine = interactionsOf(store, KNOWN.contact);
  const year = NOW.getTime() - monthsBefore(NOW, 12).getTime();

  it.each([
    ['realtimeInside', 'inside'],
    ['realtimeOutside', 'outside'],
  ] as const)('%s: a journey e-mail a day %s the 12-month window', (key, side) => {
    const inside = side === 'inside';
    const edge = MARKETING_EDGES[key];
    const rowsOfEdge = mine.filter((r) => r.MessageId === edge.messageId);
    expect(types(rowsOfEdge)).toEqual(new Set(['EmailSent', 'EmailDelivered']));
    expect(rowsOfEdge.every((r) => r.JourneyRunId === edge.journeyRunId)).toBe(true);
    expect(assetName('msdynmkt_email', edge.messageId)).toBe(edge.name);
    const sent = rowsOfEdge.find((r) => r.InteractionType === 'EmailSent')!;
    expect(sent.Timestamp).toBe(edge.timestamp(NOW));
    const age = NOW.getTime() - Date.parse(String(sent.Timestamp));
    for (const window of [year, 365 * DAY]) {
      if (inside) expect(window - age).toBeGreaterThanOrEqual(DAY);
      else expect(age - window).toBeGreaterThanOrEqual(DAY);
    }
  });

  it.each([
    ['outboundInside', 1],
    ['outboundOutside', -1],
  ] as const)('%s: an outbound e-mail a day from the cut-off', (key, side) => {
    const edge = MARKETING_EDGES[key];
    const cutoff = outboundCutoff(NOW).getTime();
    expect(cutoff).toBe(Math.max(realtimeInstallDate(NOW).getTime(), Date.UTC(2022, 4, 1)));
    const ofEdge = outboundInteractionsOf(store, KNOWN.contact).filter((r) => r.MessageId === edge.messageId);
    const sent = ofEdge.find((r) => r.InteractionType === edge.interactionType)!;
    expect(sent.Timestamp).toBe(edge.timestamp(NOW));
    expect(Date.parse(String(sent.Timestamp)) - cutoff).toBe(side * DAY);
    expect(ofEdge.every((r) => Math.sign(Date.parse(String(r.Timestamp)) - cutoff) === side)).toBe(true);
    expect(store.tables.get('msdyncrm_marketingemail')!.get(edge.messageId)?.msdyncrm_name).toBe(edge.name);
  });

  it('keep their ids when now changes (only the times move)', () => {
    const later = new Date(NOW.getTime() + 47 * DAY);
    const other = seeded(DEFAULT_SEED, later);
    for (const key of ['realtimeInside', 'realtimeOutside'] as const) {
      const edge = MARKETING_EDGES[key];
      const sent = interactionsOf(other, KNOWN.contact).find((r) => r.MessageId === edge.messageId && r.InteractionType === 'EmailSent');
      expect(sent).toMatchObject({ JourneyRunId: edge.journeyRunId, Timestamp: edge.timestamp(later) });
    }
    const outbound = outboundInteractionsOf(other, KNOWN.contact).find((r) => r.MessageId === MARKETING_EDGES.outboundInside.messageId);
    expect(outbound?.Timestamp).toBe(MARKETING_EDGES.outboundInside.timestamp(later));
  });

  it('KNOWN_MARKETING names assets, links or titles of the org', () => {
    const text = JSON.stringify(
      [...store.tables].filter(([n]) => n.startsWith('msd') || n.startsWith('mse')).map(([, t]) => [...t.values()]),
    );
    const clicks = JSON.stringify(interactions(store, 'EmailClicked').map((r) => r.LinkText));
    for (const name of Object.values(KNOWN_MARKETING))
      expect(text.includes(JSON.stringify(name)) || clicks.includes(name), name).toBe(true);
  });

  it('the install date is 20 months back, and DynamicsMKT_Journeys says so', () => {
    const journeys = rows(store, 'solution').find((s) => s.uniquename === 'DynamicsMKT_Journeys')!;
    expect(journeys.installedon).toBe(realtimeInstallDate(NOW).toISOString().replace('.000Z', 'Z'));
    expect(realtimeInstallDate(new Date('2026-03-31T10:00:00Z')).toISOString()).toBe('2024-07-31T10:00:00.000Z');
  });
});

describe('native rows match their interactions', () => {
  it('one form submission row per FormSubmitted, same id, form, person and values', () => {
    const submitted = interactions(store, 'FormSubmitted');
    const subs = store.tables.get('msdynmkt_marketingformsubmission')!;
    expect(subs.size).toBe(submitted.length);
    for (const r of submitted) {
      const row = subs.get(String(r.FormSubmissionId))!;
      expect(row._msdynmkt_marketingformid_value).toBe(r.FormId);
      expect(row._msdynmkt_contactid_value ?? row._msdynmkt_leadid_value).toBe(r.ProfileId);
      expect(row.msdynmkt_submittedvalues).toBe(r.SubmittedValues);
      expect(row.createdon).toBe(r.Timestamp);
    }
  });

  it('registrations, cancellations and check-ins', () => {
    const regs = store.tables.get('msevtmgt_eventregistration')!;
    const registered = interactions(store, 'EventRegistration');
    expect(regs.size).toBe(registered.length);
    for (const r of registered) expect(regs.get(String(r.EventRegistrationId))?._msevtmgt_eventid_value).toBe(r.EventId);
    const canceled = new Set(interactions(store, 'EventRegistrationCanceled').map((r) => String(r.EventRegistrationId)));
    expect(canceled.size).toBeGreaterThan(0);
    for (const row of regs.values()) {
      const isCanceled = canceled.has(String(row.msevtmgt_eventregistrationid));
      expect([row.statecode, row.statuscode]).toEqual(isCanceled ? [1, 2] : [0, 1]);
    }
    const checkins = store.tables.get('msevtmgt_checkin')!;
    const checkedIn = interactions(store, 'EventCheckIn');
    expect(checkins.size).toBe(checkedIn.length);
    for (const r of checkedIn) expect(checkins.get(String(r.EventCheckInId))?._msevtmgt_registration_value).toBe(r.EventRegistrationId);
  });
});

describe('believable volumes and times', () => {
  it('fills every interaction table, and the assets the brief lists', () => {
    for (const t of INTERACTION_TYPES) expect(interactions(store, t).length, t).toBeGreaterThan(0);
    expect(store.tables.get('msdynmkt_email')!.size).toBe(12);
    expect(store.tables.get('msdynmkt_sms')!.size).toBe(4);
    expect(store.tables.get('msdynmkt_pushnotification')!.size).toBe(2);
    expect(store.tables.get('msdynmkt_marketingform')!.size).toBe(3);
    expect(store.tables.get('msevtmgt_event')!.size).toBe(4);
    expect(interactions(store, 'SmsReceived').every((r) => r.Text === 'STOP')).toBe(true);
    const profiles = new Set(interactions(store, 'EmailSent').map((r) => r.ProfileId));
    expect(profiles.size).toBeGreaterThan(100);
    expect(interactions(store, 'EmailSent').some((r) => r.LeadId)).toBe(true);
  });

  it('keeps real-time interactions after the install and the person’s creation, never after now', () => {
    const install = realtimeInstallDate(NOW).getTime();
    const created = new Map(
      [...rows(store, 'contact'), ...rows(store, 'lead')].map((p) => [String(p.contactid ?? p.leadid), Date.parse(String(p.createdon))]),
    );
    const problems: string[] = [];
    for (const [name, t] of store.tables) {
      if (!name.startsWith('cij_')) continue;
      for (const r of t.values()) {
        const at = Date.parse(String(r.Timestamp));
        if (at > NOW.getTime() || at < install || at < created.get(String(r.ProfileId))!) problems.push(`${name} ${String(r.Timestamp)}`);
        if ((r.ContactId === null) === (r.LeadId === null)) problems.push(`${name} profile`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('keeps outbound interactions between 30 and 14 months ago', () => {
    const from = monthsBefore(NOW, 30).getTime();
    const to = monthsBefore(NOW, 14).getTime();
    const outbound = allOutboundInteractions(store);
    expect(new Set(outbound.map((r) => r.ContactId)).size).toBeGreaterThan(20);
    expect(outbound.filter((r) => Date.parse(String(r.Timestamp)) < from || Date.parse(String(r.Timestamp)) > to)).toEqual([]);
  });
});

describe('determinism and isolation', () => {
  it('gives identical marketing data for the same seed and now, other data for another seed', () => {
    expect(marketingDump(seeded())).toBe(marketingDump(store));
    expect(marketingDump(seeded(DEFAULT_SEED + 1))).not.toBe(marketingDump(store));
  });

  it('leaves the Sales and Service records exactly as an org without marketing has them', () => {
    const bare = createStore(CORE_ENTITY_DEFS);
    seedStore(bare, { seed: DEFAULT_SEED, now: NOW });
    for (const def of CORE_ENTITY_DEFS) {
      if (def.logicalName === 'solution') continue;
      expect(JSON.stringify([...bare.tables.get(def.logicalName)!.values()]), def.logicalName).toBe(
        JSON.stringify([...store.tables.get(def.logicalName)!.values()]),
      );
    }
    for (const id of Object.values(KNOWN)) expect(itemsFor(bare, id).total).toBe(itemsFor(store, id).total);
    expect([...bare.defs.keys()].some((n) => n.startsWith('cij_') || n.startsWith('msdynmkt_'))).toBe(false);
    expect(rows(bare, 'solution').map((s) => s.uniquename)).toEqual(['msdynce_Sales', 'msdynce_Service']);
  });
});
