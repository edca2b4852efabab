// Privileges and user switches: each user sees what their security role lets them read, and the
// cache of one user is never shown to another in the same browser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APP_ID, KNOWN } from '../emulator/seed-ids.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { expectedTimeline } from './support/org-api.ts';
import { PanelObject } from './support/panel.ts';

let h: Harness;

before(async () => {
  h = await startHarness({ appId: APP_ID });
});
after(async () => {
  await h?.close();
});

describe('privileges and users', () => {
  it('a service agent without prvReadPost sees the rest, and is told which privilege is missing', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`);
    const adminIds = await panel.ids();
    const asAdmin = await expectedTimeline(page, 'contact', KNOWN.contact);
    assert.ok(asAdmin.posts.length > 0, 'the contact has posts');
    assert.ok(
      asAdmin.posts.every((id) => adminIds.includes(id)),
      'admin sees the posts',
    );

    await page.goto(`${h.orgUrl}/emulator/signout`);
    await h.signIn(page, 'service');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    await panel.waitFor(`contact:${KNOWN.contact}`);
    const states = await panel.sourceStates({ salesService: true });
    assert.deepEqual(states, { activities: 'ok', notes: 'ok', posts: 'denied', cases: 'ok' });
    const postsStatus = panel.root.locator('[data-testid="source-status"][data-source="posts"]');
    assert.match((await postsStatus.textContent()) ?? '', /prvReadPost.*administrator/i);
    const serviceIds = await panel.ids({ salesService: true });
    for (const id of asAdmin.posts) assert.ok(!serviceIds.includes(id), 'no post of the admin’s cache leaks to the service agent');
    assert.deepEqual(serviceIds.sort(), [...asAdmin.activities, ...asAdmin.notes, ...asAdmin.cases].sort());

    // The org itself refuses the service agent the posts: the panel did not just hide them.
    const status = await page.evaluate(
      async () => (await fetch('/api/data/v9.2/posts?$top=1', { headers: { Accept: 'application/json' } })).status,
    );
    assert.equal(status, 403);
    await page.close();
  });

  it('a sales user has no marketing privilege but reads every Sales and Service source', async () => {
    const page = await h.newPage();
    await page.goto(`${h.orgUrl}/emulator/signout`);
    await h.signIn(page, 'sales');
    await page.goto(h.recordUrl('lead', KNOWN.lead));
    const panel = new PanelObject(page);
    await panel.waitFor(`lead:${KNOWN.lead}`);
    assert.deepEqual(await panel.sourceStates({ salesService: true }), { activities: 'ok', notes: 'ok', posts: 'ok', cases: 'ok' });
    const expected = await expectedTimeline(page, 'lead', KNOWN.lead);
    assert.deepEqual((await panel.ids()).sort(), expected.all, 'only Sales and Service rows: no marketing for sales');
    await page.close();
  });

  it('shows an empty timeline as such, not as an error', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.emptyContact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.emptyContact}`);
    assert.equal(await panel.count(), 0);
    assert.match(await panel.message(), /no interactions/i);
    await page.close();
  });
});
