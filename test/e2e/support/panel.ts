// Page object for the Touchpoint panel (inside its open shadow root; Playwright CSS pierces it).
import type { Locator, Page } from 'playwright-core';

export class PanelObject {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('[data-testid="touchpoint-panel"]');
  }

  /** Waits until the panel shows `record` ("contact:<guid>") in `state`. */
  async waitFor(record: string, state: 'loading' | 'ready' | 'error' = 'ready', timeout = 20_000): Promise<void> {
    await this.page.locator(`[data-testid="touchpoint-panel"][data-record="${record}"][data-state="${state}"]`).waitFor({ timeout });
  }

  async ids(): Promise<string[]> {
    return this.root.locator('[data-testid="timeline-item"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
  }

  async count(): Promise<number> {
    return Number((await this.root.locator('[data-testid="timeline-count"]').first().textContent())?.trim());
  }

  async message(): Promise<string> {
    return (await this.root.locator('[data-testid="timeline-message"]').textContent()) ?? '';
  }

  async sourceStates(): Promise<Record<string, string>> {
    const pairs = await this.root
      .locator('[data-testid="source-status"]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-source') ?? '', e.getAttribute('data-state') ?? ''] as const));
    return Object.fromEntries(pairs);
  }

  async isPresent(): Promise<boolean> {
    return (await this.root.count()) > 0;
  }
}
