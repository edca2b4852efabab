// URL → the contact or lead record it shows, or null (reference: dataverse.md §1.1).
// Pure: the content script confirms the answer with Xrm.Utility.getPageContext() afterwards.
import { isCrmOnlineHost } from './hosts';

export type TimelineEntity = 'contact' | 'lead';

export interface RecordRef {
  entity: TimelineEntity;
  /** Lower-case GUID without braces. */
  id: string;
}

export interface CrmRecordPage extends RecordRef {
  /** `https://<org>.crm.dynamics.com` — the origin the Web API lives under. */
  orgUrl: string;
  appId?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Legacy object type codes, for classic `etc=` URLs. */
const TYPE_CODES: Record<string, TimelineEntity> = { '2': 'contact', '4': 'lead' };
const MAIN_ASPX = /^(?:\/apps\/[^/]+)?\/main\.aspx$/i;

/** `{ABC…}`, `%7Babc…%7D` or bare → lower-case bare GUID; anything else → null. */
export function normaliseGuid(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  try {
    value = decodeURIComponent(value);
  } catch {
    return null;
  }
  if (value.startsWith('{') && value.endsWith('}')) value = value.slice(1, -1);
  value = value.toLowerCase();
  return GUID.test(value) ? value : null;
}

function queryParam(params: URLSearchParams, name: string): string | null {
  // UCI keeps parameter names lower-case, but hand-made links vary.
  for (const [key, value] of params) if (key.toLowerCase() === name) return value;
  return null;
}

export interface ParseOptions {
  /** Origins of on-premises or custom-domain orgs the user added (exact `https://host[:port]`). */
  customOrigins?: readonly string[];
}

export function isCrmOrigin(url: URL, options: ParseOptions = {}): boolean {
  if (url.protocol !== 'https:') return false;
  if (options.customOrigins?.includes(url.origin)) return true;
  return url.port === '' && isCrmOnlineHost(url.hostname);
}

/** The origin of a CRM org (a Dynamics 365 online host, or a custom org the user added), else null. */
export function crmOrg(orgUrl: string, customOrigins: readonly string[]): string | null {
  try {
    const url = new URL(orgUrl);
    return url.origin === orgUrl && isCrmOrigin(url, { customOrigins }) ? url.origin : null;
  } catch {
    return null;
  }
}

export function parseRecordUrl(href: string, options: ParseOptions = {}): CrmRecordPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!isCrmOrigin(url, options)) return null;
  if (!MAIN_ASPX.test(url.pathname)) return null;

  const params = url.searchParams;
  if (queryParam(params, 'pagetype')?.toLowerCase() !== 'entityrecord') return null;

  const etn = queryParam(params, 'etn')?.toLowerCase();
  const etc = queryParam(params, 'etc');
  const entity: TimelineEntity | undefined =
    etn === 'contact' || etn === 'lead' ? etn : etn === undefined && etc ? TYPE_CODES[etc] : undefined;
  if (!entity) return null;

  const id = normaliseGuid(queryParam(params, 'id'));
  if (!id) return null; // a new-record form has no id yet

  const appId = normaliseGuid(queryParam(params, 'appid')) ?? undefined;
  return { entity, id, orgUrl: url.origin, ...(appId ? { appId } : {}) };
}

export function recordKey(ref: RecordRef): string {
  return `${ref.entity}:${ref.id}`;
}
