// Browser-test harness: the emulated org on a free port, and Debian's Chromium with the built
// extension, reaching the org at its real-looking https://<org>.crm.dynamics.com origin (and, with
// `aliases`, the same org under other host names, such as an on-premises-like one).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request } from 'node:https';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startEmulator } from '../../emulator/server.ts';
import { chromiumFlags } from '../../../scripts/browser.ts';
import { findChromium } from '../../../scripts/chromium.mjs';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');

export type EmulatorOptions = Parameters<typeof startEmulator>[0];
type Emulator = Awaited<ReturnType<typeof startEmulator>>;

export interface Harness {
  emulator: Emulator;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  orgUrl: string;
  newPage(): Promise<Page>;
  /** Signs `user` in at the org, or at `origin` (one of the aliases: its own session cookie). */
  signIn(page: Page, user: string, origin?: string): Promise<void>;
  recordUrl(entity: string, id?: string, origin?: string): string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  control(path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export const APP_ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';

export async function startHarness(options: { emulator?: EmulatorOptions; appId?: string; aliases?: string[] } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npx wxt build" first.`);
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: set CHROME_PATH or install Debian’s chromium (npm test does it on Debian as root).');

  const aliases = options.aliases ?? [];
  const emulator = await startEmulator({ port: 0, ...(options.emulator ?? {}), ...(aliases.length ? { aliases } : {}) });
  const host = new URL(emulator.orgUrl).host;
  const userDataDir = mkdtempSync(join(tmpdir(), 'touchpoint-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1366, height: 860 },
    args: chromiumFlags(host, emulator.port, aliases),
  });
  // tsx (esbuild) wraps named functions in __name(); functions passed to page.evaluate need it too.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const orgUrl = emulator.orgUrl;
  const appId = options.appId ?? APP_ID_PLACEHOLDER;

  return {
    emulator,
    context,
    worker,
    extensionId,
    orgUrl,
    newPage: () => context.newPage(),
    async signIn(page, user, origin = orgUrl) {
      await page.goto(`${origin}/emulator/signin?user=${encodeURIComponent(user)}`);
    },
    recordUrl(entity, id, origin = orgUrl) {
      const params = new URLSearchParams({ appid: appId, pagetype: 'entityrecord', etn: entity });
      if (id) params.set('id', id);
      return `${origin}/main.aspx?${params.toString()}`;
    },
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    control(path, body) {
      return controlRequest(emulator.port, host, path, body);
    },
    async close() {
      await context.close().catch(() => undefined);
      await emulator.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Calls the emulator's control endpoints from Node (no browser origin involved). */
function controlRequest(port: number, host: string, path: string, body?: unknown): Promise<unknown> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/emulator/control/${path}`,
        method: payload === undefined ? 'GET' : 'POST',
        servername: host,
        rejectUnauthorized: false,
        headers: { Host: host, 'Content-Type': 'application/json', ...(payload ? { 'Content-Length': Buffer.byteLength(payload) } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 400) return reject(new Error(`control ${path}: HTTP ${res.statusCode} ${text}`));
          try {
            resolvePromise(text ? (JSON.parse(text) as unknown) : null);
          } catch {
            resolvePromise(text);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
