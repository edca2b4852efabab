// Working with the timeline: filters with honest counts, remembered per user; search by marketing
// asset across channels; keyboard navigation of the feed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APP_ID, KNOWN, KNOWN_MARKETING } from '../emulator/seed-ids.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { expectedTimeline } from './support/org-api.ts';
import { openForm } from './support/crm-page.ts';
import { PanelObject } from './support/panel.ts';

let h: Harness;

before(async () => {
  h = await startHarness({ appId: APP_ID });
});
after(async () => {
  await h?.close();
});

async function option(panel: PanelObject, facet: string, value: string) {
  return panel.root.locator(`[data-testid="filter-option"][data-facet="${facet}"][data-value="${value}"]`);
}

describe('filters', () => {
  it('count what the org holds, combine, say they are on, clear, and are remembered on the next record', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'marketer');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    const total = await panel.count();
    await panel.root.locator('[data-testid="filters-toggle"]').click();

    // Type "Phone call": the option's count and the timeline count equal the org's phone calls for the contact.
    const calls = await page.evaluate(async (id) => {
      const get = async (path: string) =>
        (
          (await (await fetch(`/api/data/v9.2/${path}`, { headers: { Accept: 'application/json' } })).json()) as {
            value: Array<Record<string, unknown>>;
          }
        ).value;
      const regarding = await get(
        `activitypointers?$select=activityid&$filter=_regardingobjectid_value eq ${id} and activitytypecode eq 'phonecall'`,
      );
      const parties = await get(
        `activityparties?$select=_activityid_value&$filter=_partyid_value eq ${id}&$expand=activityid_activitypointer($select=activitytypecode)`,
      );
      const asParty = parties
        .filter((p) => (p.activityid_activitypointer as { activitytypecode?: string } | null)?.activitytypecode === 'phonecall')
        .map((p) => String(p._activityid_value));
      return new Set([...regarding.map((r) => String(r.activityid)), ...asParty]).size;
    }, KNOWN.contact);
    assert.ok(calls > 0);
    const phone = await option(panel, 'types', 'phonecall');
    assert.equal(Number(await phone.getAttribute('data-count')), calls);
    await phone.locator('input').check();
    assert.equal(await panel.count(), calls);
    assert.deepEqual([...new Set((await panel.allRows()).map((r) => r.kind))], ['phonecall']);
    assert.match((await panel.root.locator('[data-testid="filters-toggle"]').textContent()) ?? '', /1 on/);

    // "Emails this contact opened": marketing email + opened.
    await phone.locator('input').uncheck();
    await (await option(panel, 'types', 'marketing-email')).locator('input').check();
    const opened = await option(panel, 'actions', 'opened');
    const openedCount = Number(await opened.getAttribute('data-count'));
    await opened.locator('input').check();
    assert.equal(await panel.count(), openedCount);
    assert.ok(openedCount > 0);
    for (const row of await panel.allRows()) assert.equal(row.kind, 'email');

    // Remembered on the next record, for this user.
    await openForm(page, 'contact', KNOWN.contact2);
    await panel.waitFor(`contact:${KNOWN.contact2}`, 'ready', 30_000);
    assert.match((await panel.root.locator('[data-testid="filters-toggle"]').textContent()) ?? '', /2 on/);
    await page.reload();
    await panel.waitFor(`contact:${KNOWN.contact2}`, 'ready', 30_000);
    assert.match((await panel.root.locator('[data-testid="filters-toggle"]').textContent()) ?? '', /2 on/, 'remembered across page loads');

    // One control clears them.
    await panel.root.locator('[data-testid="filters-clear"]').click();
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    assert.equal(await panel.count(), total);
    assert.equal(await panel.root.locator('[data-testid="filters-clear"]').count(), 0);
    await page.close();
  });

  it('narrow Sales and Service history by source', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    const expected = await expectedTimeline(page, 'contact', KNOWN.contact);
    await panel.root.locator('[data-testid="filters-toggle"]').click();
    const notes = await option(panel, 'sources', 'notes');
    assert.equal(Number(await notes.getAttribute('data-count')), expected.notes.length);
    await notes.locator('input').check();
    assert.deepEqual((await panel.ids()).sort(), expected.notes.sort());
    await panel.root.locator('[data-testid="filters-clear"]').click();
    await page.close();
  });
});

describe('search', () => {
  it('finds every interaction of a marketing asset, highlighted, and "all interactions with this asset" does too', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    await panel.search(KNOWN_MARKETING.springNewsletter);
    const rows = await panel.allRows();
    assert.ok(rows.length > 0);
    assert.ok(
      rows.some((r) => r.source.startsWith('marketing-')),
      'marketing cards found',
    );
    const marks = await panel.root.locator('[data-testid="timeline-item"] mark').allTextContents();
    assert.ok(
      marks.some((m) => /spring/i.test(m)),
      'matches are highlighted',
    );
    assert.match((await panel.root.locator('.tp-search-covers').textContent()) ?? '', /marketing assets/);

    await panel.search('');
    await panel.search(KNOWN_MARKETING.launchSms);
    const sms = panel.root.locator('[data-testid="timeline-item"][data-kind="sms"]').first();
    await sms.getByRole('button', { name: 'All interactions with this asset' }).click();
    const asset = await sms.getAttribute('data-asset');
    const withAsset = await panel.allRows();
    assert.ok(withAsset.length > 0 && withAsset.every((r) => r.asset === asset));
    await panel.root.locator('[data-testid="filters-clear"]').click();
    await page.close();
  });
});

describe('chart', () => {
  it('selecting a month filters the timeline to it', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    const bars = panel.root.locator('[data-testid="activity-chart"] [data-month]');
    assert.equal(await bars.count(), 12);
    const totals = await bars.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-month'), Number(e.getAttribute('data-total'))] as const),
    );
    const [month, total] = totals.filter(([, n]) => n > 0).at(-1)!;
    await panel.root.locator(`[data-testid="activity-chart"] [data-month="${month}"]`).click();
    assert.equal(await panel.count(), total);
    assert.match((await panel.root.locator('[data-testid="filters-toggle"]').textContent()) ?? '', /1 on/);
    await panel.root.locator('[data-testid="filters-clear"]').click();
    await page.close();
  });
});

describe('keyboard', () => {
  it('moves between rows with the arrow keys', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    const rows = panel.root.locator('[data-testid="timeline-item"]');
    await rows.first().focus();
    const first = await rows.first().getAttribute('data-id');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() =>
      document.querySelector('touchpoint-panel')?.shadowRoot?.activeElement?.getAttribute('data-id'),
    );
    assert.ok(focused && focused !== first, 'focus moved to the next row');
    assert.equal(focused, await rows.nth(1).getAttribute('data-id'));
    await page.close();
  });
});
