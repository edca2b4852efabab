import { describe, expect, it } from 'vitest';
import { deterministicGuid } from '../../emulator/ids.ts';
import { createStore, insertRow } from '../../emulator/store.ts';
import { get, ORG, values } from './helpers.ts';

const store = createStore();
const N = 23;
for (let i = 0; i < N; i++) {
  insertRow(store, 'contact', {
    contactid: deterministicGuid(`paging:${i}`),
    fullname: `Person ${String(i % 7)}`,
    createdon: i % 5 === 0 ? null : `2025-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`,
  });
}

function walk(query: string, pageSize: number): { ids: string[]; pages: number; links: string[] } {
  const ids: string[] = [];
  const links: string[] = [];
  let path: string | undefined = query;
  let pages = 0;
  while (path) {
    const { status, json, res } = get(store, path, { prefer: `odata.maxpagesize=${pageSize}` });
    expect(status, JSON.stringify(json)).toBe(200);
    expect(res.headers['Preference-Applied']).toBe(`odata.maxpagesize=${pageSize}`);
    pages++;
    ids.push(...values(json).map((r) => String(r.contactid)));
    const next = json['@odata.nextLink'] as string | undefined;
    if (next) {
      links.push(next);
      expect(next.startsWith(`${ORG}/api/data/v9.2/contacts?`)).toBe(true);
      path = next.slice(ORG.length);
    } else path = undefined;
  }
  return { ids, pages, links };
}

describe('server-driven paging', () => {
  it.each([
    ['contacts?$select=fullname', 5],
    ['contacts?$select=fullname&$orderby=fullname desc', 4],
    ['contacts?$select=fullname,createdon&$orderby=createdon,fullname desc', 3],
    ["contacts?$select=fullname&$filter=fullname ne 'Person 3'&$orderby=createdon desc", 2],
  ])('walking every page of %s returns every row once, in order', (query, size) => {
    const all = values(get(store, query).json).map((r) => String(r.contactid));
    const { ids, pages } = walk(query, size);
    expect(ids).toEqual(all);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(Math.ceil(all.length / size));
  });

  it('keeps the query and adds a $skiptoken paging cookie in the real shape', () => {
    const { links } = walk('contacts?$select=fullname', 10);
    expect(links[0]).toMatch(
      /^https:\/\/contoso\.crm\.dynamics\.com\/api\/data\/v9\.2\/contacts\?\$select=fullname&\$skiptoken=%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%2520page%253d%25221%2522%253e%253ccontactid%2520last%253d%2522%257b[0-9A-F-]{36}%257d%2522%2520first%253d%2522%257b[0-9A-F-]{36}%257d%2522%2520%252f%253e%253c%252fcookie%253e%22%20istracking=%22False%22%20\/%3E$/,
    );
    expect(links[1]).toContain('pagenumber=%223%22');
    expect(links[1]!.match(/\$skiptoken/g)).toHaveLength(1);
  });

  it('uses 5000 as the default and maximum page size', () => {
    const { json, res } = get(store, 'contacts?$select=fullname', { prefer: 'odata.maxpagesize=99999' });
    expect(values(json)).toHaveLength(N);
    expect(json['@odata.nextLink']).toBeUndefined();
    expect(res.headers['Preference-Applied']).toBe('odata.maxpagesize=5000');
  });

  it('lets $top win over odata.maxpagesize', () => {
    const { json } = get(store, 'contacts?$select=fullname&$top=7', { prefer: 'odata.maxpagesize=2' });
    expect(values(json)).toHaveLength(7);
    expect(json['@odata.nextLink']).toBeUndefined();
  });

  it('refuses $skip and a forged $skiptoken', () => {
    expect(get(store, 'contacts?$skip=5')).toMatchObject({
      status: 400,
      json: { error: { code: '0x80060888', message: 'The query parameter $skip is not supported' } },
    });
    expect(get(store, 'contacts?$skiptoken=abc').status).toBe(400);
  });
});
