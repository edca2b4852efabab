// The set-up `npm test` and `npm start` do on a fresh clone: npm dependencies when missing, and a
// Chromium to drive (CHROME_PATH, else Debian's; installed with apt when running as root on Debian).
// Runs with plain Node: nothing here may import an npm package.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, isDebian } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args) {
  console.log(`setup: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`setup: "${command} ${args.join(' ')}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(resolve(root, 'node_modules/.bin/wxt'))) {
  run('npm', [existsSync(resolve(root, 'package-lock.json')) ? 'ci' : 'install']);
} else if (!existsSync(resolve(root, '.wxt/tsconfig.json'))) {
  run('npx', ['wxt', 'prepare']);
}

if (!findChromium()) {
  const root_ = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root_ && isDebian()) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  }
  if (!findChromium()) {
    console.error(
      'setup: no Chromium found. The browser tests and the demo need one:\n' +
        '  - on Debian or Ubuntu: sudo apt-get install chromium\n' +
        '  - elsewhere: install Chromium (or Chrome for Testing) and set CHROME_PATH=/path/to/chrome\n' +
        'Branded Chrome 137+ cannot load an unpacked extension from the command line.',
    );
    process.exit(1);
  }
}
console.log(`setup: Chromium at ${findChromium()}`);
