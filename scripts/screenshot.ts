// `npm run screenshot`: the README's picture of the panel, taken headless on the emulated org.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startEmulator } from '../test/emulator/server.ts';
import { APP_ID, KNOWN } from '../test/emulator/seed-ids.ts';
import { launchWithExtension } from './browser.ts';

const out = resolve(import.meta.dirname, '../docs/panel.png');
const emulator = await startEmulator({ port: 0 });
const context = await launchWithExtension(new URL(emulator.orgUrl).host, emulator.port, true);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const record = `/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact&id=${KNOWN.contact}`;
  await page.goto(`${emulator.orgUrl}/emulator/signin?user=admin&returnUrl=${encodeURIComponent(record)}`);
  await page.locator(`[data-testid="touchpoint-panel"][data-state="ready"]`).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  mkdirSync(resolve(out, '..'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  await emulator.close();
}
