// Driving the (emulated) CRM page as a user's app would: in-app navigation through the page's own Xrm.
import type { Page } from 'playwright-core';

/** Xrm.Navigation.openForm in the page: a pushState navigation, no reload (no id = new-record form). */
export async function openForm(page: Page, entityName: string, entityId?: string): Promise<void> {
  await page.evaluate(
    ({ entityName, entityId }) =>
      (window as unknown as { Xrm: { Navigation: { openForm(o: object): Promise<unknown> } } }).Xrm.Navigation.openForm({
        entityName,
        ...(entityId ? { entityId } : {}),
      }),
    { entityName, entityId },
  );
}
