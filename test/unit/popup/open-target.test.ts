import { describe, expect, it } from 'vitest';
import { appIdOf, openUrl, pickCrmTab } from '../../../lib/popup/open-target';

const ORG = 'https://contoso.crm.dynamics.com';
const APP = '5b8d3e8a-2c71-4f0e-9a4d-7c6e1f2b3a90';
const KARIM = { entity: 'contact' as const, id: '02964e67-a9d4-4422-acc6-573c7cc89a07' };

describe('where "Open" goes', () => {
  const tabs = [
    { id: 1, url: 'https://example.com/', active: true },
    { id: 2, url: `${ORG}/main.aspx?appid=${APP}&pagetype=dashboard`, lastAccessed: 50 },
    { id: 3, url: `${ORG}/main.aspx?pagetype=entitylist&etn=lead`, lastAccessed: 90 },
    { id: 4, url: 'https://fabrikam.crm4.dynamics.com/main.aspx', active: true },
    { id: 5 }, // a tab whose URL the extension may not see
  ];

  it('reuses the org’s tab used last, or the active one', () => {
    expect(pickCrmTab(tabs, ORG)?.id).toBe(3);
    expect(pickCrmTab([...tabs, { id: 6, url: `${ORG}/main.aspx`, active: true, lastAccessed: 1 }], ORG)?.id).toBe(6);
    expect(pickCrmTab(tabs, 'https://other.crm.dynamics.com')).toBeNull();
  });

  it('opens the record form in the app of that tab', () => {
    expect(appIdOf(tabs[1]!.url)).toBe(APP);
    expect(openUrl(ORG, KARIM, tabs[1]!)).toBe(`${ORG}/main.aspx?appid=${APP}&pagetype=entityrecord&etn=contact&id=${KARIM.id}`);
    expect(openUrl(ORG, KARIM, null)).toBe(`${ORG}/main.aspx?pagetype=entityrecord&etn=contact&id=${KARIM.id}`);
  });
});
