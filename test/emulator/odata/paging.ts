// Server-driven paging: `Prefer: odata.maxpagesize=N` (default and maximum 5000) and
// `@odata.nextLink` with a `$skiptoken` paging cookie in the real shape
// (fixtures/contacts-page1-nextlink.json). The cookie holds the last row's sort values, so the
// next page starts strictly after it (keyset paging): boundaries are stable.
import type { Row } from '../model.ts';
import { badQuery } from './errors.ts';
import { compareKeys, keyValues, type KeyValues, type SortKey } from './order.ts';
import { sortable } from './columns.ts';

export const MAX_PAGE_SIZE = 5000;

export interface Page {
  rows: Row[];
  /** The raw (not URL-encoded) $skiptoken of the next page, when there is one. */
  nextSkiptoken?: string;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlUnescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** Cookie form of a value: GUIDs upper case in braces, as Dataverse writes them. */
function rawValue(value: unknown, key: SortKey): string | null {
  if (value === null || value === undefined) return null;
  if (key.kind === 'guid') return `{${String(value).toUpperCase()}}`;
  return String(value);
}

/** The inner cookie is URL-encoded with lower-case hex escapes, like the real one. */
function encodeInner(xml: string): string {
  return encodeURIComponent(xml).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

export function buildSkiptoken(page: number, first: Row, last: Row, keys: SortKey[]): string {
  const parts = keys.map((k) => {
    const l = rawValue(last[k.column], k);
    const f = rawValue(first[k.column], k);
    return `<${k.column}${l === null ? '' : ` last="${xmlEscape(l)}"`}${f === null ? '' : ` first="${xmlEscape(f)}"`} />`;
  });
  const inner = `<cookie page="${page}">${parts.join('')}</cookie>`;
  return `<cookie pagenumber="${page + 1}" pagingcookie="${encodeInner(inner)}" istracking="False" />`;
}

interface Cookie {
  pageNumber: number;
  last: KeyValues;
}

function parseSkiptoken(token: string, keys: SortKey[]): Cookie {
  const invalid = () => badQuery(`The $skiptoken value '${token}' is not valid for this query.`);
  const outer = /^<cookie pagenumber="(\d+)" pagingcookie="([^"]*)"/.exec(token.trim());
  if (!outer) throw invalid();
  let inner: string;
  try {
    inner = decodeURIComponent(outer[2] as string);
  } catch {
    throw invalid();
  }
  const values = new Map<string, string | null>();
  for (const m of inner.matchAll(/<(\w+)((?:\s+\w+="[^"]*")*)\s*\/>/g)) {
    const last = /\slast="([^"]*)"/.exec(m[2] ?? '');
    values.set(m[1] as string, last ? xmlUnescape(last[1] as string) : null);
  }
  if (!keys.every((k) => values.has(k.column))) throw invalid();
  const last = keys.map((k) => {
    const raw = values.get(k.column) ?? null;
    if (raw === null) return null;
    return sortable(k.kind === 'guid' ? raw.replace(/[{}]/g, '') : k.kind === 'bool' ? raw === 'true' : raw, k.kind);
  });
  return { pageNumber: Number(outer[1]), last };
}

/** One page of `sorted` rows, starting after the cookie's last row. */
export function pageOf(sorted: Row[], keys: SortKey[], pageSize: number, skiptoken: string | undefined): Page {
  let start = 0;
  let pageNumber = 1;
  if (skiptoken !== undefined) {
    const cookie = parseSkiptoken(skiptoken, keys);
    pageNumber = cookie.pageNumber;
    // Binary search for the first row strictly after the cookie's position.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(keyValues(sorted[mid] as Row, keys), cookie.last, keys) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const rows = sorted.slice(start, start + pageSize);
  if (start + pageSize >= sorted.length || rows.length === 0) return { rows };
  return { rows, nextSkiptoken: buildSkiptoken(pageNumber, rows[0] as Row, rows[rows.length - 1] as Row, keys) };
}

/** The absolute next link: the same path and query, with $skiptoken replaced. */
export function nextLink(orgUrl: string, pathname: string, rawQuery: string, skiptoken: string): string {
  const kept = rawQuery
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && !/^(\$|%24)skiptoken=/i.test(p));
  kept.push(`$skiptoken=${encodeURI(skiptoken)}`);
  return `${orgUrl}${pathname}?${kept.join('&')}`;
}

/** Page size from `Prefer: odata.maxpagesize=N`, clamped to the service maximum. */
export function effectivePageSize(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested) || requested < 1) return MAX_PAGE_SIZE;
  return Math.min(Math.floor(requested), MAX_PAGE_SIZE);
}
