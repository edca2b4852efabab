// Marketing interactions on the timeline: every channel for a marketer, one card per message, window
// rules at their edges, nothing of it for users without the marketing privileges.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APP_ID, KNOWN, KNOWN_MARKETING, MARKETING_EDGES } from '../emulator/seed-ids.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { expectedMarketing } from './support/org-marketing-api.ts';
import { PanelObject } from './support/panel.ts';

let h: Harness;
const MARKETING_ROWS = '[data-testid="timeline-item"][data-source^="marketing-"]';

/** The panel's window start: 12 calendar months back (lib/sources/marketing/windows). */
function windowStart(): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - 12);
  return d.toISOString();
}

/** Marketing rows, read by scrolling through the whole (virtualised) list. */
async function marketingRows(panel: PanelObject) {
  return panel.allRows((row) => row.source.startsWith('marketing-'));
}

async function marketingIds(panel: PanelObject, origin: 'real-time' | 'outbound' | 'all' = 'all'): Promise<string[]> {
  return (await marketingRows(panel))
    .filter((r) => origin === 'all' || (origin === 'outbound') === (r.source === 'marketing-outbound'))
    .map((r) => r.id)
    .sort();
}

before(async () => {
  h = await startHarness({ appId: APP_ID });
});
after(async () => {
  await h?.close();
});

describe('a marketer', () => {
  it('sees every channel on a contact, one card per message, as many as the org’s records give', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'marketer');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    const states = await panel.sourceStates();
    for (const id of ['marketing-realtime', 'marketing-forms', 'marketing-events', 'marketing-outbound'])
      assert.equal(states[id], 'ok', `${id} loaded`);

    const kinds = [...new Set((await marketingRows(panel)).map((r) => r.kind))].sort();
    assert.deepEqual(kinds, ['email', 'event', 'form', 'push', 'sms', 'web']);
    const expected = await expectedMarketing(page, 'contact', KNOWN.contact, windowStart());
    assert.deepEqual(await marketingIds(panel, 'real-time'), expected.cards);
    const rowCount = Object.values(expected.rows).reduce((n, list) => n + list.length, 0);
    assert.ok(rowCount > expected.cards.length, `${rowCount} events became ${expected.cards.length} cards`);
    await page.close();
  });

  it('reads a card as the user would, and expands it to every event with its details', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    await panel.search(KNOWN_MARKETING.productLaunch);
    const card = panel.root.locator(MARKETING_ROWS, { hasText: KNOWN_MARKETING.productLaunch }).first();
    assert.match(
      (await card.locator('[data-testid="marketing-actions"]').textContent()) ?? '',
      new RegExp(`sent.*delivered.*opened.*clicked '${KNOWN_MARKETING.clickedLink}'`),
    );
    await card.getByRole('button', { name: /show \d+ events?/i }).click();
    const events = card.locator('[data-testid="marketing-events"] li');
    assert.ok((await events.count()) >= 4);
    assert.match((await card.locator('[data-testid="marketing-events"]').textContent()) ?? '', new RegExp(KNOWN_MARKETING.clickedLink));

    // The remote bounce's two "delivered" rows count once.
    await panel.search(KNOWN_MARKETING.remoteBounced);
    const bounced = panel.root.locator(MARKETING_ROWS, { hasText: KNOWN_MARKETING.remoteBounced }).first();
    await bounced.getByRole('button', { name: /show \d+ events?/i }).click();
    const delivered = await bounced.locator('[data-testid="marketing-events"] li[data-action="delivered"]').count();
    const id = await bounced.getAttribute('data-id');
    const [, messageId, runId] = (id ?? '').split(':');
    const rows = await page.evaluate(
      async ({ contact, messageId }) =>
        (
          (await (
            await fetch(`/api/data/v9.2/cij_emaildelivereds?$filter=ContactId eq '${contact}' and MessageId eq '${messageId}'`, {
              headers: { Accept: 'application/json' },
            })
          ).json()) as { value: Array<Record<string, unknown>> }
        ).value,
      { contact: KNOWN.contact, messageId },
    );
    const sameRun = rows.filter((r) => String(r.JourneyRunId).toLowerCase() === runId);
    assert.ok(sameRun.length >= 2, 'the org has the duplicate delivered rows');
    assert.equal(delivered, new Set(sameRun.map((r) => r.Timestamp)).size);
    await page.close();
  });

  it('applies the windows at their edges: 12 months of real-time, outbound after the cut-off', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    const assets = (await marketingRows(panel)).map((r) => r.asset);
    assert.ok(assets.includes(MARKETING_EDGES.realtimeInside.messageId), 'a day inside the real-time window');
    assert.ok(!assets.includes(MARKETING_EDGES.realtimeOutside.messageId), 'a day outside the real-time window');
    assert.ok(assets.includes(MARKETING_EDGES.outboundInside.messageId), 'a day after the outbound cut-off');
    assert.ok(!assets.includes(MARKETING_EDGES.outboundOutside.messageId), 'a day before the outbound cut-off');
    await page.close();
  });

  it('sees every channel on a lead too', async () => {
    const page = await h.newPage();
    await page.goto(h.recordUrl('lead', KNOWN.lead));
    const panel = new PanelObject(page);
    await panel.waitFor(`lead:${KNOWN.lead}`, 'ready', 30_000);
    const kinds = [...new Set((await marketingRows(panel)).map((r) => r.kind))].sort();
    assert.deepEqual(kinds, ['email', 'event', 'form', 'push', 'sms', 'web']);
    const expected = await expectedMarketing(page, 'lead', KNOWN.lead, windowStart());
    assert.deepEqual(await marketingIds(panel), expected.cards);
    await page.close();
  });
});

describe('a sales user', () => {
  it('sees Sales and Service items, a note naming the missing privileges, and no marketing anywhere', async () => {
    const page = await h.newPage();
    await page.goto(`${h.orgUrl}/emulator/signout`);
    await h.signIn(page, 'sales');
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    const states = await panel.sourceStates();
    assert.deepEqual(
      Object.entries(states)
        .filter(([id]) => id.startsWith('marketing-'))
        .map(([, s]) => s),
      ['denied', 'denied', 'denied', 'denied'],
    );
    const note = (await panel.root.locator('[data-testid="source-status"][data-source="marketing-realtime"]').textContent()) ?? '';
    assert.match(note, /prvReadmsdynmkt_email/);
    assert.match(note, /administrator/i);
    assert.equal((await marketingRows(panel)).length, 0, 'no marketing row in the DOM, anywhere in the list');
    assert.ok((await panel.ids()).length > 10, 'Sales and Service items are there');

    const cached = await h.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('touchpoint-cache');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const all = await new Promise<Array<{ user: string; sources: Record<string, { items: unknown[] }> }>>((resolve) => {
        const r = db.transaction('timelines').objectStore('timelines').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return all.map((e) => ({
        user: e.user,
        marketing: Object.entries(e.sources)
          .filter(([id]) => id.startsWith('marketing-'))
          .reduce((n, [, s]) => n + s.items.length, 0),
      }));
    });
    const salesUser = '7c1a2e10-3b4f-4d2a-9e61-2f0b9d7e1a02';
    const mine = cached.filter((e) => e.user === salesUser);
    assert.ok(mine.length > 0, 'the sales user has a cache');
    assert.deepEqual(
      mine.map((e) => e.marketing),
      mine.map(() => 0),
      'no marketing row in IndexedDB for the sales user',
    );

    const status = await page.evaluate(
      async () => (await fetch('/api/data/v9.2/cij_emailsents?$top=1', { headers: { Accept: 'application/json' } })).status,
    );
    assert.equal(status, 403, 'the org refuses the sales user the marketing tables');
    await page.close();
  });
});
