// Page object for the Touchpoint panel (inside its open shadow root; Playwright CSS pierces it).
import type { Locator, Page } from 'playwright-core';

export const SALES_SERVICE = ['activities', 'notes', 'posts', 'cases'];

export class PanelObject {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('[data-testid="touchpoint-panel"]');
  }

  /** Waits until the panel shows `record` ("contact:<guid>") in `state`. */
  async waitFor(record: string, state: 'loading' | 'ready' | 'error' = 'ready', timeout = 20_000): Promise<void> {
    await this.page.locator(`[data-testid="touchpoint-panel"][data-record="${record}"][data-state="${state}"]`).waitFor({ timeout });
  }

  /** Ids of the rendered rows; `salesService` keeps the activities, notes, posts and cases only. */
  async ids(options: { salesService?: boolean } = {}): Promise<string[]> {
    const rows = await this.root
      .locator('[data-testid="timeline-item"]')
      .evaluateAll((els) => els.map((r) => [r.getAttribute('data-id') ?? '', r.getAttribute('data-source') ?? ''] as const));
    return rows.filter(([, source]) => !options.salesService || SALES_SERVICE.includes(source)).map(([id]) => id);
  }

  /** The count each source reports (its own number of interactions). */
  async sourceCounts(): Promise<Record<string, number>> {
    const pairs = await this.root
      .locator('[data-testid="source-status"]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-source') ?? '', e.querySelector('.tp-source-count')?.textContent ?? ''] as const),
      );
    return Object.fromEntries(pairs.filter(([, n]) => /^\d+$/.test(n)).map(([id, n]) => [id, Number(n)]));
  }

  async count(): Promise<number> {
    return Number((await this.root.locator('[data-testid="timeline-count"]').first().textContent())?.trim());
  }

  async message(): Promise<string> {
    return (await this.root.locator('[data-testid="timeline-message"]').textContent()) ?? '';
  }

  async sourceStates(options: { salesService?: boolean } = {}): Promise<Record<string, string>> {
    const pairs = await this.root
      .locator('[data-testid="source-status"]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-source') ?? '', e.getAttribute('data-state') ?? ''] as const));
    return Object.fromEntries(pairs.filter(([id]) => !options.salesService || SALES_SERVICE.includes(id)));
  }

  async isPresent(): Promise<boolean> {
    return (await this.root.count()) > 0;
  }
}
