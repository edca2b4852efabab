// Finding Chromium for the browser tests and the demo (no browser download: Debian's package).
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROME_PATH if set, else the first Chromium found; null when there is none. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return executable(fromEnv) ? fromEnv : null;
  // The real binary avoids the Debian wrapper's injected flags.
  if (executable('/usr/lib/chromium/chromium')) return '/usr/lib/chromium/chromium';
  return CANDIDATES.find(executable) ?? null;
}

export function isDebian() {
  return existsSync('/etc/debian_version') || (existsSync('/etc/os-release') && /debian/i.test(readFileSync('/etc/os-release', 'utf8')));
}
