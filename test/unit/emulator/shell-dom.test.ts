// @vitest-environment node
// The shell page and its script in a happy-dom window: the Web API is a small fake over the
// generated store, enough for the pages; what is under test is navigation and Xrm.
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, seedStore } from '../../emulator/generator.ts';
import type { Row } from '../../emulator/model.ts';
import { APP_ID, KNOWN, KNOWN_NAMES } from '../../emulator/seed-ids.ts';
import { appScript } from '../../emulator/shell/assets.ts';
import { createStore } from '../../emulator/store.ts';
import { USERS } from '../../emulator/users.ts';
import { callShell, ORG } from './shell-helpers.ts';

const store = createStore();
seedStore(store, { seed: DEFAULT_SEED, now: new Date('2026-03-15T09:30:00Z') });
const LOGICAL = '@Microsoft.Dynamics.CRM.lookuplogicalname';

/** Rows as the Web API returns them with include-annotations: lookups get their target's name. */
function annotate(row: Row): Row {
  const out: Row = { ...row };
  for (const [key, value] of Object.entries(row)) {
    const target = row[`${key}${LOGICAL}`];
    if (typeof target !== 'string' || typeof value !== 'string') continue;
    const def = store.defs.get(target);
    const name = def && store.tables.get(target)?.get(value)?.[def.primaryName];
    if (typeof name === 'string') out[`${key}@OData.Community.Display.V1.FormattedValue`] = name;
  }
  return out;
}

function fakeApi(win: Window, requests: string[]) {
  return async (input: string) => {
    const url = new URL(input, ORG);
    requests.push(url.pathname + url.search);
    const m = /^\/api\/data\/v9\.2\/(\w+)(?:\(([0-9a-f-]+)\))?$/.exec(url.pathname);
    const def = m ? store.bySet.get(m[1]!) : undefined;
    const json = (status: number, body: unknown) =>
      new win.Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (!m || !def) return json(404, { error: { code: '0x8006088a', message: 'Resource not found' } });
    const rows = store.tables.get(def.logicalName)!;
    if (m[2]) {
      const row = rows.get(m[2]);
      return row
        ? json(200, annotate(row))
        : json(404, { error: { code: '0x80040217', message: `${def.logicalName} With Id = ${m[2]} Does Not Exist` } });
    }
    const value = [...rows.values()].slice(0, 12).map(annotate);
    return json(200, { value, '@odata.count': rows.size });
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(probe: () => T, timeout = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('timed out');
    await sleep(10);
  }
}

type XrmWindow = Window & { Xrm: any; marker?: string }; // eslint-disable-line @typescript-eslint/no-explicit-any

let win: XrmWindow;
let requests: string[];

async function open(path: string): Promise<XrmWindow> {
  const page = callShell(store, USERS.sales, path);
  win = new Window({ url: ORG + path, settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } }) as XrmWindow;
  requests = [];
  (win as unknown as { fetch: unknown }).fetch = fakeApi(win, requests);
  win.document.write(page.body);
  win.eval(appScript());
  win.marker = 'same document';
  await ready();
  return win;
}

const main = () => win.document.getElementById('mainContent')!;
const ready = () => until(() => main().getAttribute('data-state') === 'ready');
const context = () => win.Xrm.Utility.getPageContext().input;

/** Waits until the page context follows; returns how long it trailed (ms). */
async function trail(expectedId: string | undefined, entity: string): Promise<number> {
  const start = Date.now();
  await until(() => context().entityName === entity && context().entityId === expectedId, 1000);
  return Date.now() - start;
}

const recordPath = `/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact&id=%7B${KNOWN.contact.toUpperCase()}%7D`;

describe('shell page with Xrm', () => {
  beforeEach(async () => {
    await open(recordPath);
  });
  afterEach(async () => {
    await win.happyDOM.close();
  });

  it('renders the record form from the Web API and describes it through Xrm', async () => {
    expect(win.document.querySelector('[data-id="header_title"]')!.textContent).toContain(KNOWN_NAMES.contact);
    expect(requests.some((r) => r.startsWith(`/api/data/v9.2/contacts(${KNOWN.contact})`))).toBe(true);
    expect(context()).toMatchObject({ pageType: 'entityrecord', entityName: 'contact', entityId: KNOWN.contact, createFromEntity: null });
    expect(context().formId).toMatch(/^[0-9a-f-]{36}$/);
    expect(win.Xrm.Page.data.entity.getId()).toBe(`{${KNOWN.contact.toUpperCase()}}`);
    expect(win.Xrm.Page.data.entity.getEntityName()).toBe('contact');
    expect(win.Xrm.Page.data.entity.getPrimaryAttributeValue()).toBe(KNOWN_NAMES.contact);
    const email = win.document.querySelector('[data-id="emailaddress1.fieldControl-text-box-text"]') as unknown as HTMLInputElement;
    expect(email.value).toContain('@');
  });

  it('gives the global context of the signed-in user', async () => {
    const g = win.Xrm.Utility.getGlobalContext();
    expect(g.getClientUrl()).toBe(ORG);
    expect(g.getVersion()).toMatch(/^9\.2\.\d+\.\d+$/);
    expect(g.getCurrentAppUrl()).toBe(`${ORG}/main.aspx?appid=${APP_ID}`);
    expect(await g.getCurrentAppProperties()).toMatchObject({ appId: APP_ID, displayName: 'Sales Hub' });
    expect(g.userSettings.userId).toBe(`{${USERS.sales.systemuserid.toUpperCase()}}`);
    expect(g.userSettings.userName).toBe('Marcus Holt');
    expect(g.userSettings.languageId).toBe(1033);
    expect(g.userSettings.getTimeZoneOffsetMinutes()).toBe(-300);
    expect(g.userSettings.securityRoles).toHaveLength(1);
    expect(g.userSettings.roles.getAll()[0].name).toBe('Salesperson');
    expect(g.organizationSettings.uniqueName).toBe('contoso');
  });

  it('navigates by pushState without a reload; getPageContext trails the URL, then follows', async () => {
    const link = win.document.querySelector(
      '[data-id="parentcustomerid.fieldControl-LookupResultsDropdown_parentcustomerid_selected_tag"]',
    ) as unknown as HTMLAnchorElement;
    const accountId = link.getAttribute('data-record-id')!;
    link.click();
    expect(win.location.search).toContain(`etn=account&id=${accountId}`);
    expect(win.marker).toBe('same document');
    // Right after the navigation it still describes the previous record …
    expect(context()).toMatchObject({ entityName: 'contact', entityId: KNOWN.contact });
    expect(win.Xrm.Page.data.entity.getEntityName()).toBe('contact');
    // … for 50–400 ms, then the new one.
    const waited = await trail(accountId, 'account');
    expect(waited).toBeGreaterThanOrEqual(30);
    expect(waited).toBeLessThan(600);
    expect(win.Xrm.Page.data.entity.getId()).toBe(`{${accountId.toUpperCase()}}`);
    await ready();
    expect(win.document.querySelector('[data-id="header_title"]')!.textContent).toContain(
      String(store.tables.get('account')!.get(accountId)!.name),
    );
  });

  it('opens forms with Xrm.Navigation.openForm, resolving once the context follows', async () => {
    await win.Xrm.Navigation.openForm({ entityName: 'contact', entityId: `{${KNOWN.contact2.toUpperCase()}}` });
    expect(context().entityId).toBe(KNOWN.contact2);
    expect(win.location.search).toContain(`id=${KNOWN.contact2}`);
    expect(win.marker).toBe('same document');
    await ready();
    expect(win.document.querySelector('[data-id="header_title"]')!.textContent).toContain(KNOWN_NAMES.contact2);
  });

  it('re-renders on back and forward (popstate)', async () => {
    await win.Xrm.Navigation.openForm({ entityName: 'lead', entityId: KNOWN.lead });
    await ready();
    win.history.back();
    await trail(KNOWN.contact, 'contact');
    await ready();
    expect(win.document.querySelector('[data-id="header_title"]')!.textContent).toContain(KNOWN_NAMES.contact);
    expect(win.marker).toBe('same document');
  });

  it('shows the new-record form without an id', async () => {
    (win.document.querySelector('[data-id="cmd-new"]') as unknown as HTMLButtonElement).click();
    await trail(undefined, 'contact');
    await ready();
    expect(win.location.search).not.toMatch(/[?&]id=/);
    expect(context().pageType).toBe('entityrecord');
    expect(win.Xrm.Page.data.entity.getId()).toBe('');
    expect(win.Xrm.Page.ui.getFormType()).toBe(1);
    expect(win.document.querySelector('[data-id="header_title"]')!.textContent).toContain('New Contact');
  });

  it('shows lists with clickable rows, and their page context', async () => {
    (win.document.querySelector('[data-id="sitemap-entity-lead"]') as unknown as HTMLAnchorElement).click();
    await ready();
    const rows = win.document.querySelectorAll('[data-id="grid-row"]');
    expect(rows.length).toBeGreaterThan(3);
    await until(() => context().pageType === 'entitylist');
    expect(context()).toMatchObject({ entityName: 'lead', viewType: 1039 });
    expect(win.Xrm.Page.data).toBeNull();
    const first = rows[0]!;
    (first.querySelector('[data-id="grid-row-link"]') as unknown as HTMLAnchorElement).click();
    await trail(first.getAttribute('data-record-id')!, 'lead');
    expect(win.marker).toBe('same document');
  });

  it('says so when a record does not exist', async () => {
    await win.Xrm.Navigation.openForm({ entityName: 'contact', entityId: '00000000-0000-4000-8000-000000000000' });
    await until(() => main().getAttribute('data-state') === 'error');
    expect(win.document.querySelector('[data-id="error-state"]')!.textContent).toContain('Record Is Unavailable');
  });
});
