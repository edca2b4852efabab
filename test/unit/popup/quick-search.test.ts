import { describe, expect, it } from 'vitest';
import { DataverseClient } from '../../../lib/dataverse/client';
import { quickSearch } from '../../../lib/popup/quick-search';

const ORG = 'https://contoso.crm.dynamics.com';
const C = '02964e67-a9d4-4422-acc6-573c7cc89a07';
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function client(answer: (url: URL) => Response) {
  const seen: URL[] = [];
  const c = new DataverseClient({
    orgUrl: ORG,
    sleep: async () => undefined,
    fetch: (async (input: string) => {
      const url = new URL(input);
      seen.push(url);
      return answer(url);
    }) as typeof fetch,
  });
  return { c, seen };
}

const contactRow = {
  contactid: C.toUpperCase(),
  fullname: 'Karim Khalil',
  emailaddress1: 'karim.khalil@example.com',
  telephone1: null,
  mobilephone: '+1 555 0100',
  _parentcustomerid_value: '11111111-0000-0000-0000-000000000001',
  '_parentcustomerid_value@OData.Community.Display.V1.FormattedValue': 'Fourth Coffee',
};
const privilegeDenied = json(
  {
    error: {
      code: '0x80040220',
      message: "Principal user (Id=x, type=8) is missing prvReadLead privilege (Id=y) on OTC=4 for entity 'lead'.",
    },
  },
  403,
);

describe('quickSearch', () => {
  it('asks both tables with the annotations and returns hits with their company', async () => {
    const { c, seen } = client((url) => (url.pathname.endsWith('/contacts') ? json({ value: [contactRow] }) : json({ value: [] })));
    const reply = await quickSearch(c, ' Karim ');
    expect(seen.map((u) => u.pathname.split('/').pop()).sort()).toEqual(['contacts', 'leads']);
    expect(reply).toEqual({
      state: 'ok',
      query: 'Karim',
      tables: {
        contact: {
          state: 'ok',
          hits: [
            {
              entity: 'contact',
              id: C,
              name: 'Karim Khalil',
              company: 'Fourth Coffee',
              email: 'karim.khalil@example.com',
              phone: '+1 555 0100',
            },
          ],
        },
        lead: { state: 'ok', hits: [] },
      },
    });
  });

  it('says which table the user may not read (403); the other still answers', async () => {
    const { c } = client((url) => (url.pathname.endsWith('/leads') ? privilegeDenied.clone() : json({ value: [contactRow] })));
    const reply = await quickSearch(c, 'karim');
    expect(reply.state === 'ok' && reply.tables.lead).toEqual({ state: 'denied', privilege: 'prvReadLead' });
    expect(reply.state === 'ok' && reply.tables.contact.state).toBe('ok');
  });

  it('searches contacts by their own columns when the org refuses the filter through the account (400)', async () => {
    const { c, seen } = client((url) => {
      const filter = url.searchParams.get('$filter') ?? '';
      if (filter.includes('parentcustomerid_account/name')) return json({ error: { code: '0x80060888', message: 'not supported' } }, 400);
      return json({ value: url.pathname.endsWith('/contacts') ? [contactRow] : [] });
    });
    const reply = await quickSearch(c, 'karim');
    expect(reply.state === 'ok' && reply.tables.contact.state === 'ok' && reply.tables.contact.hits).toHaveLength(1);
    expect(seen.filter((u) => u.pathname.endsWith('/contacts'))).toHaveLength(2);
  });

  it('says signed out when the session ended (a redirect to the sign-in page)', async () => {
    const { c } = client(() => new Response('<html>sign in</html>', { headers: { 'Content-Type': 'text/html' } }));
    expect(await quickSearch(c, 'karim')).toEqual({ state: 'signed-out', orgUrl: ORG });
  });

  it('leaves out rows that are not records, and asks nothing for one letter', async () => {
    const { c, seen } = client(() => json({ value: [{ fullname: 'no id' }, { contactid: 'x', fullname: 'bad id' }, contactRow] }));
    const reply = await quickSearch(c, 'ka');
    expect(reply.state === 'ok' && reply.tables.contact.state === 'ok' && reply.tables.contact.hits.map((h) => h.id)).toEqual([C]);
    seen.length = 0;
    expect((await quickSearch(c, 'k')).state).toBe('ok');
    expect(seen).toHaveLength(0);
  });
});
