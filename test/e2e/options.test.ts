// The options page, in Chromium with the built extension, on the emulated org: a source turned off
// leaves an open panel at once and comes back when turned on again; a malformed settings file is
// refused with a message and changes nothing; clearing an org's cache empties IndexedDB for it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { APP_ID, KNOWN } from '../emulator/seed-ids.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { expectedTimeline, type ExpectedTimeline } from './support/org-api.ts';
import { cachedItemsOf, cachedTimelinesByOrg, cacheTimelineOf, OptionsObject, storedSettings } from './support/options.ts';
import { PanelObject } from './support/panel.ts';

let h: Harness;
let crm: Page;
let panel: PanelObject;
let expected: ExpectedTimeline;
let options: OptionsObject;
const RECORD = `contact:${KNOWN.contact}`;

before(async () => {
  h = await startHarness({ appId: APP_ID });
  crm = await h.newPage();
  await h.signIn(crm, 'admin');
  await crm.goto(h.recordUrl('contact', KNOWN.contact));
  panel = new PanelObject(crm);
  await panel.waitFor(RECORD);
  expected = await expectedTimeline(crm, 'contact', KNOWN.contact);
  options = await OptionsObject.open(h);
});
after(async () => {
  await h?.close();
});

/** Waits until the open panel has finished a load in which the notes source is in `state`. */
async function notesSettleIn(state: 'off' | 'ok'): Promise<void> {
  await crm
    .locator(
      `[data-testid="touchpoint-panel"][data-record="${RECORD}"][data-state="ready"] [data-testid="source-status"][data-source="notes"][data-state="${state}"]`,
    )
    .waitFor({ timeout: 20_000 });
}

describe('the options page', () => {
  it('turning Notes off removes the notes from an open panel without a reload, and on again brings them back', async () => {
    assert.ok(expected.notes.length > 0, 'the contact has notes');
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all, 'the panel starts with every row, notes too');
    await crm.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));

    await options.chooseOrg(h.orgUrl);
    await options.setSource('notes', false);
    await notesSettleIn('off');
    const withoutNotes = expected.all.filter((id) => !expected.notes.includes(id));
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), withoutNotes, 'every note is gone, nothing else');
    assert.match((await panel.root.locator('[data-testid="source-status"][data-source="notes"]').textContent()) ?? '', /turned off/i);

    await options.setSource('notes', true);
    await notesSettleIn('ok');
    assert.deepEqual((await panel.ids({ salesService: true })).sort(), expected.all, 'the notes are back');
    assert.equal(
      await crm.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded),
      true,
      'the CRM page was never reloaded',
    );
  });

  it('refuses a malformed settings file with a message saying what is wrong, and changes nothing', async () => {
    const stored = await storedSettings(h);
    assert.ok(stored && typeof stored === 'object', 'settings are stored');
    const broken = {
      kind: 'touchpoint-settings',
      settings: {
        version: 1,
        orgs: [{ url: 'http://contoso.crm.dynamics.com', kind: 'online', addedBy: 'user', sources: { notes: 'off' } }],
      },
    };
    await options.importFile('broken-settings.json', JSON.stringify(broken));
    const refusal = await options.importRefusal();
    assert.equal(refusal.title, 'broken-settings.json was not imported, nothing changed:');
    assert.ok(
      refusal.problems.some((p) => /org 1 .*address: must be an https address/.test(p)),
      refusal.problems.join('\n'),
    );
    assert.ok(
      refusal.problems.some((p) => /“notes”: must be true or false/.test(p)),
      refusal.problems.join('\n'),
    );
    assert.ok(refusal.problems.includes('cache: is missing'), refusal.problems.join('\n'));

    await options.importFile('not-json.json', '{"version": 1, "orgs": [');
    const notJson = await options.importRefusal();
    assert.equal(notJson.title, 'not-json.json was not imported, nothing changed:');
    assert.match(notJson.problems[0] ?? '', /not valid JSON/);

    assert.deepEqual(await storedSettings(h), stored, 'the stored settings are exactly as before');
    assert.equal(await options.sourceToggle('notes').isChecked(), true, 'the page still shows the settings as they were');
    assert.equal(await options.page.locator('[data-testid="import-done"]').count(), 0);
  });

  it('clearing the cache of the org empties IndexedDB for that org and no other', async () => {
    const other = 'https://fabrikam.crm4.dynamics.com';
    await cacheTimelineOf(h, other);
    const before = await cachedTimelinesByOrg(h);
    assert.ok((before[h.orgUrl] ?? 0) > 0, 'the contact opened is cached');
    assert.equal(before[other], 1);

    await options.reload(h);
    await options.cacheRow(h.orgUrl).waitFor();
    assert.equal(await options.cacheRow(h.orgUrl).getAttribute('data-records'), String(before[h.orgUrl]), 'the page shows what is cached');
    const message = await options.clearCacheOf(h.orgUrl);
    assert.equal(message, `Cleared ${before[h.orgUrl]} cached timelines.`);

    const afterClear = await cachedTimelinesByOrg(h);
    assert.equal(afterClear[h.orgUrl] ?? 0, 0, 'nothing of the org is left in IndexedDB');
    assert.equal(afterClear[other], 1, 'the other org keeps its cache');
    await options.cacheRow(h.orgUrl).waitFor({ state: 'detached' });
  });

  it('"do not keep message bodies" keeps the notes in the cache without their text; the preview still fetches it', async () => {
    const readyBefore = await crm.locator('[data-testid="touchpoint-panel"]').getAttribute('data-state');
    assert.equal(readyBefore, 'ready');
    await options.setSkipBodies(true);
    // The settings change reloads the open timeline, which the worker writes to the cache with the new policy.
    let cached: Awaited<ReturnType<typeof cachedItemsOf>> = [];
    for (let i = 0; i < 100 && cached.length < expected.notes.length; i++) {
      await new Promise((r) => setTimeout(r, 200));
      cached = await cachedItemsOf(h, h.orgUrl, 'notes');
    }
    assert.deepEqual(cached.map((n) => n.id).sort(), [...expected.notes].sort(), 'the notes are cached');
    assert.ok(
      cached.every((n) => n.title && n.summary === undefined),
      'no note text is kept, the titles are',
    );
    await panel.waitFor(RECORD);
    // The preview fetches a note's text on demand, so it still shows it.
    const note = cached[0]!;
    await panel.search(note.title);
    await panel.root.locator(`[data-testid="timeline-item"][data-id="${note.id}"] .tp-row-meta`).click();
    const preview = panel.root.locator(`[data-testid="preview"][data-id="${note.id}"]`);
    await preview.locator('[data-testid="preview-frame"]').waitFor();
    assert.match((await preview.textContent()) ?? '', /note/i);
    await panel.search('');
  });
});
