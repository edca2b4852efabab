import { describe, expect, it } from 'vitest';
import { orgKindOf, originPattern, parseOrgInput, patternOrigin } from '../../../lib/crm/org-url';

describe('parseOrgInput: what a user may type to add an org', () => {
  it.each([
    ['https://crm.contoso.com', 'https://crm.contoso.com', 'custom', undefined],
    ['  https://CRM.Contoso.com/  ', 'https://crm.contoso.com', 'custom', undefined],
    ['crm.contoso.com', 'https://crm.contoso.com', 'custom', undefined],
    ['https://crm.contoso.local/orgname', 'https://crm.contoso.local', 'custom', '/orgname'],
    ['https://crm.contoso.local/orgname/main.aspx?etn=contact', 'https://crm.contoso.local', 'custom', '/orgname/main.aspx'],
    ['crm.contoso.local:8443/sales', 'https://crm.contoso.local:8443', 'custom', '/sales'],
    ['https://crmserver', 'https://crmserver', 'custom', undefined],
    ['https://contoso.crm4.dynamics.com/main.aspx?appid=x', 'https://contoso.crm4.dynamics.com', 'online', undefined],
    ['contoso.crm.dynamics.com', 'https://contoso.crm.dynamics.com', 'online', undefined],
    // A look-alike of an online host is no online org: it must be granted like any other site.
    ['https://contoso.crm.dynamics.com.evil.example', 'https://contoso.crm.dynamics.com.evil.example', 'custom', undefined],
    ['https://contoso.crm.dynamics.com:8443', 'https://contoso.crm.dynamics.com:8443', 'custom', undefined],
  ])('%s → %s (%s)', (input, origin, kind, path) => {
    const parsed = parseOrgInput(input);
    expect(parsed).toEqual({ ok: true, origin, kind, ...(path ? { path } : {}) });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://crm.contoso.com', 'notHttps'],
    ['ftp://crm.contoso.com', 'notHttps'],
    ['javascript:alert(1)', 'notHttps'],
    ['https://admin:secret@crm.contoso.com', 'credentials'],
    ['https://*.contoso.com', 'noHost'],
    ['https://crm..contoso.com', 'noHost'],
    ['https://exa mple.com', 'notUrl'],
    ['https://', 'notUrl'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseOrgInput(input)).toEqual({ ok: false, problem });
  });
});

describe('origins and their host permissions', () => {
  it('asks for the whole origin and reads it back', () => {
    expect(originPattern('https://crm.contoso.local:8443')).toBe('https://crm.contoso.local:8443/*');
    expect(patternOrigin('https://crm.contoso.local:8443/*')).toBe('https://crm.contoso.local:8443');
    expect(patternOrigin('https://*/*')).toBeNull();
    expect(patternOrigin('https://crm.contoso.local/org/*')).toBeNull();
  });

  it('tells online orgs from custom ones', () => {
    expect(orgKindOf('https://contoso.crm.dynamics.com')).toBe('online');
    expect(orgKindOf('https://contoso.crm.dynamics.cn')).toBe('online');
    expect(orgKindOf('https://crm.contoso-onprem.test')).toBe('custom');
    expect(orgKindOf('https://a.b.crm.dynamics.com')).toBe('custom');
  });
});
