// Page object for the options page (chrome-extension://<id>/options.html), and what the tests read
// from the extension itself: its stored settings and its IndexedDB cache, counted by org.
import type { Locator, Page, Worker } from 'playwright-core';
import type { Harness } from './harness.ts';

type ChromeStorage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

/** The extension's service worker now (a stopped worker is replaced by a new one). */
export function liveWorker(h: Harness): Worker {
  return h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`)) ?? h.worker;
}

/** The settings as stored (extension storage `local:settings`), exactly. */
export async function storedSettings(h: Harness): Promise<unknown> {
  return liveWorker(h).evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
    return (await chrome.storage.local.get('settings')).settings ?? null;
  });
}

/** Cached timelines per org, read from the worker's IndexedDB ('touchpoint-cache', store 'timelines'). */
export async function cachedTimelinesByOrg(h: Harness): Promise<Record<string, number>> {
  return liveWorker(h).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('touchpoint-cache');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<Array<{ org: string }>>((resolve, reject) => {
      const request = db.transaction('timelines').objectStore('timelines').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ org: string }>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const counts: Record<string, number> = {};
    for (const entry of all) counts[entry.org] = (counts[entry.org] ?? 0) + 1;
    return counts;
  });
}

/** The cached items of one source in every cached timeline of an org. */
export async function cachedItemsOf(
  h: Harness,
  org: string,
  source: string,
): Promise<Array<{ id: string; title: string; summary?: string }>> {
  return liveWorker(h).evaluate(
    async ({ org, source }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('touchpoint-cache');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      type Entry = { org: string; sources: Record<string, { items: Array<{ id: string; title: string; summary?: string }> }> };
      const all = await new Promise<Entry[]>((resolve, reject) => {
        const request = db.transaction('timelines').objectStore('timelines').getAll();
        request.onsuccess = () => resolve(request.result as Entry[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return all.filter((e) => e.org === org).flatMap((e) => e.sources[source]?.items ?? []);
    },
    { org, source },
  );
}

/** Puts a timeline of another org straight into the cache (to show that clearing one org spares the others). */
export async function cacheTimelineOf(h: Harness, org: string): Promise<void> {
  await liveWorker(h).evaluate(async (orgUrl) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('touchpoint-cache');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const key = `${orgUrl}|d96e9f55-f06d-e511-80d0-00155db07cb1|contact|00000000-0000-0000-0000-000000000001`;
    const tx = db.transaction(['timelines', 'meta'], 'readwrite');
    const now = Date.now();
    tx.objectStore('timelines').put({
      key,
      org: orgUrl,
      user: 'd96e9f55-f06d-e511-80d0-00155db07cb1',
      entity: 'contact',
      recordId: '00000000-0000-0000-0000-000000000001',
      savedAt: now,
      accessedAt: now,
      sources: {},
    });
    tx.objectStore('meta').put({ key, org: orgUrl, bytes: 200, accessedAt: now });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, org);
}

export class OptionsObject {
  private constructor(readonly page: Page) {}

  static async open(h: Harness): Promise<OptionsObject> {
    const page = await h.newPage();
    const options = new OptionsObject(page);
    await options.reload(h);
    return options;
  }

  async reload(h: Harness): Promise<void> {
    await this.page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await this.page.locator('body[data-ready="true"]').waitFor();
  }

  sourceToggle(source: string): Locator {
    return this.page.locator(`[data-testid="source-toggle"][data-source="${source}"]`);
  }

  /** Turns a source of the chosen org on or off, and waits until the page says it is saved. */
  async setSource(source: string, on: boolean): Promise<void> {
    const status = this.page.locator('[data-testid="options-status"]');
    const answers = Number(await status.getAttribute('data-answers'));
    await this.sourceToggle(source).setChecked(on);
    await this.page.locator(`[data-testid="options-status"][data-answers="${answers + 1}"]`).waitFor();
    const text = (await status.textContent()) ?? '';
    if (text !== 'Saved.') throw new Error(`The options page did not save: ${text}`);
  }

  /** Ticks or unticks "do not keep message bodies", and waits until the page says it is saved. */
  async setSkipBodies(on: boolean): Promise<void> {
    const status = this.page.locator('[data-testid="options-status"]');
    const answers = Number(await status.getAttribute('data-answers'));
    await this.page.locator('[data-testid="cache-skip-bodies"]').setChecked(on);
    await this.page.locator(`[data-testid="options-status"][data-answers="${answers + 1}"]`).waitFor();
  }

  async chooseOrg(orgUrl: string): Promise<void> {
    await this.page.locator('[data-testid="org-picker"]').selectOption(orgUrl);
    await this.page.locator(`[data-testid="org-settings"][data-org="${orgUrl}"]`).waitFor();
  }

  async importFile(name: string, content: string): Promise<void> {
    await this.page
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  /** The refusal shown after an import: its title and each problem listed. */
  async importRefusal(): Promise<{ title: string; problems: string[] }> {
    const box = this.page.locator('[data-testid="import-errors"]');
    await box.waitFor();
    return {
      title: (await box.locator('p').first().textContent()) ?? '',
      problems: await box.locator('li').allTextContents(),
    };
  }

  cacheRow(orgUrl: string): Locator {
    return this.page.locator(`[data-testid="cache-usage-row"][data-org="${orgUrl}"]`);
  }

  async clearCacheOf(orgUrl: string): Promise<string> {
    await this.cacheRow(orgUrl).locator('[data-testid="cache-clear"]').click();
    const message = this.page.locator('[data-testid="cache-message"]');
    await message.waitFor();
    return (await message.textContent()) ?? '';
  }
}
