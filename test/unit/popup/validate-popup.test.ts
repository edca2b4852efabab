import { describe, expect, it } from 'vitest';
import { crmOrg, parseQuickSearch, parseRecordRequest, parseSummaryReply } from '../../../lib/messaging/validate-popup';

const ORG = 'https://contoso.crm.dynamics.com';
const ID = '02964e67-a9d4-4422-acc6-573c7cc89a07';

describe('popup messages into the worker', () => {
  it('accepts Dynamics 365 orgs and the custom orgs the user added, nothing else', () => {
    expect(crmOrg(ORG, [])).toBe(ORG);
    expect(crmOrg('https://onprem.example:444', ['https://onprem.example:444'])).toBe('https://onprem.example:444');
    for (const url of [
      'https://evil.example',
      'http://contoso.crm.dynamics.com',
      'https://contoso.crm.dynamics.com.evil.example',
      'https://contoso.crm.dynamics.com/api/data/v9.2/',
      'https://contoso.crm.dynamics.com:8443',
      'javascript:alert(1)',
      '',
    ])
      expect(crmOrg(url, []), url).toBeNull();
  });

  it('refuses a search for another site or of the wrong shape', () => {
    expect(parseQuickSearch({ orgUrl: ORG, query: 'karim' }, [])).toEqual({ orgUrl: ORG, query: 'karim' });
    expect(parseQuickSearch({ orgUrl: 'https://evil.example', query: 'karim' }, [])).toBeNull();
    expect(parseQuickSearch({ orgUrl: ORG, query: 42 }, [])).toBeNull();
    expect(parseQuickSearch({ orgUrl: ORG, query: 'x'.repeat(1000) }, [])).toBeNull();
  });

  it('takes records of contacts and leads with a GUID only', () => {
    expect(parseRecordRequest({ orgUrl: ORG, record: { entity: 'lead', id: ID } }, [])).toEqual({
      orgUrl: ORG,
      record: { entity: 'lead', id: ID },
    });
    expect(parseRecordRequest({ orgUrl: ORG, record: { entity: 'account', id: ID } }, [])).toBeNull();
    expect(parseRecordRequest({ orgUrl: ORG, record: { entity: 'contact', id: `${ID}) or (1 eq 1` } }, [])).toBeNull();
  });
});

describe('worker answers into the popup', () => {
  it('turns a malformed summary into null (an error state), never a half-read one', () => {
    expect(parseSummaryReply({ state: 'ok', record: { entity: 'contact', id: ID } })).toBeNull();
    expect(parseSummaryReply({ state: 'signed-out', orgUrl: 'javascript:alert(1)' })).toBeNull();
    expect(parseSummaryReply({ state: 'signed-out', orgUrl: ORG })).toEqual({ state: 'signed-out', orgUrl: ORG });
  });
});
