// User stories of the Sales & Service timeline, in Chromium with the built extension, on the emulated org.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APP_ID, KNOWN } from '../emulator/seed-ids.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { openForm } from './support/crm-page.ts';
import { expectedTimeline } from './support/org-api.ts';
import { PanelObject } from './support/panel.ts';

let h: Harness;

before(async () => {
  h = await startHarness({ appId: APP_ID });
});
after(async () => {
  await h?.close();
});

describe('a signed-in user opens a contact', () => {
  it('lists exactly the activities, notes, posts and cases the org API returns for it', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`);
    const expected = await expectedTimeline(page, 'contact', KNOWN.contact);
    assert.ok(
      expected.activities.length >= 10 && expected.notes.length > 0 && expected.posts.length > 0 && expected.cases.length > 0,
      'the seed contact has every kind',
    );
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all);
    assert.equal(await panel.count(), (await panel.ids()).length, 'the count is every row shown');
    assert.deepEqual(await panel.sourceStates({ salesService: true }), { activities: 'ok', notes: 'ok', posts: 'ok', cases: 'ok' });
    const kinds = [...new Set((await panel.allRows()).map((r) => r.kind))];
    for (const kind of ['email', 'phonecall', 'note', 'post', 'case']) assert.ok(kinds.includes(kind), `shows ${kind}`);
    await page.close();
  });

  it('follows SPA navigation to a lead and never shows the contact’s rows meanwhile', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`);
    const contactIds = new Set(await panel.ids());
    const before = await page.evaluate(() => performance.getEntriesByType('navigation').length);

    // Sample the panel every frame: which record it says it shows, and which rows it holds.
    await page.evaluate(() => {
      const samples: Array<{ record: string | null; ids: string[] }> = [];
      (window as unknown as { __samples: typeof samples }).__samples = samples;
      const tick = () => {
        const host = document.querySelector('touchpoint-panel');
        const root = host?.shadowRoot;
        const panelEl = root?.querySelector('[data-testid="touchpoint-panel"]');
        samples.push({
          record: panelEl?.getAttribute('data-record') ?? null,
          ids: [...(root?.querySelectorAll('[data-testid="timeline-item"]') ?? [])].map((r) => r.getAttribute('data-id') ?? ''),
        });
        requestAnimationFrame(tick);
      };
      tick();
    });
    await openForm(page, 'lead', KNOWN.lead);
    await panel.waitFor(`lead:${KNOWN.lead}`);
    const expected = await expectedTimeline(page, 'lead', KNOWN.lead);
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all);
    assert.ok(page.url().includes(KNOWN.lead), 'the URL changed');
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), before, 'no page load happened');

    const leadIds = new Set(await panel.ids());
    const samples = await page.evaluate(
      () => (window as unknown as { __samples: Array<{ record: string | null; ids: string[] }> }).__samples,
    );
    assert.ok(samples.length > 5, 'sampled the transition');
    for (const sample of samples) {
      const leaked = sample.ids.filter((id) => contactIds.has(id) && !leadIds.has(id));
      if (sample.record === `lead:${KNOWN.lead}`) assert.deepEqual(leaked, [], 'no contact row under the lead');
      if (sample.record !== `contact:${KNOWN.contact}`) assert.deepEqual(leaked, [], 'no contact row once the contact is left');
    }
    await page.close();
  });

  it('shows no panel on a new-record form, on an account or on a list', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact2));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact2}`);
    await openForm(page, 'contact');
    await page.waitForURL((url) => !url.searchParams.has('id'));
    await page.waitForTimeout(1500);
    assert.equal(await panel.isPresent(), false, 'no panel on the new-record form');
    await openForm(page, 'account', KNOWN.account);
    await page.waitForURL((url) => url.searchParams.get('etn') === 'account');
    await page.waitForTimeout(1500);
    assert.equal(await panel.isPresent(), false, 'no panel on an account');
    await page.goto(`${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entitylist&etn=contact`);
    await page.waitForTimeout(1500);
    assert.equal(await panel.isPresent(), false, 'no panel on a list');
    await page.close();
  });

  it('paints a reopened record from the cache before the network answers', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact2));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact2}`);
    const first = (await panel.ids()).sort();
    await openForm(page, 'lead', KNOWN.lead);
    await panel.waitFor(`lead:${KNOWN.lead}`);

    // From now on every timeline query waits 3 s; WhoAmI (the cache key) stays quick.
    await h.control('faults', { match: 'activitypointers|annotations|posts|incidents', delayMs: 3000, times: 20 });
    const started = Date.now();
    await openForm(page, 'contact', KNOWN.contact2);
    await panel.waitFor(`contact:${KNOWN.contact2}`, 'loading');
    await page.locator('[data-testid="timeline-item"]').first().waitFor({ timeout: 2500 });
    const paintedAfter = Date.now() - started;
    assert.deepEqual((await panel.ids()).sort(), first, 'the cached rows are all there');
    assert.ok(paintedAfter < 2500, `painted from the cache after ${paintedAfter} ms, before the 3 s answers`);
    await panel.waitFor(`contact:${KNOWN.contact2}`, 'ready', 30_000);
    assert.deepEqual((await panel.ids()).sort(), first);
    await h.control('faults', { clear: true });
    await page.close();
  });

  it('completes on a throttled org, after the Retry-After waits', async () => {
    await h.control('faults', { match: '/api/data/', status: 429, retryAfterSeconds: 1, times: 4 });
    const page = await h.newPage();
    await page.goto(h.recordUrl('lead', KNOWN.leadWithContact));
    const panel = new PanelObject(page);
    await panel.waitFor(`lead:${KNOWN.leadWithContact}`, 'ready', 30_000);
    const log = (await h.control('requests')) as Array<{ status: number }>;
    assert.ok(log.filter((r) => r.status === 429).length >= 4, 'the org did throttle');
    const expected = await expectedTimeline(page, 'lead', KNOWN.leadWithContact);
    assert.ok(expected.cases.length > 0, 'the lead’s contact has cases');
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all);
    await h.control('faults', { clear: true });
    await page.close();
  });

  it('loads a key account with more than 5,000 items completely, with an honest count', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.bigContact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.bigContact}`, 'ready', 60_000);
    const expected = await expectedTimeline(page, 'contact', KNOWN.bigContact);
    assert.ok(expected.all.length >= 5000, `the seed has ${expected.all.length} items`);
    const counts = await panel.sourceCounts();
    assert.deepEqual(
      { activities: counts.activities, notes: counts.notes, posts: counts.posts, cases: counts.cases },
      { activities: expected.activities.length, notes: expected.notes.length, posts: expected.posts.length, cases: expected.cases.length },
    );
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    assert.equal(await panel.count(), total, 'the count is the sum of every source, never a silent cut');
    const rendered = await panel.renderedIds();
    assert.ok(rendered.length > 5 && rendered.length < 80, `the DOM holds ${rendered.length} rows, not ${total}`);
    await page.close();
  });

  it('says sign-in is required when the session has ended', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`);
    await h.control('expire-sessions', {});
    await openForm(page, 'contact', KNOWN.contact2);
    await panel.waitFor(`contact:${KNOWN.contact2}`, 'error');
    assert.match(await panel.message(), /signed out/i);
    assert.equal((await panel.ids()).length, 0, 'nothing of the previous record or user');
    await page.close();
  });
});
