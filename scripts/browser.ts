// Launching Chromium with the built extension against an emulated org (shared by the demo,
// the screenshot and the benchmarks; the browser tests have their own harness with the same flags).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from './chromium.mjs';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');

/** `aliases`: more host names mapped to the same port (the emulated org under an on-premises-like name). */
export function chromiumFlags(orgHost: string, port: number, aliases: readonly string[] = []): string[] {
  const rules = [orgHost, ...aliases].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
  ];
}

export async function launchWithExtension(orgHost: string, port: number, headless: boolean): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install Debian’s chromium.');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'touchpoint-')), {
    executablePath,
    headless,
    viewport: headless ? { width: 1440, height: 900 } : null,
    args: chromiumFlags(orgHost, port),
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return context;
}
