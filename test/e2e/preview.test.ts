// Previews of what the contact received (Sales email, marketing email, SMS, push), and the hostile
// corpus: no script runs, no remote request before the user allows images.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HOSTILE_BODIES } from '../emulator/generator/hostile.ts';
import { APP_ID, KNOWN, KNOWN_MARKETING } from '../emulator/seed-ids.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { PanelObject } from './support/panel.ts';

let h: Harness;

before(async () => {
  h = await startHarness({ appId: APP_ID });
});
after(async () => {
  await h?.close();
});

const pixelHits = () => h.emulator.requests.list().filter((r) => r.url.startsWith('/emulator/pixel')).length;

describe('previews', () => {
  it('shows a marketing email, a text message and a push notification', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'marketer');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);

    await panel.search(KNOWN_MARKETING.springNewsletter);
    await panel.root.locator('[data-testid="timeline-item"][data-source="marketing-realtime"]').first().locator('.tp-row-meta').click();
    const preview = panel.root.locator('[data-testid="preview"]');
    await preview.locator('[data-testid="preview-frame"]').waitFor();
    assert.match((await preview.textContent()) ?? '', /exact copy|template/i);
    const frame = page.frameLocator('touchpoint-panel >> [data-testid="preview-frame"]');
    assert.ok(((await frame.locator('body').textContent()) ?? '').length > 20, 'the email body is shown');

    await panel.search(KNOWN_MARKETING.launchSms);
    await panel.root.locator('[data-testid="timeline-item"][data-kind="sms"]').first().locator('.tp-row-meta').click();
    assert.ok(((await panel.root.locator('[data-testid="preview-text"]').textContent()) ?? '').length > 5, 'the SMS text');

    await panel.search(KNOWN_MARKETING.launchPush);
    await panel.root.locator('[data-testid="timeline-item"][data-kind="push"]').first().locator('.tp-row-meta').click();
    assert.match(
      (await panel.root.locator('[data-testid="preview-text"]').textContent()) ?? '',
      new RegExp(KNOWN_MARKETING.launchPushTitle),
    );
    await page.close();
  });

  it('runs nothing of a hostile corpus and fetches nothing remote until the user allows images', async () => {
    const page = await h.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const popups: string[] = [];
    h.context.on('page', (p) => popups.push(p.url()));
    await page.goto(h.recordUrl('contact', KNOWN.contact2));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact2}`, 'ready', 30_000);
    const before = pixelHits();
    for (const sample of HOSTILE_BODIES) {
      await panel.search(
        sample.subject
          .replace(/<[^>]*>/g, '')
          .trim()
          .split(' ')
          .slice(-2)
          .join(' '),
      );
      const row = panel.root
        .locator('[data-testid="timeline-item"][data-kind="email"]', { hasText: sample.subject.replace(/<[^>]*>/g, '').trim() })
        .first();
      await row.locator('.tp-row-meta').click();
      await panel.root.locator('[data-testid="preview-frame"]').waitFor();
      await page.waitForTimeout(300);
    }
    assert.equal(
      await page.evaluate(() => (window as unknown as { __touchpointPwned?: unknown }).__touchpointPwned),
      undefined,
      'no script ran',
    );
    assert.deepEqual(dialogs, []);
    assert.equal(pixelHits(), before, 'no remote request before images are allowed');
    assert.equal(await panel.root.locator('img[src="x"]').count(), 0, 'the hostile subject is text, not an image');

    // Allowing images loads the pixel (so the test would see a request), and still runs no script.
    await panel.search('tracked');
    await panel.root.locator('[data-testid="timeline-item"]', { hasText: 'Newsletter (tracked)' }).first().locator('.tp-row-meta').click();
    await panel.root.locator('[data-testid="preview-load-images"]').click();
    for (let waited = 0; pixelHits() === before && waited < 10_000; waited += 100) await page.waitForTimeout(100);
    assert.ok(pixelHits() > before, 'the image loads once allowed');
    assert.equal(await page.evaluate(() => (window as unknown as { __touchpointPwned?: unknown }).__touchpointPwned), undefined);
    assert.deepEqual(
      popups.filter((u) => u.includes('evil')),
      [],
    );
    await page.close();
  });
});
