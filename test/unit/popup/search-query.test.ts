import { describe, expect, it } from 'vitest';
import {
  namePath,
  normaliseQuery,
  odataContainsLiteral,
  SEARCH_TOP,
  searchFilter,
  searchPath,
  SEARCH_TABLES,
} from '../../../lib/popup/search-query';
import { hitsFromRows } from '../../../lib/popup/search-results';
import { insertRow } from '../../emulator/store.ts';
import { C1, get, L1, smallStore, values } from '../emulator/helpers';

const decoded = (path: string) => decodeURIComponent(path);

describe('the quick search query', () => {
  it('doubles single quotes and brackets the LIKE wildcards, so text matches itself', () => {
    expect(odataContainsLiteral("O'Brien")).toBe("'O''Brien'");
    expect(odataContainsLiteral("it's 'quoted'")).toBe("'it''s ''quoted'''");
    expect(odataContainsLiteral('50%_off [x]')).toBe("'50[%][_]off [[]x]'");
  });

  it('looks in name, email, phones and company of contacts and leads', () => {
    expect(searchFilter(SEARCH_TABLES.contact, 'ann')).toBe(
      "contains(fullname,'ann') or contains(emailaddress1,'ann') or contains(telephone1,'ann') or contains(mobilephone,'ann') or contains(parentcustomerid_account/name,'ann')",
    );
    expect(searchFilter(SEARCH_TABLES.lead, 'ann')).toBe(
      "contains(fullname,'ann') or contains(emailaddress1,'ann') or contains(telephone1,'ann') or contains(mobilephone,'ann') or contains(companyname,'ann')",
    );
  });

  it('selects what a hit shows, asks for the top matches, and URL-encodes the filter', () => {
    const path = searchPath('contact', 'a+b&c');
    expect(
      path.startsWith('contacts?$select=contactid,fullname,emailaddress1,telephone1,mobilephone,_parentcustomerid_value&$filter='),
    ).toBe(true);
    expect(path).toContain(`&$top=${SEARCH_TOP}`);
    expect(path).not.toMatch(/[+&]c/); // '+' and '&' are encoded in the filter
    expect(decoded(path)).toContain("contains(fullname,'a+b&c')");
    expect(searchPath('lead', 'x')).toMatch(/^leads\?\$select=leadid,fullname,emailaddress1,telephone1,mobilephone,companyname&/);
  });

  it('trims what was typed and refuses a query too short to search', () => {
    expect(normaliseQuery('  karim   khalil ')).toBe('karim khalil');
    expect(normaliseQuery(' k ')).toBeNull();
    expect(normaliseQuery('x'.repeat(500))).toHaveLength(100);
  });

  it('builds the name query for a validated id only', () => {
    expect(namePath('lead', 'CE66827A-4343-46F5-8616-3247D22167DD')).toBe('leads(ce66827a-4343-46f5-8616-3247d22167dd)?$select=fullname');
    expect(() => namePath('contact', "x') or (1 eq 1")).toThrow();
  });
});

describe('the quick search against the emulated org', () => {
  const store = smallStore();
  insertRow(store, 'lead', {
    leadid: '22222222-0000-0000-0000-000000000002',
    fullname: 'Mia Wong',
    companyname: 'Fourth Coffee',
    emailaddress1: 'mia_w@fourth.example',
  });
  insertRow(store, 'contact', {
    contactid: '11111111-0000-0000-0000-000000000009',
    fullname: 'Pat 50% Deals',
    emailaddress1: 'miaxw@other.example',
  });
  const search = (entity: 'contact' | 'lead', query: string) => {
    const { status, json } = get(store, searchPath(entity, query), { prefer: 'odata.include-annotations="*"' });
    expect(status).toBe(200);
    return hitsFromRows(entity, values(json));
  };

  it("finds a name with a quote in it (Dan O'Brien)", () => {
    expect(search('contact', "o'bri").map((h) => h.id)).toEqual([C1]);
  });

  it('finds a contact by its account’s name, and shows that company', () => {
    const [hit] = search('contact', 'fourth cof');
    expect(hit).toMatchObject({ entity: 'contact', id: C1, name: "Dan O'Brien", company: 'Fourth Coffee', email: 'dan@example.com' });
  });

  it('finds leads by company and email; a wildcard typed is a literal', () => {
    expect(search('lead', 'Fourth').map((h) => h.company)).toEqual(['Fourth Coffee']);
    expect(search('lead', 'mia_w').map((h) => h.name)).toEqual(['Mia Wong']);
    expect(search('contact', 'mia_w')).toEqual([]); // '_' does not stand for the 'x' of miaxw
    expect(search('contact', '50%').map((h) => h.name)).toEqual(['Pat 50% Deals']);
    expect(search('lead', 'lee l').map((h) => h.id)).toEqual([L1]);
  });
});
