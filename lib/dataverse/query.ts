// Building OData query strings and reading annotated values (reference: dataverse.md §2.4, §2.6).
import type { Row } from './client';

export interface QueryParts {
  select?: readonly string[];
  filter?: string;
  orderby?: readonly string[];
  expand?: readonly string[];
  top?: number;
}

/** `set?$select=…&$filter=…` with each value encoded, as the Web API expects. */
export function buildQuery(entitySet: string, parts: QueryParts): string {
  const params: string[] = [];
  if (parts.select?.length) params.push(`$select=${parts.select.join(',')}`);
  if (parts.filter) params.push(`$filter=${encodeURIComponent(parts.filter)}`);
  if (parts.orderby?.length) params.push(`$orderby=${encodeURIComponent(parts.orderby.join(','))}`);
  if (parts.expand?.length) params.push(`$expand=${encodeURIComponent(parts.expand.join(','))}`);
  if (parts.top !== undefined) params.push(`$top=${parts.top}`);
  return params.length ? `${entitySet}?${params.join('&')}` : entitySet;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GUIDs go into filters unquoted; refusing anything else keeps filters injection-free. */
export function guidLiteral(id: string): string {
  if (!GUID.test(id)) throw new Error(`not a GUID: ${id}`);
  return id.toLowerCase();
}

const FORMATTED = '@OData.Community.Display.V1.FormattedValue';
const LOGICAL_NAME = '@Microsoft.Dynamics.CRM.lookuplogicalname';

export function str(row: Row, column: string): string | undefined {
  const v = row[column];
  return typeof v === 'string' ? v : undefined;
}

export function num(row: Row, column: string): number | undefined {
  const v = row[column];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function bool(row: Row, column: string): boolean | undefined {
  const v = row[column];
  return typeof v === 'boolean' ? v : undefined;
}

export function formatted(row: Row, column: string): string | undefined {
  return str(row, `${column}${FORMATTED}`);
}

export interface LookupValue {
  id: string;
  entity?: string;
  name?: string;
}

/** A `_x_value` lookup with its table and display name, when the annotations were asked for. */
export function lookup(row: Row, attribute: string): LookupValue | undefined {
  const column = `_${attribute}_value`;
  const id = str(row, column);
  if (!id) return undefined;
  const entity = str(row, `${column}${LOGICAL_NAME}`);
  const name = formatted(row, column);
  return { id: id.toLowerCase(), ...(entity ? { entity } : {}), ...(name ? { name } : {}) };
}

/** An ISO date string that parses, else undefined. */
export function isoDate(row: Row, column: string): string | undefined {
  const v = str(row, column);
  return v && !Number.isNaN(Date.parse(v)) ? v : undefined;
}
