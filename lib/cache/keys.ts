// Cache keys: every entry belongs to one org and one signed-in user, so one user's cache is
// never read for another, even in the same browser profile.
import type { RecordRef } from '../crm/record-url';

export interface CacheScope {
  /** Origin of the org, e.g. https://contoso.crm.dynamics.com */
  org: string;
  /** systemuserid from WhoAmI. */
  user: string;
}

function normaliseOrg(org: string): string {
  return new URL(org).origin.toLowerCase();
}

export function scopeOf(org: string, user: string): CacheScope {
  return { org: normaliseOrg(org), user: user.toLowerCase() };
}

export function timelineKey(scope: CacheScope, record: RecordRef): string {
  return [normaliseOrg(scope.org), scope.user.toLowerCase(), record.entity, record.id.toLowerCase()].join('|');
}
