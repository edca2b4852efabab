// An org's address as every boundary takes it: an https origin, nothing more (no path, no user).
import * as v from 'valibot';

export function isHttpsOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.origin === value;
  } catch {
    return false;
  }
}

/** A valibot schema of an https origin; `message` is what a violation says (import errors show it). */
export function httpsOrigin(message?: () => string) {
  return v.pipe(v.string(), v.maxLength(200), message ? v.check(isHttpsOrigin, message) : v.check(isHttpsOrigin));
}
