// Page object for the Touchpoint panel (inside its open shadow root; Playwright CSS pierces it).
import type { Locator, Page } from 'playwright-core';

export const SALES_SERVICE = ['activities', 'notes', 'posts', 'cases'];

export interface RowInfo {
  id: string;
  source: string;
  kind: string;
  asset: string | null;
}

export class PanelObject {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('[data-testid="touchpoint-panel"]');
  }

  /** Waits until the panel shows `record` ("contact:<guid>") in `state`. */
  async waitFor(record: string, state: 'loading' | 'ready' | 'error' = 'ready', timeout = 20_000): Promise<void> {
    await this.page.locator(`[data-testid="touchpoint-panel"][data-record="${record}"][data-state="${state}"]`).waitFor({ timeout });
  }

  /**
   * Ids of every row of the list, read as a user would see them: the list is virtualised, so this
   * scrolls it from top to bottom. `salesService` keeps the activities, notes, posts and cases only.
   */
  async ids(options: { salesService?: boolean } = {}): Promise<string[]> {
    const rows = await this.allRows((row) => !options.salesService || SALES_SERVICE.includes(row.source));
    return rows.map((r) => r.id);
  }

  /** Every row of the (virtualised) list, scrolled through from top to bottom. */
  async allRows(keep: (row: RowInfo) => boolean = () => true): Promise<RowInfo[]> {
    const rows = await this.page.evaluate(async () => {
      const root = document.querySelector('touchpoint-panel')?.shadowRoot;
      const feed = root?.querySelector<HTMLElement>('[role="feed"]');
      const seen = new Map<string, { id: string; source: string; kind: string; asset: string | null }>();
      const collect = () => {
        for (const row of root?.querySelectorAll('[data-testid="timeline-item"]') ?? []) {
          const id = row.getAttribute('data-id') ?? '';
          seen.set(id, {
            id,
            source: row.getAttribute('data-source') ?? '',
            kind: row.getAttribute('data-kind') ?? '',
            asset: row.getAttribute('data-asset'),
          });
        }
      };
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      if (!feed) return [];
      feed.scrollTop = 0;
      await frame();
      for (let guard = 0; guard < 10_000; guard++) {
        collect();
        if (feed.scrollTop + feed.clientHeight >= feed.scrollHeight - 1) break;
        feed.scrollTop += Math.max(100, feed.clientHeight * 0.8);
        await frame();
      }
      collect();
      feed.scrollTop = 0;
      return [...seen.values()];
    });
    return rows.filter(keep);
  }

  async search(text: string): Promise<void> {
    await this.root.locator('[data-testid="timeline-search"]').fill(text);
  }

  /** Ids of the rows in the DOM right now (the virtual list keeps only those near the view). */
  async renderedIds(): Promise<string[]> {
    return this.root.locator('[data-testid="timeline-item"]').evaluateAll((els) => els.map((r) => r.getAttribute('data-id') ?? ''));
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
