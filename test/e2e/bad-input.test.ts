// Odd rows from the org — missing and null fields, unknown option values, a huge body, right-to-left
// and unusual Unicode text — are shown safely, and never blank the panel.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertRow } from '../emulator/store.ts';
import { APP_ID } from '../emulator/seed-ids.ts';
import { USERS } from '../emulator/users.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { PanelObject } from './support/panel.ts';
import { tally } from './support/reliability.ts';

const L = '@Microsoft.Dynamics.CRM.lookuplogicalname';
const CONTACT = 'b0d10000-0000-4000-8000-000000000000';
const id = (n: number) => `b0d10000-0000-4000-8000-${String(n).padStart(12, '0')}`;

let h: Harness;

const ODD_TITLES = [
  'مرحبا، هذا بريد من العميل', // Arabic, right to left
  'שלום — פגישה מחר', // Hebrew
  '👩‍👩‍👧‍👦 family plan 🇫🇷', // emoji with joiners and flags
  'Z̷̢͎a̵̝͊l̶͇̓g̸͉̓o̴̱͝ text', // stacked combining marks
  'zero\u200Bwidth\u200Djoin\uFEFFbom',
  '\u202Egnp.exe\u202C reversed file name',
  'x'.repeat(5000), // a very long title
];

before(async () => {
  h = await startHarness({ appId: APP_ID });
  const store = h.emulator.store;
  insertRow(store, 'contact', { contactid: CONTACT, fullname: 'Odd Rows', lastname: 'Rows', statecode: 0 });
  const at = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();
  const base = (n: number) => ({
    activityid: id(n),
    _regardingobjectid_value: CONTACT,
    [`_regardingobjectid_value${L}`]: 'contact',
    _ownerid_value: USERS.admin.systemuserid,
    [`_ownerid_value${L}`]: 'systemuser',
  });
  ODD_TITLES.forEach((subject, i) => {
    insertRow(store, 'email', {
      ...base(i + 1),
      subject,
      statecode: 1,
      statuscode: 4,
      createdon: at(i + 1),
      actualend: at(i + 1),
      sortdate: at(i + 1),
    });
  });
  // Nulls everywhere, an option value the metadata does not know, no dates at all, a 3 MB body.
  insertRow(store, 'phonecall', { ...base(20), subject: null, statecode: null, statuscode: 999, createdon: at(20), sortdate: null });
  insertRow(store, 'task', { ...base(21), subject: 'No dates at all', statecode: 7, prioritycode: 42 });
  insertRow(store, 'email', {
    ...base(22),
    subject: 'A huge body',
    description: `<p>${'Lorem ipsum dolor sit amet. '.repeat(110_000)}</p>`,
    statecode: 1,
    statuscode: 4,
    createdon: at(22),
    sortdate: at(22),
  });
  insertRow(store, 'annotation', {
    annotationid: id(30),
    subject: null,
    notetext: null,
    _objectid_value: CONTACT,
    [`_objectid_value${L}`]: 'contact',
    createdon: at(30),
  });
  tally.badInputs += ODD_TITLES.length + 4;
});
after(async () => {
  await h?.close();
});

describe('odd rows from the org', () => {
  it('are all listed, as text, with the page still responsive', async () => {
    const page = await h.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await h.signIn(page, 'admin');
    await page.goto(h.recordUrl('contact', CONTACT));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${CONTACT}`, 'ready', 30_000);
    assert.equal(await panel.count(), ODD_TITLES.length + 4);
    const rows = await panel.allRows();
    assert.equal(rows.length, ODD_TITLES.length + 4);
    const titles = await panel.root.locator('[data-testid="timeline-item"] .tp-row-title').allTextContents();
    for (const title of ODD_TITLES.slice(0, 5))
      assert.ok(
        titles.some((t) => t.includes(title.slice(0, 8))),
        `shows ${title.slice(0, 12)}`,
      );
    // Right-to-left text is isolated so it cannot reorder the rest of the row.
    const isolated = await panel.root
      .locator('[data-testid="timeline-item"] .tp-row-title')
      .first()
      .evaluate((el) => getComputedStyle(el).unicodeBidi);
    assert.match(isolated, /isolate|plaintext/);
    await panel.search('huge');
    await panel.root.locator('[data-testid="timeline-item"]').first().locator('.tp-row-meta').click();
    await panel.root.locator('[data-testid="preview"]').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
