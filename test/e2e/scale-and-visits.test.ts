// 50,000 interactions with a bounded DOM and an honest count; "new since your last visit".
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addBenchContact } from '../../scripts/bench-data.ts';
import { APP_ID, KNOWN } from '../emulator/seed-ids.ts';
import { insertRow } from '../emulator/store.ts';
import { USERS } from '../emulator/users.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { openForm } from './support/crm-page.ts';
import { PanelObject } from './support/panel.ts';

let h: Harness;

before(async () => {
  h = await startHarness({ appId: APP_ID });
});
after(async () => {
  await h?.close();
});

describe('scale', () => {
  it('shows a contact with 50,000 interactions: the count says 50,000, the DOM holds a few dozen rows', async () => {
    const id = addBenchContact(h.emulator.store, 50_000, new Date());
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    await page.goto(h.recordUrl('contact', id));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${id}`, 'ready', 120_000);
    assert.equal(await panel.count(), 50_000);
    const rows = (await panel.renderedIds()).length;
    assert.ok(rows > 5 && rows < 60, `${rows} rows in the DOM`);
    // Scrolling far down still shows rows, and still a bounded number of them.
    await page.evaluate(() => {
      const feed = document.querySelector('touchpoint-panel')!.shadowRoot!.querySelector<HTMLElement>('[role="feed"]')!;
      feed.scrollTop = feed.scrollHeight / 2;
    });
    await page.waitForTimeout(300);
    const middle = await panel.renderedIds();
    assert.ok(middle.length > 5 && middle.length < 60);
    assert.ok(
      middle.some((rowId) => /-0000-4000-8000-0000000[0-9a-f]{5}$/.test(rowId)),
      'rows from the middle of the history',
    );
    await page.close();
  });
});

describe('new since your last visit', () => {
  it('marks what arrived since the user last opened the record', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.emptyContact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.emptyContact}`);
    assert.equal(await panel.root.locator('[data-testid="timeline-new"]').count(), 0, 'nothing is new on a first visit');
    await page.waitForTimeout(1500); // the visit is saved once the timeline is complete

    // A call that happened an hour ago, logged just now: it arrived since the last visit.
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const logged = new Date(Date.now() - 200).toISOString();
    const L = '@Microsoft.Dynamics.CRM.lookuplogicalname';
    const newId = 'aaaaaaaa-1111-4222-8333-444444444444';
    insertRow(h.emulator.store, 'phonecall', {
      activityid: newId,
      subject: 'Called back about the renewal',
      statecode: 1,
      statuscode: 2,
      createdon: logged,
      modifiedon: logged,
      actualend: at,
      sortdate: at,
      _regardingobjectid_value: KNOWN.emptyContact,
      [`_regardingobjectid_value${L}`]: 'contact',
      _ownerid_value: USERS.admin.systemuserid,
      [`_ownerid_value${L}`]: 'systemuser',
    });
    await page.reload();
    await panel.waitFor(`contact:${KNOWN.emptyContact}`);
    assert.match((await panel.root.locator('[data-testid="timeline-new"]').textContent()) ?? '', /1 new since your last visit/);
    assert.equal(await panel.root.locator(`[data-testid="timeline-item"][data-id="${newId}"]`).getAttribute('data-new'), 'true');
    await page.close();
  });
});

describe('theme', () => {
  it('follows a dark CRM page', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`);
    assert.equal(await panel.root.evaluate((e) => e.classList.contains('tp-dark')), false);
    await page.addStyleTag({ content: '[data-id="form-body"], main, #mainContent, body { background: rgb(28, 28, 30) !important; }' });
    await openForm(page, 'contact', KNOWN.contact2);
    await panel.waitFor(`contact:${KNOWN.contact2}`);
    assert.equal(await panel.root.evaluate((e) => e.classList.contains('tp-dark')), true);
    await page.close();
  });
});
