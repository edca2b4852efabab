// An org whose marketing solution is older than 1.1.10512.25 gets a notice instead of marketing rows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APP_ID, KNOWN } from '../emulator/seed-ids.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { PanelObject } from './support/panel.ts';

let h: Harness;

before(async () => {
  h = await startHarness({ appId: APP_ID, emulator: { marketingVersion: '1.1.10000.1' } });
});
after(async () => {
  await h?.close();
});

describe('an org with an old marketing solution', () => {
  it('says marketing interactions need 1.1.10512.25, and shows the rest', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'marketer');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    const status = panel.root.locator('[data-testid="source-status"][data-source="marketing-realtime"]');
    assert.equal(await status.getAttribute('data-state'), 'off');
    assert.match((await status.textContent()) ?? '', /1\.1\.10512\.25.*1\.1\.10000\.1/);
    assert.equal(await panel.root.locator('[data-testid="timeline-item"][data-source="marketing-realtime"]').count(), 0);
    assert.ok((await panel.ids()).length > 10);
    await page.close();
  });
});
