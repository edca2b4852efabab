// Page object for the Touchpoint popup, opened as a page of its own (chrome-extension://<id>/popup.html)
// in the test's browser context. Not the toolbar popup of a tab: it falls back to a known org.
import type { Locator, Page } from 'playwright-core';
import type { Harness } from './harness.ts';

export class PopupObject {
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.search = page.locator('[data-testid="quick-search"]');
  }

  static url(h: Harness, query = ''): string {
    return `chrome-extension://${new URL(h.worker.url()).host}/popup.html${query}`;
  }

  static async open(h: Harness, query = ''): Promise<PopupObject> {
    const page = await h.newPage();
    await page.goto(PopupObject.url(h, query));
    const popup = new PopupObject(page);
    await page.locator('[data-testid="quick-search"], [data-testid="popup-message"]').first().waitFor();
    return popup;
  }

  /** Types into the search box as a user would (one key at a time). */
  async type(text: string): Promise<void> {
    await this.search.fill('');
    await this.search.pressSequentially(text, { delay: 20 });
  }

  /** `entity:id` of each hit, once the hits for what was typed are shown. */
  async results(): Promise<string[]> {
    return this.page
      .locator('[data-testid="quick-search-result"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-record') ?? ''));
  }

  async waitForResult(record: string, timeout = 15_000): Promise<void> {
    await this.page.locator(`[data-testid="quick-search-result"][data-record="${record}"]`).waitFor({ timeout });
  }

  async activeResult(): Promise<string | null> {
    return this.page.locator('[role="option"][aria-selected="true"]').getAttribute('data-record');
  }

  async recent(): Promise<Array<{ record: string; text: string }>> {
    return this.page
      .locator('[data-testid="recent-record"]')
      .evaluateAll((els) => els.map((e) => ({ record: e.getAttribute('data-record') ?? '', text: e.textContent ?? '' })));
  }

  /** Waits until the summary shows `record` in `state`. */
  async waitForSummary(record: string, state = 'ready', timeout = 30_000): Promise<Locator> {
    const summary = this.page.locator(`[data-testid="record-summary"][data-record="${record}"][data-state="${state}"]`);
    await summary.waitFor({ timeout });
    return summary;
  }

  /** The summary's counts: by kind, and `marketing:<channel>` for marketing interactions. */
  async summaryCounts(): Promise<Record<string, number>> {
    const pairs = await this.page.locator('[data-testid="summary-count"]').evaluateAll((els) =>
      els.map((e) => {
        const channel = e.getAttribute('data-channel');
        return [channel ? `marketing:${channel}` : (e.getAttribute('data-kind') ?? ''), Number(e.getAttribute('data-count'))] as const;
      }),
    );
    return Object.fromEntries(pairs);
  }

  async summaryTotal(): Promise<number> {
    return Number(await this.page.locator('[data-testid="summary-total"]').getAttribute('data-count'));
  }

  message(): Locator {
    return this.page.locator('[data-testid="popup-message"]');
  }

  notice(entity: 'contact' | 'lead'): Locator {
    return this.page.locator(`[data-testid="search-notice"][data-entity="${entity}"]`);
  }
}
