// The popup's quick search as Dataverse Web API queries: contacts and leads whose name, email,
// phone or company contains what the user typed (reference: dataverse.md §2.4).
import type { TimelineEntity } from '../crm/record-url';
import { buildQuery, guidLiteral } from '../dataverse/query';

/** Matches per table; the popup shows the best of both. */
export const SEARCH_TOP = 8;
/** Shorter queries would match most of the org. */
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;

export interface SearchTable {
  entity: TimelineEntity;
  entitySet: string;
  primaryKey: string;
  select: readonly string[];
  /** Columns (or lookup paths) the typed text is looked for in. */
  searchIn: readonly string[];
  /** Where the company name is read: a text column, or a lookup's formatted value. */
  company: { column: string } | { lookup: string };
}

export const SEARCH_TABLES: Record<TimelineEntity, SearchTable> = {
  contact: {
    entity: 'contact',
    entitySet: 'contacts',
    primaryKey: 'contactid',
    select: ['contactid', 'fullname', 'emailaddress1', 'telephone1', 'mobilephone', '_parentcustomerid_value'],
    // A contact's company is its parent account (the lookup's name, filtered through the navigation property).
    searchIn: ['fullname', 'emailaddress1', 'telephone1', 'mobilephone', 'parentcustomerid_account/name'],
    company: { lookup: '_parentcustomerid_value' },
  },
  lead: {
    entity: 'lead',
    entitySet: 'leads',
    primaryKey: 'leadid',
    select: ['leadid', 'fullname', 'emailaddress1', 'telephone1', 'mobilephone', 'companyname'],
    searchIn: ['fullname', 'emailaddress1', 'telephone1', 'mobilephone', 'companyname'],
    company: { column: 'companyname' },
  },
};

/** What the user typed, trimmed and with runs of spaces made one; null when too short to search. */
export function normaliseQuery(raw: string): string | null {
  const query = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  return query.length >= MIN_QUERY_LENGTH ? query : null;
}

/**
 * A string literal for $filter: single quotes doubled (filter-rows, "Manage single quotes"), and
 * the LIKE wildcards Dataverse applies in contains/startswith/endswith (`%`, `_`, `[`) bracketed
 * so they match themselves (wildcard-characters).
 */
export function odataContainsLiteral(text: string): string {
  const literal = text.replace(/[%_[]/g, (c) => `[${c}]`).replace(/'/g, "''");
  return `'${literal}'`;
}

export interface SearchOptions {
  /** Also look in related tables (a contact's account name); off: the table's own columns only. */
  related?: boolean;
}

export function searchFilter(table: SearchTable, query: string, options: SearchOptions = {}): string {
  const literal = odataContainsLiteral(query);
  const columns = options.related === false ? table.searchIn.filter((c) => !c.includes('/')) : table.searchIn;
  return columns.map((column) => `contains(${column},${literal})`).join(' or ');
}

/** Whether the table's search looks into a related table (and so has a narrower fallback). */
export const searchesRelated = (entity: TimelineEntity) => SEARCH_TABLES[entity].searchIn.some((c) => c.includes('/'));

/** `contacts?$select=…&$filter=contains(fullname,'x') or …&$top=8` (the filter URL-encoded). */
export function searchPath(entity: TimelineEntity, query: string, options: SearchOptions = {}): string {
  const table = SEARCH_TABLES[entity];
  return buildQuery(table.entitySet, {
    select: table.select,
    filter: searchFilter(table, query, options),
    orderby: ['fullname asc'],
    top: SEARCH_TOP,
  });
}

/** `contacts(<id>)?$select=fullname`, for the name of a recent record (`id` a validated GUID). */
export function namePath(entity: TimelineEntity, id: string): string {
  return `${SEARCH_TABLES[entity].entitySet}(${guidLiteral(id)})?$select=fullname`;
}
