// Reading the quick search's answers (Web API JSON, validated) into hits, and ranking them.
import * as v from 'valibot';
import type { TimelineEntity } from '../crm/record-url';
import type { SearchHit } from '../messaging/popup-protocol';
import { SEARCH_TABLES } from './search-query';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OptionalText = v.optional(v.nullable(v.string()));
const FORMATTED = '@OData.Community.Display.V1.FormattedValue';

const RowSchema = v.looseObject({
  fullname: OptionalText,
  emailaddress1: OptionalText,
  telephone1: OptionalText,
  mobilephone: OptionalText,
  companyname: OptionalText,
});

const clip = (text: string | null | undefined, max: number) => {
  const value = text?.trim();
  return value ? value.slice(0, max) : undefined;
};

/** One row of `contacts` or `leads` as a hit; a row without a valid id is left out (null). */
export function hitFromRow(entity: TimelineEntity, row: unknown): SearchHit | null {
  const table = SEARCH_TABLES[entity];
  const result = v.safeParse(RowSchema, row);
  if (!result.success) return null;
  const data = result.output;
  const id = data[table.primaryKey];
  if (typeof id !== 'string' || !GUID.test(id)) return null;
  const companyText = 'column' in table.company ? data[table.company.column] : data[`${table.company.lookup}${FORMATTED}`];
  const company = clip(typeof companyText === 'string' ? companyText : undefined, 400);
  const email = clip(data.emailaddress1, 400);
  const phone = clip(data.telephone1, 100) ?? clip(data.mobilephone, 100);
  return {
    entity,
    id: id.toLowerCase(),
    name: clip(data.fullname, 400) ?? '',
    ...(company ? { company } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
  };
}

export function hitsFromRows(entity: TimelineEntity, rows: readonly unknown[]): SearchHit[] {
  return rows.map((row) => hitFromRow(entity, row)).filter((hit): hit is SearchHit => hit !== null);
}

/** 0: the name starts with the query; 1: a word of the name does; 2: the name contains it; 3: another field. */
function rank(hit: SearchHit, query: string): number {
  const name = hit.name.toLowerCase();
  const q = query.toLowerCase();
  if (name.startsWith(q)) return 0;
  if (name.split(/\s+/).some((word) => word.startsWith(q))) return 1;
  return name.includes(q) ? 2 : 3;
}

/** Contacts and leads in one list: best name matches first, then by name, contacts before leads. */
export function rankHits(query: string, ...lists: readonly SearchHit[][]): SearchHit[] {
  return lists
    .flat()
    .map((hit) => ({ hit, rank: rank(hit, query) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.hit.name.localeCompare(b.hit.name) ||
        (a.hit.entity === b.hit.entity ? 0 : a.hit.entity === 'contact' ? -1 : 1),
    )
    .map(({ hit }) => hit);
}
