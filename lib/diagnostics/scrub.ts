// Diagnostics carry no personal data: record ids, user ids, email addresses, phone numbers, links,
// the org's host and quoted text (names, subjects) are replaced by placeholders before anything
// is kept or copied. What remains is Touchpoint's own words, privilege names and numbers.
import { isCrmOnlineHost } from '../crm/hosts';

const GUID = /\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?/gi;
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
const LINK = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>),\]]+/gi;
/** Host names of the Dynamics 365 online clouds, and any dotted name ending in a common TLD. */
const HOST = /\b(?:[a-z0-9-]+\.)+(?:com|net|org|us|cn|de|uk|fr|local|internal|corp|io)\b/gi;
/** Phone numbers and other long digit runs (ids, account numbers); short numbers (counts, seconds) stay. */
const LONG_NUMBER = /\+?\d[\d ().-]{6,}\d/g;
/** Quoted text, except schema names ('contact', 'msdynmkt_email'), which say what failed without saying who. */
const QUOTED = /'([^']{0,200})'|"([^"]{0,200})"|“([^”]{0,200})”|‘([^’]{0,200})’/g;
const SCHEMA_NAME = /^[a-z][a-z0-9_]*$/;

export type OrgKind = 'online' | 'custom';

export function orgKind(orgUrl: string): OrgKind {
  try {
    const url = new URL(orgUrl);
    return url.port === '' && isCrmOnlineHost(url.hostname) ? 'online' : 'custom';
  } catch {
    return 'custom';
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with personal data replaced: `<org>`, `<link>`, `<email>`, `<id>`, `<number>`, `<text>`, `<name>`. */
export function scrubText(text: string, known: { orgUrl?: string; names?: readonly string[] } = {}): string {
  let out = text.slice(0, 2000);
  for (const name of known.names ?? []) if (name.trim().length > 1) out = out.replace(new RegExp(escape(name.trim()), 'gi'), '<name>');
  if (known.orgUrl) {
    try {
      const host = new URL(known.orgUrl).host;
      out = out
        .replace(new RegExp(`https?://${escape(host)}[^\\s'"<>),\\]]*`, 'gi'), '<org>')
        .replace(new RegExp(escape(host), 'gi'), '<org>');
    } catch {
      // not a URL: nothing of it to replace
    }
  }
  return out
    .replace(LINK, '<link>')
    .replace(EMAIL, '<email>')
    .replace(GUID, '<id>')
    .replace(HOST, '<host>')
    .replace(QUOTED, (whole, ...groups: unknown[]) => {
      const inner = groups.slice(0, 4).find((g): g is string => typeof g === 'string') ?? '';
      return SCHEMA_NAME.test(inner) ? whole : '<text>';
    })
    .replace(LONG_NUMBER, '<number>');
}
