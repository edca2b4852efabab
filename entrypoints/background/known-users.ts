// The user last signed in to each org, for offline use. Kept in session storage: it survives the
// worker being stopped, never the browser session, and is never written to disk.
import { storage } from 'wxt/utils/storage';

const item = storage.defineItem<Record<string, string>>('session:knownUsers', { fallback: {} });

export function createKnownUsers() {
  const users = new Map<string, string>();
  void item.getValue().then((stored) => {
    for (const [org, user] of Object.entries(stored ?? {})) if (typeof user === 'string' && !users.has(org)) users.set(org, user);
  });
  return {
    get: (orgUrl: string) => users.get(orgUrl),
    set(orgUrl: string, userId: string) {
      if (users.get(orgUrl) === userId) return;
      users.set(orgUrl, userId);
      void item.setValue(Object.fromEntries(users)).catch(() => undefined);
    },
  };
}
