import { describe, expect, it } from 'vitest';
import { isCrmOnlineHost } from '../../../lib/crm/hosts';
import { normaliseGuid, parseRecordUrl } from '../../../lib/crm/record-url';

const ID = '49b0be2e-d01c-ed11-b83e-000d3a572421';
const APP = 'c1c3f2f0-7a34-4a11-9d43-6f4e1ad0c001';

describe('parseRecordUrl: recognised record pages', () => {
  const cases: Array<[string, string, string]> = [
    ['UCI contact', `https://contoso.crm.dynamics.com/main.aspx?appid=${APP}&pagetype=entityrecord&etn=contact&id=${ID}`, 'contact'],
    ['UCI lead', `https://contoso.crm.dynamics.com/main.aspx?appid=${APP}&pagetype=entityrecord&etn=lead&id=${ID}`, 'lead'],
    [
      'braces, encoded',
      `https://contoso.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=%7B${ID.toUpperCase()}%7D`,
      'contact',
    ],
    ['braces, raw', `https://contoso.crm11.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id={${ID}}`, 'contact'],
    ['upper-case id', `https://contoso.crm2.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID.toUpperCase()}`, 'contact'],
    [
      'extra form params',
      `https://contoso.crm.dynamics.com/main.aspx?appid=${APP}&pagetype=entityrecord&etn=contact&id=${ID}&formid=${APP}&navbar=off&cmdbar=true`,
      'contact',
    ],
    [
      'forceUCI link',
      `https://contoso.crm.dynamics.com/main.aspx?forceUCI=1&newWindow=true&pagetype=entityrecord&etn=lead&id=${ID}`,
      'lead',
    ],
    ['app URL suffix', `https://contoso.crm.dynamics.com/Apps/SalesHub/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`, 'contact'],
    ['upper-case names', `https://contoso.crm.dynamics.com/main.aspx?PageType=EntityRecord&Etn=Contact&ID=${ID}`, 'contact'],
    ['legacy etc=2', `https://contoso.crm.dynamics.com/main.aspx?etc=2&id=%7B${ID}%7D&pagetype=entityrecord`, 'contact'],
    ['legacy etc=4', `https://contoso.crm.dynamics.com/main.aspx?etc=4&id=%7B${ID}%7D&pagetype=entityrecord`, 'lead'],
    ['GCC High', `https://agency.crm.microsoftdynamics.us/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`, 'contact'],
    ['DoD', `https://agency.crm.appsplatform.us/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`, 'contact'],
    ['China', `https://contoso.crm.dynamics.cn/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`, 'contact'],
    ['Sweden crm22', `https://contoso.crm22.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`, 'contact'],
    ['hash suffix', `https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}#tab`, 'contact'],
  ];
  it.each(cases)('%s', (_name, url, entity) => {
    const page = parseRecordUrl(url);
    expect(page).not.toBeNull();
    expect(page?.entity).toBe(entity);
    expect(page?.id).toBe(ID);
    expect(page?.orgUrl).toBe(new URL(url).origin);
  });

  it('keeps the app id', () => {
    expect(
      parseRecordUrl(`https://contoso.crm.dynamics.com/main.aspx?appid=${APP}&pagetype=entityrecord&etn=contact&id=${ID}`)?.appId,
    ).toBe(APP);
  });
});

describe('parseRecordUrl: everything else is not a record page', () => {
  const cases: Array<[string, string]> = [
    ['new-record form (no id)', 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact'],
    ['empty id', 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id='],
    ['malformed id', 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=49b0be2e-d01c-ed11-b83e'],
    ['id with junk', `https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}x`],
    ['half-braced id', `https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id={${ID}`],
    ['bad percent-encoding', 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=%E0%A4%A'],
    ['account', `https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${ID}`],
    ['unknown table', `https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=new_contactlike&id=${ID}`],
    [
      'contact list',
      'https://contoso.crm.dynamics.com/main.aspx?pagetype=entitylist&etn=contact&viewid=00000000-0000-0000-00aa-000010001004&viewtype=1039',
    ],
    ['dashboard', 'https://contoso.crm.dynamics.com/main.aspx?pagetype=dashboard'],
    ['other path', `https://contoso.crm.dynamics.com/other.aspx?pagetype=entityrecord&etn=contact&id=${ID}`],
    ['look-alike host', `https://crm.dynamics.com.evil.example/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`],
    ['hyphen look-alike', `https://evil-dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`],
    ['bare region host', `https://crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`],
    ['sub-sub-domain', `https://a.contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`],
    ['Finance and Operations host', `https://contoso.operations.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`],
    ['unknown region', `https://contoso.crm13.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`],
    ['plain http', `http://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`],
    ['explicit port', `https://contoso.crm.dynamics.com:8443/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`],
    ['not a URL', 'main.aspx?pagetype=entityrecord'],
  ];
  it.each(cases)('%s', (_name, url) => {
    expect(parseRecordUrl(url)).toBeNull();
  });

  it('accepts a custom org only when it was added', () => {
    const url = `https://crm.fabrikam.example/fabrikam/main.aspx?pagetype=entityrecord&etn=contact&id=${ID}`;
    expect(parseRecordUrl(url)).toBeNull();
    // on-premises URLs carry the org segment; only the exact origin is trusted
    expect(parseRecordUrl(url.replace('/fabrikam/', '/'), { customOrigins: ['https://crm.fabrikam.example'] })?.id).toBe(ID);
  });
});

describe('hosts and ids', () => {
  it.each(['contoso.crm.dynamics.com', 'CONTOSO.CRM4.DYNAMICS.COM', 'my-org1.crm9.dynamics.com'])('%s is a CRM host', (h) =>
    expect(isCrmOnlineHost(h)).toBe(true),
  );
  it.each(['dynamics.com', 'crm.dynamics.com', '-bad.crm.dynamics.com', 'contoso.crm.dynamics.com.evil.example', 'contoso.dynamics.com'])(
    '%s is not',
    (h) => expect(isCrmOnlineHost(h)).toBe(false),
  );
  it('normalises GUIDs', () => {
    expect(normaliseGuid(`{${ID.toUpperCase()}}`)).toBe(ID);
    expect(normaliseGuid(`%7b${ID}%7d`)).toBe(ID);
    expect(normaliseGuid('{}')).toBeNull();
    expect(normaliseGuid(undefined)).toBeNull();
  });
});
