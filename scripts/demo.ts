// `npm start`: the emulated org, and Chromium with Touchpoint open on a contact record.
// Headed when a display exists; otherwise it prints how to open the demo in your own browser.
import { startEmulator } from '../test/emulator/server.ts';
import { APP_ID, KNOWN } from '../test/emulator/seed-ids.ts';
import { EXTENSION_DIR, chromiumFlags, launchWithExtension } from './browser.ts';
import { findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const user = flag('--user', 'admin');
const wantedPort = Number(flag('--port', process.env.PORT ?? '8443'));

const emulator = await startEmulator({ port: wantedPort }).catch(() => startEmulator({ port: 0 }));
const host = new URL(emulator.orgUrl).host;
const record = `${emulator.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact&id=${KNOWN.contact}`;
const start = `${emulator.orgUrl}/emulator/signin?user=${user}&returnUrl=${encodeURIComponent(record.slice(emulator.orgUrl.length))}`;

console.log(`Emulated org ${emulator.orgUrl} on 127.0.0.1:${emulator.port} (users: admin, marketer, sales, service).`);
const shutdown = async () => {
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const context = await launchWithExtension(host, emulator.port, false);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(start);
  console.log(`Chromium is open on ${KNOWN.contact} as "${user}". Close the browser or press Ctrl+C to stop.`);
  context.on('close', () => void shutdown());
} else {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  console.log(
    [
      '',
      'No display here, so no browser window was opened. To see the demo in your own Chromium:',
      `  ${findChromium() ?? 'chromium'} --user-data-dir=$(mktemp -d) ${chromiumFlags(host, emulator.port).map(quote).join(' ')} ${quote(start)}`,
      '',
      `The extension is built in ${EXTENSION_DIR}. A screenshot of the panel: npm run screenshot.`,
      'The org keeps running until Ctrl+C.',
    ].join('\n'),
  );
}
