// @vitest-environment node
// The marketing actions: msdyncrm_LoadInteractionsPublic (outbound interactions, one type per
// call, Data as a JSON string, NextSkipToken paging) and msdynmkt_EmailRetrieveExactMessages (the
// exact copy of a sent e-mail), compared with the documented responses in shared/reference/fixtures.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_ENTITY_DEFS } from '../../emulator/entities.ts';
import { seedBaseline } from '../../emulator/generator.ts';
import type { Row } from '../../emulator/model.ts';
import { KNOWN, MARKETING_EDGES } from '../../emulator/seed-ids.ts';
import { createStore } from '../../emulator/store.ts';
import { allOutboundInteractions } from '../../emulator/store-outbound.ts';
import { USERS } from '../../emulator/users.ts';
import { call, ORG } from './helpers.ts';
import { interactions, post, seeded } from './marketing-helpers.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../../shared/reference/fixtures');
const fixture = (name: string) => JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8')) as Record<string, unknown>;
const store = seeded();
const LOAD = 'msdyncrm_LoadInteractionsPublic';
const EXACT = 'msdynmkt_EmailRetrieveExactMessages';

/** Every element of one (type, contact) query, following NextSkipToken. */
function loadAll(body: Record<string, unknown>): { rows: Row[]; pages: number } {
  const rows: Row[] = [];
  let token: string | null = null;
  let pages = 0;
  do {
    const { status, json } = post(store, LOAD, { ...body, ...(token ? { SkipToken: token } : {}) });
    expect(status, JSON.stringify(json)).toBe(200);
    rows.push(...(JSON.parse(json.Data as string) as Row[]));
    token = json.NextSkipToken as string | null;
    pages++;
  } while (token);
  return { rows, pages };
}

const mmddyyyy = (iso: string) => `${iso.slice(5, 7)}-${iso.slice(8, 10)}-${iso.slice(0, 4)}`;

describe('msdyncrm_LoadInteractionsPublic', () => {
  it('answers in the documented shape: Data is a string of elements with the example’s fields', () => {
    const { status, json } = post(store, LOAD, { InteractionType: 'EmailSent', ContactId: KNOWN.contact }, { version: 'v9.0' });
    expect(status).toBe(200);
    const example = fixture('msdyncrm-loadinteractionspublic-response.json');
    expect(Object.keys(json)).toEqual(Object.keys(example));
    expect(json['@odata.context']).toBe(`${ORG}/api/data/v9.0/$metadata#Microsoft.Dynamics.CRM.msdyncrm_LoadInteractionsPublicResponse`);
    expect(typeof json.Data).toBe('string');
    const rows = JSON.parse(json.Data as string) as Row[];
    const exampleKeys = Object.keys((JSON.parse(example.Data as string) as Row[])[0]!);
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(exampleKeys);
      expect(r.InteractionType).toBe('EmailSent');
      expect(r.ContactId).toBe(KNOWN.contact);
      expect(r.InteractionId).toMatch(/^[0-9A-F]{32}$/);
    }
    expect(json.NextSkipToken).toBeNull();
  });

  it('gives one type per call, with type-specific fields', () => {
    const clicked = loadAll({ InteractionType: 'EmailClicked', ContactId: KNOWN.contact }).rows;
    expect(clicked.length).toBeGreaterThan(0);
    expect(clicked.every((r) => r.InteractionType === 'EmailClicked' && typeof r.LinkUrl === 'string')).toBe(true);
    const forms = loadAll({ InteractionType: 'FormSubmitted', ContactId: KNOWN.contact }).rows;
    expect(forms[0]).toMatchObject({ FormId: forms[0]!.MessageId });
    const visits = loadAll({ InteractionType: 'WebsiteVisited', ContactId: KNOWN.contact }).rows;
    expect(visits[0]).toMatchObject({ WebsiteId: expect.any(String), PageUrl: expect.stringMatching(/^https:\/\//) });
    const events = loadAll({ InteractionType: 'EventRegistration', ContactId: KNOWN.contact }).rows;
    expect(events[0]).toHaveProperty('EventId');
  });

  it('pages with NextSkipToken, returning every row once, newest first', () => {
    const contact = [...new Set(allOutboundInteractions(store).map((r) => String(r.ContactId)))].find(
      (c) => allOutboundInteractions(store).filter((r) => r.ContactId === c && r.InteractionType === 'EmailSent').length >= 4,
    )!;
    const expected = allOutboundInteractions(store).filter((r) => r.ContactId === contact && r.InteractionType === 'EmailSent');
    const { rows, pages } = loadAll({ InteractionType: 'EmailSent', ContactId: contact.toUpperCase(), Top: 2 });
    expect(pages).toBe(Math.ceil(expected.length / 2));
    expect(rows.map((r) => r.InteractionId).sort()).toEqual(expected.map((r) => r.InteractionId).sort());
    const stamps = rows.map((r) => String(r.Timestamp));
    expect(stamps).toEqual([...stamps].sort().reverse());
    // A token only fits its own query.
    const first = post(store, LOAD, { InteractionType: 'EmailSent', ContactId: contact, Top: 2 }).json;
    const wrong = post(store, LOAD, { InteractionType: 'EmailOpened', ContactId: contact, SkipToken: first.NextSkipToken });
    expect(wrong.status).toBe(400);
  });

  it('keeps DateFrom and DateTo inclusive by day', () => {
    const edge = MARKETING_EDGES.outboundInside;
    const stamp = allOutboundInteractions(store).find((r) => r.MessageId === edge.messageId && r.InteractionType === 'EmailSent')!;
    const day = mmddyyyy(String(stamp.Timestamp));
    const same = loadAll({ InteractionType: 'EmailSent', ContactId: KNOWN.contact, DateFrom: day, DateTo: day }).rows;
    expect(same.map((r) => r.MessageId)).toEqual([edge.messageId]);
    const next = mmddyyyy(new Date(Date.parse(String(stamp.Timestamp)) + 86_400_000).toISOString());
    expect(loadAll({ InteractionType: 'EmailSent', ContactId: KNOWN.contact, DateFrom: next, DateTo: next }).rows).toEqual([]);
    const all = loadAll({ InteractionType: 'EmailSent', ContactId: KNOWN.contact }).rows;
    const after = loadAll({ InteractionType: 'EmailSent', ContactId: KNOWN.contact, DateFrom: day }).rows;
    expect(after.length).toBe(all.filter((r) => String(r.Timestamp) >= String(stamp.Timestamp).slice(0, 10)).length);
  });

  it.each([
    [{ InteractionType: 'EmailSent' }, 'ContactId is required.'],
    [{ ContactId: KNOWN.contact }, 'InteractionType is required.'],
    [{ ContactId: KNOWN.contact, InteractionType: 'EmailRead' }, "'EmailRead' is not a valid InteractionType."],
    [{ ContactId: 'nope', InteractionType: 'EmailSent' }, "ContactId 'nope' is not a valid Guid."],
    [{ ContactId: KNOWN.contact, InteractionType: 'EmailSent', DateFrom: '2025-01-01' }, /MM-DD-YYYY/],
    [{ ContactId: KNOWN.contact, InteractionType: 'EmailSent', Top: 0 }, /Top/],
    [{ ContactId: KNOWN.contact, InteractionType: ['EmailSent', 'EmailOpened'] }, /Edm.String/],
    [{ ContactId: KNOWN.contact, InteractionType: 'EmailSent', Types: 'x' }, /not a valid parameter/],
  ])('refuses %j with a 400 in the error envelope', (body, message) => {
    const { status, json } = post(store, LOAD, body);
    expect(status).toBe(400);
    expect(Object.keys(json.error as object)).toEqual(['code', 'message']);
    expect((json.error as { message: string }).message).toMatch(message);
  });

  it('needs prvReadmsdyncrm_marketingemail', () => {
    const { status, json } = post(store, LOAD, { InteractionType: 'EmailSent', ContactId: KNOWN.contact }, { user: 'sales' });
    expect(status).toBe(403);
    expect(json.error).toMatchObject({
      code: '0x80040220',
      message: expect.stringContaining('is missing prvReadmsdyncrm_marketingemail privilege'),
    });
    expect(post(store, LOAD, { InteractionType: 'EmailSent', ContactId: KNOWN.contact }, { user: 'marketer' }).status).toBe(200);
  });
});

describe('action routing', () => {
  it('needs POST, the exact name and a JSON body; other writes stay refused', () => {
    expect(call(store, LOAD).status).toBe(405);
    expect(post(store, 'msdyncrm_loadinteractionspublic', {}).status).toBe(404);
    expect(post(store, LOAD, 'not json').status).toBe(400);
    expect(post(store, LOAD, '{}', { headers: { 'content-type': 'text/plain' } }).status).toBe(415);
    expect(call(store, 'cij_emailsents', { method: 'POST', body: '{}' }).status).toBe(405);
    expect(call(store, '$metadata').body).toContain('<ActionImport Name="msdyncrm_LoadInteractionsPublic"');
  });

  it('runs inside $batch, as a POST part', () => {
    const part = [
      'POST msdyncrm_LoadInteractionsPublic HTTP/1.1',
      'Content-Type: application/json',
      '',
      JSON.stringify({ InteractionType: 'EmailSent', ContactId: KNOWN.contact }),
    ].join('\r\n');
    const body = ['--batch_M', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', part, '--batch_M--', ''].join(
      '\r\n',
    );
    const res = call(store, '$batch', { method: 'POST', body, headers: { 'content-type': 'multipart/mixed; boundary=batch_M' } });
    expect(res.status).toBe(200);
    expect(res.body).toContain('HTTP/1.1 200');
    expect(res.body).toContain('msdyncrm_LoadInteractionsPublicResponse');
  });

  it('has no marketing actions in an org without marketing', () => {
    const bare = createStore(CORE_ENTITY_DEFS);
    seedBaseline(bare);
    const { status, json } = post(bare, LOAD, { InteractionType: 'EmailSent', ContactId: KNOWN.contact });
    expect(status).toBe(404);
    expect(json.error).toEqual({ code: '0x8006088a', message: `Resource not found for the segment '${LOAD}'.` });
    expect(post(bare, EXACT, {}).status).toBe(404);
  });
});

describe('msdynmkt_EmailRetrieveExactMessages', () => {
  const sent = interactions(store, 'EmailSent').filter((r) => r.ContactId === KNOWN.contact);
  const request = (rows: Row[], extra: Row[] = []) =>
    JSON.stringify([
      ...rows.map((r) => ({
        id: `${KNOWN.contact}_${String(r.CustomerJourneyId)}_${String(r.JourneyRunId)}_${String(r.MessageId)}`,
        properties: {
          msdynmkt_journeyid: r.CustomerJourneyId,
          msdynmkt_journeyrunid: r.JourneyRunId,
          msdynmkt_messagetemplateid: r.MessageId,
          msdynmkt_sourcesystem: '0',
        },
      })),
      ...extra,
    ]);

  it('answers like the documented response, with the template’s HTML filled in for the contact', () => {
    const spring = sent.find((r) => store.tables.get('msdynmkt_email')!.get(String(r.MessageId))?.msdynmkt_name === 'Spring newsletter')!;
    const { status, json } = post(store, EXACT, {
      ProfileId: KNOWN.contact,
      MessageEntityName: 'msdynmkt_email',
      Interactions: request([spring]),
    });
    expect(status).toBe(200);
    const example = fixture('msdynmkt-emailretrieveexactmessages-response.json');
    expect(Object.keys(json)).toEqual(Object.keys(example));
    expect(json).toMatchObject({ ResultCode: 200, Error: null });
    expect(json['@odata.context']).toBe(
      `${ORG}/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.msdynmkt_EmailRetrieveExactMessagesResponse`,
    );
    const data = JSON.parse(json.ApiResponseData as string) as {
      exactMessagesMap: Record<string, Row>;
      interactionToMessageMap: Record<string, string>;
    };
    const exampleData = JSON.parse(example.ApiResponseData as string) as typeof data;
    expect(Object.keys(data)).toEqual(Object.keys(exampleData));
    const id = `${KNOWN.contact}_${String(spring.CustomerJourneyId)}_${String(spring.JourneyRunId)}_${String(spring.MessageId)}`;
    expect(Object.keys(data.exactMessagesMap[id]!)).toEqual(Object.keys(Object.values(exampleData.exactMessagesMap)[0]!));
    expect(data.exactMessagesMap[id]!.msdynmkt_name).toBe('Spring newsletter');
    expect(data.exactMessagesMap[id]!.msdynmkt_emailbody).toContain('<p>Hi Karim,</p>');
    expect(data.exactMessagesMap[id]!.msdynmkt_emailbody).not.toContain('{{');
    expect(data.interactionToMessageMap).toEqual({ [id]: id });
  });

  it('leaves unknown ids, and copies older than a year, out of both maps', () => {
    const outside = sent.find((r) => r.MessageId === MARKETING_EDGES.realtimeOutside.messageId)!;
    const inside = sent.find((r) => r.MessageId === MARKETING_EDGES.realtimeInside.messageId)!;
    const unknown = { id: 'x_y_z_w', properties: { msdynmkt_journeyid: 'y', msdynmkt_journeyrunid: 'z', msdynmkt_messagetemplateid: 'w' } };
    const { json } = post(store, EXACT, {
      ProfileId: KNOWN.contact,
      MessageEntityName: 'msdynmkt_email',
      Interactions: request([inside, outside], [unknown]),
    });
    const data = JSON.parse(json.ApiResponseData as string) as {
      exactMessagesMap: Record<string, unknown>;
      interactionToMessageMap: Record<string, string>;
    };
    expect(Object.keys(data.exactMessagesMap)).toEqual([
      `${KNOWN.contact}_${String(inside.CustomerJourneyId)}_${String(inside.JourneyRunId)}_${String(inside.MessageId)}`,
    ]);
    expect(Object.keys(data.interactionToMessageMap)).toEqual(Object.keys(data.exactMessagesMap));
  });

  it('needs prvReadWorkflow, and validates its parameters', () => {
    const body = { ProfileId: KNOWN.contact, MessageEntityName: 'msdynmkt_email', Interactions: '[]' };
    const denied = post(store, EXACT, body, { user: 'sales' });
    expect(denied.status).toBe(403);
    expect((denied.json.error as { message: string }).message).toMatch(
      new RegExp(
        `^Principal user \\(Id=${USERS.sales.systemuserid}, .*is missing prvReadWorkflow privilege .* on OTC=4703 for entity 'workflow'`,
      ),
    );
    expect(post(store, EXACT, body, { user: 'marketer' }).status).toBe(200);
    expect(post(store, EXACT, { ...body, Interactions: 'nope' }).status).toBe(400);
    expect(post(store, EXACT, { ...body, ProfileId: 'nope' }).status).toBe(400);
    expect(post(store, EXACT, { ...body, MessageEntityName: 'msdyncrm_marketingemail' }).status).toBe(400);
  });
});
