// Security in the browser: a corpus of XSS payloads through every place the panel shows user
// content, what the page can see of Touchpoint, the bridge's secret, record URLs that are not
// records, and the built manifest's permissions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { APP_ID, KNOWN } from '../emulator/seed-ids.ts';
import { EXTENSION_DIR, startHarness, type Harness } from './support/harness.ts';
import { PanelObject } from './support/panel.ts';
import { tally } from './support/reliability.ts';
import { addXssContact } from './support/xss-contact.ts';
import { DIALOG_PAYLOADS, XSS_PAYLOADS } from './support/xss-payloads.ts';

let h: Harness;
let xss: ReturnType<typeof addXssContact>;
const payloads = [...XSS_PAYLOADS, ...DIALOG_PAYLOADS];

before(async () => {
  h = await startHarness({ appId: APP_ID });
  xss = addXssContact(h.emulator.store, payloads);
});
after(async () => {
  await h?.close();
});

const pixelHits = () => h.emulator.requests.list().filter((r) => r.url.startsWith('/emulator/pixel'));

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

describe('XSS payloads in every place the panel shows', () => {
  it('render as text in titles, bodies, names, notes, posts and cases; none runs, none fetches', async () => {
    tally.payloads += payloads.length;
    const page = await h.newPage();
    const dialogs = watchDialogs(page);
    await h.signIn(page, 'admin');
    await page.goto(h.recordUrl('contact', xss.contactId));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${xss.contactId}`, 'ready', 30_000);
    assert.equal(await panel.count(), payloads.length * 4, 'an email, a note, a post and a case per payload');

    // Every row rendered (the list is virtualised: scroll through it all), then searched and highlighted.
    const rows = await panel.allRows();
    assert.equal(rows.length, payloads.length * 4);
    await panel.search('script');
    assert.ok((await panel.count()) > 0);
    assert.ok((await panel.root.locator('mark').count()) > 0, 'matches are highlighted');
    await panel.search('');

    // The text of a payload is shown as text: the title reads as the payload, and no element came of it.
    const sample = XSS_PAYLOADS[1]!;
    const titles = await panel.root.locator('[data-testid="timeline-item"] .tp-row-title').allTextContents();
    assert.ok(
      titles.some((title) => title.includes('onerror=')),
      'payload markup appears as characters',
    );
    assert.equal(await panel.root.locator('img[src="x"], svg[onload], iframe, script, object, embed, form').count(), 0);
    void sample;

    // Every email body through the preview (DOMPurify, sandboxed frame without scripts).
    const emails = panel.root.locator('[data-testid="timeline-item"][data-kind="email"]');
    for (let i = 0; i < Math.min(await emails.count(), 6); i++) {
      await emails.nth(i).locator('.tp-row-meta').click();
      await panel.root.locator('[data-testid="preview-frame"]').waitFor();
    }
    for (const payload of payloads.filter((p) => p.n < 1000)) {
      await panel.search(`Body ${payload.n}`);
      const row = panel.root.locator('[data-testid="timeline-item"][data-kind="email"]').first();
      if (!(await row.count())) continue;
      await row.locator('.tp-row-meta').click();
      await panel.root.locator('[data-testid="preview-frame"]').waitFor();
    }
    await page.waitForTimeout(500);
    assert.deepEqual(pixelHits(), [], 'no payload fetched anything');
    assert.deepEqual(dialogs, [], 'no payload opened a dialog');
    await page.close();
  });
});

describe('what the page sees of Touchpoint', () => {
  it('no timeline data in page globals, storage, attributes or events; a forged bridge request is ignored', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    // Listen, in the page's own world, to every event Touchpoint might send it.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      for (const type of ['message', 'touchpoint:bridge-response', 'touchpoint:bridge-request'])
        window.addEventListener(
          type,
          (e) => seen.push(`${type}:${JSON.stringify((e as MessageEvent).data ?? (e as CustomEvent).detail ?? '')}`),
          true,
        );
      const globals = new Set(Object.keys(window));
      (window as unknown as { __globals: Set<string> }).__globals = globals;
    });
    await page.goto(h.recordUrl('contact', KNOWN.contact));
    const panel = new PanelObject(page);
    await panel.waitFor(`contact:${KNOWN.contact}`);
    const titles = (await panel.root.locator('[data-testid="timeline-item"] .tp-row-title').allTextContents()).filter((t) => t.length > 6);
    assert.ok(titles.length > 0);
    const exposed = await page.evaluate(async () => {
      const w = window as unknown as { __seen: string[]; __globals: Set<string> };
      const added = Object.keys(window).filter((k) => !w.__globals.has(k) && k !== '__seen' && k !== '__globals');
      const storage = [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => /touchpoint/i.test(k));
      const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
      const host = document.querySelector('touchpoint-panel');
      const hostAttributes = host ? [...host.attributes].map((a) => `${a.name}=${a.value}`) : [];
      return { added, storage, databases, hostAttributes, events: w.__seen, html: document.documentElement.outerHTML.length };
    });
    assert.deepEqual(exposed.storage, []);
    assert.ok(!exposed.databases.includes('touchpoint-cache'), 'the cache lives in the extension, not in the page');
    for (const title of titles.slice(0, 10)) {
      assert.ok(!exposed.events.some((e) => e.includes(title)), 'no event carries timeline data');
      assert.ok(!exposed.added.some((k) => k.includes(title)));
    }
    assert.ok(
      exposed.hostAttributes.every((a) => !titles.some((t) => a.includes(t))),
      'the panel host carries no data in attributes',
    );

    // A page script forging the bridge's request without the secret: nothing answers, nothing navigates.
    const before = page.url();
    const answered = await page.evaluate(async () => {
      let answers = 0;
      document.addEventListener('touchpoint:bridge-response', () => answers++, true);
      for (const script of document.querySelectorAll('script')) {
        script.dispatchEvent(
          new CustomEvent('touchpoint:bridge-request', {
            detail: JSON.stringify({ nonce: 'guess', id: 1, type: 'openForm', entityName: 'account', entityId: crypto.randomUUID() }),
          }),
        );
      }
      document.dispatchEvent(new CustomEvent('touchpoint:bridge-request', { detail: '{"nonce":"","id":1,"type":"context"}' }));
      await new Promise((r) => setTimeout(r, 500));
      return answers;
    });
    assert.equal(answered, 0);
    assert.equal(page.url(), before);
    await page.close();
  });
});

describe('record URLs that are not records', () => {
  it('malformed or missing ids and other tables: no panel and no request; braced upper-case ids are the same record', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    const bad = [
      `${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact&id=not-a-guid`,
      `${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact&id=${KNOWN.contact.slice(0, 30)}`,
      `${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact`,
      `${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=account&id=${KNOWN.account}`,
      `${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contactx&id=${KNOWN.contact}`,
      `${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entitylist&etn=contact&id=${KNOWN.contact}`,
      `${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact&id=${KNOWN.contact}%00`,
    ];
    tally.badInputs += bad.length + 1;
    for (const url of bad) {
      const before = h.emulator.requests.list().filter((r) => r.url.startsWith('/api/') && !r.url.includes('/emulator')).length;
      await page.goto(url);
      await page.waitForTimeout(1500);
      assert.equal(await new PanelObject(page).isPresent(), false, `no panel on ${url}`);
      const api = h.emulator.requests.list().filter((r) => r.url.startsWith('/api/'));
      const ours = api.slice(before).filter((r) => /WhoAmI|activitypointers|annotations/.test(r.url));
      assert.deepEqual(ours, [], `no timeline request on ${url}`);
    }
    const braced = `{${KNOWN.contact.toUpperCase()}}`;
    await page.goto(`${h.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact&id=${encodeURIComponent(braced)}`);
    await new PanelObject(page).waitFor(`contact:${KNOWN.contact}`, 'ready', 30_000);
    await page.close();
  });
});

describe('the built extension asks for the least it needs', () => {
  it('Dynamics hosts only (custom orgs optional), no <all_urls>, a strict CSP, no remote code or eval', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const hosts = manifest.host_permissions as string[];
    assert.ok(
      hosts.length > 0 &&
        hosts.every((p) => /^https:\/\/\*\.crm\d*\.(dynamics\.com|dynamics\.cn|microsoftdynamics\.us|appsplatform\.us)\/\*$/.test(p)),
    );
    const all = JSON.stringify(manifest);
    assert.ok(!all.includes('<all_urls>'));
    assert.ok(!('externally_connectable' in manifest), 'no web page can message the worker');
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|https?:/);
    for (const file of ['background.js', 'content-scripts/crm.js', 'crm-bridge.js']) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      assert.doesNotMatch(code, /\beval\(|new Function\(/, `${file} has no eval`);
      assert.doesNotMatch(code, /import\(\s*["']https?:/, `${file} loads no remote code`);
    }
  });
});
