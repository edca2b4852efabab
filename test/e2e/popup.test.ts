// User stories of the popup (issue 5), in Chromium with the built extension, on the emulated org:
// quick search by name and by email, opening a hit in the CRM tab with its panel, recent records,
// a record's summary against what the org holds, a table the user cannot read, a signed-out org.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { table } from '../emulator/store.ts';
import { APP_ID, KNOWN, KNOWN_NAMES } from '../emulator/seed-ids.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { expectedTimeline } from './support/org-api.ts';
import { PanelObject } from './support/panel.ts';
import { PopupObject } from './support/popup.ts';

let h: Harness;

before(async () => {
  h = await startHarness({ appId: APP_ID });
});
after(async () => {
  await h?.close();
});

const CONTACT = `contact:${KNOWN.contact}`;
const CONTACT2 = `contact:${KNOWN.contact2}`;
const ACTIVITY_KINDS = ['email', 'phonecall', 'appointment', 'task', 'letter', 'fax', 'activity'];

describe('the popup', () => {
  it('explains how to start while no org is known', async () => {
    const popup = await PopupObject.open(h);
    const message = popup.message();
    assert.equal(await message.getAttribute('data-state'), 'no-org');
    assert.match((await message.textContent()) ?? '', /open a contact or a lead/i);
    await popup.page.close();
  });

  it('finds a contact by part of its name and by email, and opens it in the CRM tab with the panel', async () => {
    const crm = await h.newPage();
    await h.signIn(crm, 'admin');
    await crm.goto(h.recordUrl('contact', KNOWN.contact2));
    await new PanelObject(crm).waitFor(CONTACT2);

    // A page of its own is no CRM tab: an org it is asked for must be known; else the one used last.
    const popup = await PopupObject.open(h, `?org=${encodeURIComponent('https://evil.example')}`);
    assert.equal(await popup.page.locator('[data-testid="org-picker"]').textContent(), new URL(h.orgUrl).host);
    assert.equal(await popup.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'quick-search', 'focus in the box');

    const [first, last] = KNOWN_NAMES.contact.split(' ') as [string, string];
    await popup.type(last.slice(0, 4)); // "Khal"
    await popup.waitForResult(CONTACT);
    const byName = popup.page.locator(`[data-testid="quick-search-result"][data-record="${CONTACT}"]`);
    assert.match((await byName.textContent()) ?? '', new RegExp(`${first} ${last}.*Contact`));

    const email = String(table(h.emulator.store, 'contact').get(KNOWN.contact)?.emailaddress1);
    assert.match(email, /@/);
    await popup.type(email);
    await popup.waitForResult(CONTACT);
    assert.deepEqual(await popup.results(), [CONTACT], 'the email is that contact’s only');
    assert.equal(await popup.activeResult(), CONTACT);

    // The summary of the active hit, then Enter opens it in the CRM tab, which shows the panel.
    await popup.waitForSummary(CONTACT, 'ready', 60_000);
    const counts = await popup.summaryCounts();
    const total = await popup.summaryTotal();
    await popup.search.press('Enter');
    const panel = new PanelObject(crm);
    await panel.waitFor(CONTACT, 'ready', 60_000);
    assert.ok(crm.url().includes(KNOWN.contact) && crm.url().includes(`appid=${APP_ID}`), 'the CRM tab shows the record, in its app');

    // The counts are what the org holds (and what the panel shows).
    const expected = await expectedTimeline(crm, 'contact', KNOWN.contact);
    assert.equal(counts.note ?? 0, expected.notes.length, 'notes');
    assert.equal(counts.post ?? 0, expected.posts.length, 'posts');
    assert.equal(counts.case ?? 0, expected.cases.length, 'cases');
    const activities = ACTIVITY_KINDS.reduce((n, kind) => n + (counts[kind] ?? 0), 0);
    assert.equal(activities, expected.activities.length, 'activities');
    assert.ok(
      Object.keys(counts).some((k) => k.startsWith('marketing:')),
      'marketing counts by channel',
    );
    assert.equal(total, await panel.count(), 'the total is the panel’s count');
    assert.equal(
      Object.values(counts).reduce((a, b) => a + b, 0),
      total,
      'the counts add up to the total',
    );
    const latest = await popup.page.locator('[data-testid="summary-item"]').count();
    assert.equal(latest, 5, 'the five latest interactions');

    // Recent records: the contact just opened first, with its name, then the one before.
    await popup.page.reload();
    await popup.page.locator('[data-testid="recent-record"]').first().waitFor();
    let recent = await popup.recent();
    for (let i = 0; i < 50 && !recent[0]?.text.includes(KNOWN_NAMES.contact); i++) {
      await popup.page.waitForTimeout(200);
      await popup.page.reload();
      await popup.page.locator('[data-testid="recent-record"]').first().waitFor();
      recent = await popup.recent();
    }
    assert.deepEqual(
      recent.map((r) => r.record),
      [CONTACT, CONTACT2],
    );
    assert.match(recent[0]!.text, new RegExp(KNOWN_NAMES.contact));
    assert.match(recent[1]!.text, new RegExp(KNOWN_NAMES.contact2));

    // Keyboard on the recent records too: ↓ then Enter opens the second one in the CRM tab.
    await popup.search.press('ArrowDown');
    assert.equal(await popup.activeResult(), CONTACT2);
    await popup.search.press('Enter');
    await panel.waitFor(CONTACT2, 'ready', 30_000);
    await popup.page.close();
  });

  it('says which kind a user cannot read and still lists the other; signed out, it says so with a sign-in link', async () => {
    const crm = await h.newPage();
    await h.signIn(crm, 'service'); // Customer Service: contacts yes, leads no (no prvReadLead)
    const popup = await PopupObject.open(h);
    const [first] = KNOWN_NAMES.contact.split(' ') as [string];
    await popup.type(first);
    await popup.waitForResult(CONTACT);
    const notice = popup.notice('lead');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('data-state'), 'denied');
    assert.match((await notice.textContent()) ?? '', /cannot read leads.*prvReadLead/);
    assert.ok(
      (await popup.results()).every((r) => r.startsWith('contact:')),
      'contacts only',
    );

    await h.control('expire-sessions', {});
    await popup.type('Reyn');
    const message = popup.message();
    await message.waitFor();
    assert.equal(await message.getAttribute('data-state'), 'signed-out');
    assert.match((await message.textContent()) ?? '', new RegExp(`signed out of ${new URL(h.orgUrl).host.replace(/\./g, '\\.')}`));
    assert.equal(await popup.page.locator('[data-testid="sign-in"]').getAttribute('href'), h.orgUrl);

    // The recent records are still there (they come from extension storage).
    await popup.search.fill('');
    assert.ok(
      (await popup.recent()).some((r) => r.record === CONTACT),
      'recent records without a session',
    );
    await popup.page.close();
    await crm.close();
  });
});
