// The fault-injection suite: the emulated org fails in the ways a real one does, and the panel
// keeps what it has, says what went wrong for the source it concerns, and recovers.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { APP_ID, KNOWN } from '../emulator/seed-ids.ts';
import { openForm } from './support/crm-page.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { expectedTimeline } from './support/org-api.ts';
import { PanelObject } from './support/panel.ts';
import { tally } from './support/reliability.ts';

let h: Harness;
let page: Page;
const record = `contact:${KNOWN.contact}`;

before(async () => {
  h = await startHarness({ appId: APP_ID });
  page = await h.newPage();
  await h.signIn(page, 'admin');
});
afterEach(async () => {
  await h.control('faults', { clear: true });
  await page.context().setOffline(false);
});
after(async () => {
  await h?.close();
});

async function fault(rule: Record<string, unknown>): Promise<void> {
  tally.faults++;
  await h.control('faults', rule);
}

/** Opens the contact afresh and waits for the panel to finish. */
async function openContact(state: 'ready' | 'error' = 'ready'): Promise<PanelObject> {
  await page.goto(h.recordUrl('contact', KNOWN.contact));
  const panel = new PanelObject(page);
  await panel.waitFor(record, state, 45_000);
  return panel;
}

const statusOf = (panel: PanelObject, source: string) => panel.root.locator(`[data-testid="source-status"][data-source="${source}"]`);

describe('faults of the org, source by source', () => {
  it('a failing source shows its error and a retry, the others still show, and the retry loads it', async () => {
    // The org's own answer, read from a list page: opening the record first would cache its notes.
    await page.goto(`${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entitylist&etn=contact`);
    const expected = await expectedTimeline(page, 'contact', KNOWN.contact);
    await fault({ match: 'annotations', status: 500, times: 0 });
    const panel = await openContact();
    const states = await panel.sourceStates({ salesService: true });
    assert.equal(states.notes, 'error');
    assert.deepEqual([states.activities, states.posts, states.cases], ['ok', 'ok', 'ok']);
    assert.match((await statusOf(panel, 'notes').textContent()) ?? '', /error \(500\)/);
    const shown = await panel.ids({ salesService: true });
    assert.deepEqual(shown.sort(), expected.all.filter((id) => !expected.notes.includes(id)).sort(), 'every other row is there');

    await h.control('faults', { clear: true });
    await statusOf(panel, 'notes').locator('[data-testid="source-retry"]').click();
    await panel.root.locator('[data-testid="source-status"][data-source="notes"][data-state="ok"]').waitFor({ timeout: 20_000 });
    await panel.waitFor(record);
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all);
  });

  it('throttling with each of the three service-protection errors is waited out (Retry-After)', async () => {
    for (const code of ['0x80072322', '0x80072321', '0x80072326']) {
      await fault({ match: 'annotations', status: 429, code, retryAfterSeconds: 1, times: 1 });
      const panel = await openContact();
      assert.equal((await panel.sourceStates()).notes, 'ok', `waited out ${code}`);
    }
    const throttled = h.emulator.requests.list().filter((r) => r.url.includes('annotations') && r.status === 429);
    assert.ok(throttled.length >= 3);
  });

  it('a 503 is tried again with backoff; a connection cut mid-body too; both keep the panel whole', async () => {
    await fault({ match: 'incidents', status: 503, times: 1 });
    await fault({ match: '/posts', body: 'drop', times: 1 });
    const panel = await openContact();
    const states = await panel.sourceStates({ salesService: true });
    assert.deepEqual(states, { activities: 'ok', notes: 'ok', posts: 'ok', cases: 'ok' });
    assert.ok(
      h.emulator.requests.list().some((r) => r.url.includes('/posts') && r.dropped),
      'a cut answer was sent',
    );
  });

  it('a connection that keeps dropping: the source says so, the others show', async () => {
    await fault({ match: '/posts', body: 'drop', times: 0 });
    const panel = await openContact();
    assert.equal((await panel.sourceStates()).posts, 'error');
    assert.match((await statusOf(panel, 'posts').textContent()) ?? '', /Could not reach Dynamics 365/);
    assert.equal((await panel.sourceStates()).activities, 'ok');
  });

  it('malformed JSON, a body of the wrong shape and a looping next link are errors of their source only', async () => {
    await fault({ match: 'incidents', body: 'malformed-json', times: 0 });
    await fault({ match: 'annotations', body: 'wrong-shape', times: 0 });
    await fault({ match: 'activitypointers', body: 'loop-next-link', times: 0 });
    const panel = await openContact();
    const states = await panel.sourceStates({ salesService: true });
    assert.equal(states.cases, 'error');
    assert.match((await statusOf(panel, 'cases').textContent()) ?? '', /not valid JSON/);
    assert.equal(states.activities, 'error');
    assert.match((await statusOf(panel, 'activities').textContent()) ?? '', /next-page link that repeats/);
    // Rows whose every column has the wrong type: shown as far as they make sense, or refused — never a blank panel.
    assert.ok(['ok', 'error'].includes(states.notes!));
    assert.equal(states.posts, 'ok');
    assert.ok((await panel.count()) > 0, 'the panel still lists what it could read');
  });

  it('cached rows of a failing source stay on screen, marked as saved with their age', async () => {
    const first = await openContact();
    const expected = await expectedTimeline(page, 'contact', KNOWN.contact);
    assert.deepEqual((await first.ids({ salesService: true })).sort(), expected.all);
    await fault({ match: 'annotations', status: 500, times: 0 });
    const panel = await openContact();
    const notes = statusOf(panel, 'notes');
    assert.equal(await notes.getAttribute('data-state'), 'error');
    assert.match((await notes.textContent()) ?? '', /Showing what was saved (just now|\d+ \w+ ago)/);
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all, 'the saved notes are still listed');
  });
});

describe('sessions, the network and the worker', () => {
  it('a session that ends in the middle of loading is said so; nothing of it is kept for another user', async () => {
    // The first requests are slow, so the others wait in the queue (≤ 4 in flight) while the session ends.
    await fault({ match: 'activitypointers|activityparties|annotations|/posts', delayMs: 2500, times: 4 });
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(record, 'loading');
    await page.waitForTimeout(800);
    await h.control('expire-sessions', {});
    await panel.root.locator('[data-testid="source-status"][data-source="cases"][data-state="error"]').waitFor({ timeout: 20_000 });
    assert.match((await statusOf(panel, 'cases').textContent()) ?? '', /session has ended/);
    // Another user signs in: the panel shows only what that user's own API calls return.
    await h.signIn(page, 'sales');
    const next = await openContact();
    const expected = await expectedTimeline(page, 'contact', KNOWN.contact);
    assert.deepEqual((await next.ids({ salesService: true })).sort(), expected.all);
    await h.signIn(page, 'admin');
  });

  it('offline: the saved timeline with its age; back online, it refreshes', async () => {
    const panel = await openContact();
    const total = await panel.count();
    // The page and the worker lose the network (the worker's requests fail at the org).
    await page.context().setOffline(true);
    await fault({ match: '/api/', body: 'drop', times: 0 });
    await panel.root.locator('button[aria-label="Refresh"]').click();
    await panel.waitFor(record);
    assert.equal(await panel.count(), total, 'everything saved is still listed');
    assert.equal(await statusOf(panel, 'activities').getAttribute('data-state'), 'error');
    assert.match((await statusOf(panel, 'activities').textContent()) ?? '', /Showing what was saved/);
    await h.control('faults', { clear: true });
    await page.context().setOffline(false);
    await panel.root.locator('[data-testid="source-status"][data-source="activities"][data-state="ok"]').waitFor({ timeout: 20_000 });
    await panel.waitFor(record);
    assert.equal(await panel.count(), total);
  });

  it('the worker stopped in the middle of a fetch (as Chrome does when idle): the panel resumes and completes', async () => {
    tally.faults++;
    await fault({ match: 'annotations', delayMs: 3000, times: 1 });
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(record, 'loading');
    await panel.root.locator('[data-testid="source-status"][data-source="activities"][data-state="ok"]').waitFor({ timeout: 20_000 });
    const whoAmI = () => h.emulator.requests.list().filter((r) => r.url.includes('WhoAmI')).length;
    const asked = whoAmI();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await panel.waitFor(record, 'ready', 45_000);
    assert.ok(whoAmI() > asked, 'the panel asked the restarted worker again');
    const expected = await expectedTimeline(page, 'contact', KNOWN.contact);
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all);
    assert.equal((await panel.sourceStates()).notes, 'ok');
  });

  it('fast navigation through 50 records ends on the last one, with its rows only', async () => {
    const panel = await openContact();
    const ids = await page.evaluate(async () => {
      const res = await fetch('/api/data/v9.2/contacts?$select=contactid&$top=50&$orderby=fullname', {
        headers: { Accept: 'application/json' },
      });
      return ((await res.json()) as { value: { contactid: string }[] }).value.map((c) => c.contactid);
    });
    assert.equal(ids.length, 50);
    for (const id of ids) await openForm(page, 'contact', id);
    const last = ids.at(-1)!;
    await panel.waitFor(`contact:${last}`, 'ready', 45_000);
    const expected = await expectedTimeline(page, 'contact', last);
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all);
  });
});
