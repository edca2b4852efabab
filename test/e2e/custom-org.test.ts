// Story: an on-premises or own-domain org. The emulated org also answers as crm.contoso-onprem.test,
// a host the manifest knows nothing of: no panel there until the user adds it on the options page
// and allows access; then the panel shows there; removing it takes the access, the content script
// and the cached timelines away.
//
// The permission prompt: headless Chromium shows chrome.permissions.request's dialog where nothing can
// answer it (the request never settles; Playwright does not drive browser dialogs, and
// --apps-gallery-install-auto-confirm-for-tests does not cover it). So the test does what a user can
// do before clicking "Add": it allows the site for the extension the way chrome://extensions does
// (chrome.developerPrivate.addHostPermission, from that page). Chrome then answers the options page's
// own permissions.request without a prompt, and everything after the grant runs as it would.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { APP_ID, KNOWN } from '../emulator/seed-ids.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { expectedTimeline } from './support/org-api.ts';
import { PanelObject } from './support/panel.ts';

const ONPREM_HOST = 'crm.contoso-onprem.test';
const ONPREM = `https://${ONPREM_HOST}`;
const RECORD = `contact:${KNOWN.contact}`;

let h: Harness;

/** The extension APIs the test reads in the worker and in chrome://extensions (no @types/chrome here). */
interface Chrome {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  developerPrivate: Record<'addHostPermission' | 'removeHostPermission', (extensionId: string, host: string) => Promise<void>>;
}

before(async () => {
  h = await startHarness({ appId: APP_ID, aliases: [ONPREM_HOST] });
});
after(async () => {
  await h?.close();
});

/** What the browser's extensions page does when the user allows (or takes back) a site for Touchpoint. */
async function extensionsPage(action: 'addHostPermission' | 'removeHostPermission', host: string): Promise<void> {
  const page = await h.newPage();
  await page.goto(`chrome://extensions/?id=${h.extensionId}`);
  await page.evaluate(({ id, host, action }) => (globalThis as unknown as { chrome: Chrome }).chrome.developerPrivate[action](id, host), {
    id: h.extensionId,
    host,
    action,
  });
  await page.close();
}

/** Waits as long as a panel takes on a known host, then says whether one is there. */
async function panelAfterLoad(page: Page): Promise<boolean> {
  await page.waitForFunction(() => (window as unknown as { Xrm?: unknown }).Xrm !== undefined);
  await page.waitForTimeout(2500);
  return page
    .locator('touchpoint-panel')
    .count()
    .then((n) => n > 0);
}

const registeredMatches = () =>
  h.worker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
  );
const hasAccess = () =>
  h.worker.evaluate((o) => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({ origins: [o] }), `${ONPREM}/*`);
const cachedFor = (org: string) =>
  h.worker.evaluate(async (org) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('touchpoint-cache');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const n = await new Promise<number>((resolve) => {
      const r = db.transaction('timelines').objectStore('timelines').index('byOrg').count(org);
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return n;
  }, org);

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const row = (options: Page, org: string) => options.locator(`[data-testid="org-row"][data-org="${org}"]`);

describe('an on-premises org added on the options page', () => {
  let options: Page;

  it('shows no panel on the second host name before it is added; a visited online org is listed by itself', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    await new PanelObject(page).waitFor(RECORD);
    await h.signIn(page, 'admin', ONPREM);
    await page.goto(h.recordUrl('contact', KNOWN.contact, ONPREM));
    assert.equal(await panelAfterLoad(page), false, 'no panel on a host Touchpoint has no access to');
    await page.close();

    options = await h.newPage();
    await options.goto(h.extensionUrl('options.html'));
    const visited = row(options, h.orgUrl);
    await visited.waitFor();
    assert.equal(await visited.getAttribute('data-added-by'), 'visit');
    assert.equal(await visited.getAttribute('data-kind'), 'online');
    assert.equal(await row(options, ONPREM).count(), 0);
  });

  it('refuses an address that is not https, with a message', async () => {
    await options.getByTestId('org-input').fill(`http://${ONPREM_HOST}`);
    await options.getByTestId('org-add').click();
    assert.match((await options.getByTestId('org-message').textContent()) ?? '', /https/);
    assert.equal(await row(options, ONPREM).count(), 0);
  });

  it('adds it with the access the user allows, and the panel shows its timeline there', async () => {
    await extensionsPage('addHostPermission', `${ONPREM}/*`);
    assert.equal(await hasAccess(), false, 'allowed on the extensions page, but not granted until Touchpoint asks');
    await options.getByTestId('org-input').fill(`${ONPREM}/contoso`);
    await options.getByTestId('org-add').click();
    const added = row(options, ONPREM);
    await added.waitFor();
    assert.equal(await added.getAttribute('data-kind'), 'custom');
    assert.equal(await added.getAttribute('data-added-by'), 'user');
    await options.locator(`[data-testid="org-row"][data-org="${ONPREM}"][data-access="granted"]`).waitFor();
    assert.match((await options.getByTestId('org-message').textContent()) ?? '', /Added https:\/\/crm\.contoso-onprem\.test/);
    assert.equal(await hasAccess(), true);
    await until('registered content script', registeredMatches, (m) => m.includes(`${ONPREM}/*`));

    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact, ONPREM));
    const panel = new PanelObject(page);
    await panel.waitFor(RECORD);
    assert.equal(new URL(page.url()).origin, ONPREM);
    const expected = await expectedTimeline(page, 'contact', KNOWN.contact);
    assert.ok(expected.all.length > 10);
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all);
    assert.ok(
      (await until(
        'cached timelines of the org',
        () => cachedFor(ONPREM),
        (n) => n > 0,
      )) > 0,
    );
    await page.close();
  });

  it('shows it as needing permission when access is taken back in the browser, and follows when it is allowed again', async () => {
    await extensionsPage('removeHostPermission', `${ONPREM}/*`);
    await options.locator(`[data-testid="org-row"][data-org="${ONPREM}"][data-access="needed"]`).waitFor();
    assert.equal(await row(options, ONPREM).getByTestId('org-grant').isVisible(), true, 'an "Allow access" button');
    await until('content script unregistered', registeredMatches, (m) => !m.includes(`${ONPREM}/*`));
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact, ONPREM));
    assert.equal(await panelAfterLoad(page), false, 'no panel without access');

    // Allowed again on the extensions page (a site the extension once had access to comes back at once).
    await extensionsPage('addHostPermission', `${ONPREM}/*`);
    await options.locator(`[data-testid="org-row"][data-org="${ONPREM}"][data-access="granted"]`).waitFor();
    await until('content script registered again', registeredMatches, (m) => m.includes(`${ONPREM}/*`));
    await page.reload();
    await new PanelObject(page).waitFor(RECORD);
    await page.close();
  });

  it('removing it takes the access, the panel and the cached timelines away', async () => {
    await row(options, ONPREM).getByTestId('org-remove').click();
    await until(
      'row gone',
      () => row(options, ONPREM).count(),
      (n) => n === 0,
    );
    assert.match((await options.getByTestId('org-message').textContent()) ?? '', /Removed/);
    assert.equal(await hasAccess(), false);
    await until('content script unregistered', registeredMatches, (m) => !m.includes(`${ONPREM}/*`));
    await until(
      'cached timelines of the org',
      () => cachedFor(ONPREM),
      (n) => n === 0,
    );
    assert.ok((await cachedFor(h.orgUrl)) > 0, 'the online org keeps its cache');

    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact, ONPREM));
    assert.equal(await panelAfterLoad(page), false, 'no panel on a new page load');
    await page.close();
    await options.close();
  });
});
