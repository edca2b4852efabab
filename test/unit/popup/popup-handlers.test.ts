import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WorkerContext } from '../../../entrypoints/background/context';
import type { SettingsStore } from '../../../entrypoints/background/settings-store';
import { registerPopupHandlers } from '../../../entrypoints/background/popup-handlers';
import { DataverseClient } from '../../../lib/dataverse/client';
import { recentRecordsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS, newOrgSettings, type Settings } from '../../../lib/settings/settings';

type Handler = (message: { data: unknown; sender: unknown }) => unknown;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('../../../lib/messaging/messenger', () => ({
  messenger: { onMessage: (type: string, handler: Handler) => void handlers.set(type, handler), sendMessage: vi.fn() },
}));

const ORG = 'https://contoso.crm.dynamics.com';
const KARIM = { entity: 'contact' as const, id: '02964e67-a9d4-4422-acc6-573c7cc89a07' };
const popupPage = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
const contentScript = { id: fakeBrowser.runtime.id, url: `${ORG}/main.aspx?pagetype=entityrecord`, tab: { id: 7 }, frameId: 0 };
const ask = (type: string, data: unknown, sender: unknown = popupPage) => Promise.resolve(handlers.get(type)!({ data, sender }));

function setUp(settings: Settings = DEFAULT_SETTINGS) {
  // The popup's handlers read the settings only.
  const store: Pick<SettingsStore, 'current' | 'ready'> = { current: () => settings, ready: Promise.resolve() };
  const context: WorkerContext = {
    service: { client: (orgUrl: string) => new DataverseClient({ orgUrl }) } as unknown as WorkerContext['service'],
    cache: async () => null,
    settings: store as SettingsStore,
    customOrigins: () => settings.orgs.filter((o) => o.kind === 'custom').map((o) => o.url),
    timelineOpened: [],
  };
  registerPopupHandlers(context);
  return context;
}

const fetchMock = vi.fn(
  async (_url: string) => new Response(JSON.stringify({ fullname: 'Karim Khalil' }), { headers: { 'Content-Type': 'application/json' } }),
);

beforeEach(() => {
  fakeBrowser.reset();
  handlers.clear();
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
});

describe('the worker’s popup handlers', () => {
  it('records a record a panel opened, with its name as the org says it', async () => {
    const context = setUp();
    for (const listener of context.timelineOpened) listener({ orgUrl: ORG, record: KARIM, tabId: 7 });
    await vi.waitFor(async () =>
      expect(await recentRecordsItem.getValue()).toMatchObject([{ orgUrl: ORG, ...KARIM, name: 'Karim Khalil' }]),
    );
    expect(String(fetchMock.mock.calls[0]![0])).toBe(`${ORG}/api/data/v9.2/contacts(${KARIM.id})?$select=fullname`);
    const start = (await ask('popupStart', {})) as { orgs: unknown[]; recent: unknown[] };
    expect(start.orgs).toEqual([{ url: ORG }]);
    expect(start.recent).toHaveLength(1);
  });

  it('refuses content scripts, and orgs that are not CRM orgs, without fetching anything', async () => {
    setUp();
    expect(await ask('quickSearch', { orgUrl: ORG, query: 'karim' }, contentScript)).toEqual({ state: 'refused' });
    expect(await ask('quickSearch', { orgUrl: 'https://evil.example', query: 'karim' })).toEqual({ state: 'refused' });
    expect(await ask('recordSummary', { orgUrl: 'https://evil.example', record: KARIM })).toEqual({ state: 'refused' });
    expect(await ask('recordSummary', { orgUrl: ORG, record: KARIM }, contentScript)).toEqual({ state: 'refused' });
    expect(await ask('openRecord', { orgUrl: 'http://contoso.crm.dynamics.com', record: KARIM })).toEqual({ opened: false });
    expect(await ask('popupStart', {}, contentScript)).toEqual({ orgs: [], recent: [] });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('lists the orgs of the settings, and the active tab’s only when it is a CRM page', async () => {
    setUp({
      ...DEFAULT_SETTINGS,
      orgs: [{ ...newOrgSettings('https://fabrikam.crm4.dynamics.com', 'online', 'visit'), label: 'Fabrikam' }],
    });
    expect(await ask('popupStart', { tabUrl: `${ORG}/main.aspx?etn=contact` })).toEqual({
      orgs: [{ url: 'https://fabrikam.crm4.dynamics.com', label: 'Fabrikam' }],
      recent: [],
      tabOrg: ORG,
    });
    expect(await ask('popupStart', { tabUrl: 'https://example.com/' })).not.toHaveProperty('tabOrg');
  });

  it('opens the record in the org’s tab and focuses it, else in a new tab', async () => {
    setUp();
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const focus = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 3, windowId: 9, url: `${ORG}/main.aspx?appid=5b8d3e8a-2c71-4f0e-9a4d-7c6e1f2b3a90` }] as never);
    expect(await ask('openRecord', { orgUrl: ORG, record: KARIM })).toEqual({ opened: true });
    expect(update).toHaveBeenCalledWith(3, {
      url: `${ORG}/main.aspx?appid=5b8d3e8a-2c71-4f0e-9a4d-7c6e1f2b3a90&pagetype=entityrecord&etn=contact&id=${KARIM.id}`,
      active: true,
    });
    expect(focus).toHaveBeenCalledWith(9, { focused: true });
    query.mockResolvedValue([] as never);
    expect(await ask('openRecord', { orgUrl: ORG, record: KARIM })).toEqual({ opened: true });
    expect(create).toHaveBeenCalledWith({ url: `${ORG}/main.aspx?pagetype=entityrecord&etn=contact&id=${KARIM.id}` });
  });
});
