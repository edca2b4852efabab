// @vitest-environment node
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, seedStore } from '../../emulator/generator.ts';
import { createStore } from '../../emulator/store.ts';
import { APP_ID, KNOWN, KNOWN_NAMES } from '../../emulator/seed-ids.ts';
import { USERS } from '../../emulator/users.ts';
import { appScript } from '../../emulator/shell/assets.ts';
import { callShell, configOf } from './shell-helpers.ts';

const store = createStore();
seedStore(store, { seed: DEFAULT_SEED, now: new Date('2026-03-15T09:30:00Z') });
const record = `/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact&id=%7B${KNOWN.contact.toUpperCase()}%7D`;

function expectShell(html: string) {
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('data-id="topBar"');
  expect(html).toContain('data-id="CommandBar"');
  expect(html).toContain('id="mainContent"');
  expect(html).toContain('Sales Hub');
  expect(html).toContain('<script src="/uclient/scripts/app.js" defer></script>');
  // No inline script or inline style: the page works under script-src 'self'; style-src 'self'.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).not.toMatch(/\son[a-z]+=/);
}

describe('handleShell', () => {
  it('serves the record page shell to a signed-in user, without store data', () => {
    const res = callShell(store, USERS.sales, record);
    expect(res.handled).toBe(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expectShell(res.body);
    expect(res.body).toContain('Marcus Holt');
    expect(res.body).toContain('href="/emulator/signout"');
    expect(res.body).not.toContain(KNOWN_NAMES.contact); // the page fetches it from the Web API
    const config = configOf(res.body);
    expect(config).toMatchObject({ orgUrl: 'https://contoso.crm.dynamics.com', appId: APP_ID, version: '9.2.24121.00180' });
    expect(config.user).toMatchObject({ id: USERS.sales.systemuserid, name: 'Marcus Holt', languageId: 1033, timeZoneOffsetMinutes: -300 });
    expect((config.entitySets as Record<string, string>).contact).toBe('contacts');
  });

  it('serves list pages and the new-record form with the same shell', () => {
    for (const path of [
      `/main.aspx?appid=${APP_ID}&pagetype=entitylist&etn=lead`,
      `/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact`,
      `/main.aspx`,
    ]) {
      const res = callShell(store, USERS.admin, path);
      expect(res.status, path).toBe(200);
      expectShell(res.body);
    }
  });

  it('keeps an /Apps/<suffix> prefix in its site map links', () => {
    const res = callShell(store, USERS.admin, `/Apps/sales/main.aspx?appid=${APP_ID}&pagetype=entitylist&etn=account`);
    expect(res.status).toBe(200);
    expect(res.body).toContain(`href="/Apps/sales/main.aspx?appid=${APP_ID}&amp;pagetype=entitylist&amp;etn=contact"`);
  });

  it('redirects a signed-out visitor to the sign-in picker with the page as return URL', () => {
    const res = callShell(store, null, record);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/emulator/signin-page?returnUrl=${encodeURIComponent(record)}`);
  });

  it('lists the four users on the sign-in picker, linking to /emulator/signin with the return URL', () => {
    const res = callShell(store, null, `/emulator/signin-page?returnUrl=${encodeURIComponent(record)}`);
    expect(res.status).toBe(200);
    for (const u of Object.values(USERS)) {
      expect(res.body).toContain(
        `href="/emulator/signin?user=${u.key}&amp;returnUrl=${encodeURIComponent(record).replace(/&/g, '&amp;')}"`,
      );
      expect(res.body).toContain(u.fullname);
    }
    expect(res.body).not.toMatch(/<script/);
  });

  it('drops a return URL that leaves the org', () => {
    const res = callShell(store, null, `/emulator/signin-page?returnUrl=${encodeURIComponent('//evil.example/x')}`);
    expect(res.body).toContain('href="/emulator/signin?user=admin"');
    expect(res.body).not.toContain('evil.example');
  });

  it('serves the page script and styles as files', () => {
    const js = callShell(store, null, '/uclient/scripts/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^application\/javascript/);
    expect(() => new Script(js.body)).not.toThrow(); // parses
    expect(js.body).toBe(appScript());
    const css = callShell(store, null, '/uclient/styles/app.css');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.body).toContain('#commandBar');
  });

  it('leaves other paths and methods to the server', () => {
    expect(callShell(store, USERS.admin, '/nothing-here').handled).toBe(false);
    expect(callShell(store, USERS.admin, '/api/data/v9.2/contacts').handled).toBe(false);
    expect(callShell(store, USERS.admin, record, 'POST').handled).toBe(false);
  });

  it('answers HEAD without a body', () => {
    const res = callShell(store, USERS.admin, record, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
  });
});
