// --data DIR: rows from DIR/<entitysetname>.json files (`{"value":[...]}` in Web API JSON) are
// inserted with insertRow (activities mirrored into activitypointers, expanded
// `<type>_activity_parties` become activityparty rows). Polymorphic lookups without a
// lookuplogicalname annotation are resolved once everything is loaded, from the record with that id.
// One file is not an entity set: msdyncrm_interactions.json holds outbound marketing interactions.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deterministicGuid } from './ids.ts';
import type { EntityDef, Row, Store } from './model.ts';
import { insertRow, lookupTarget, table } from './store.ts';
import { addOutboundInteraction } from './store-outbound.ts';

const LOGICAL_NAME = '@Microsoft.Dynamics.CRM.lookuplogicalname';

export interface LoadSummary {
  /** Rows read per entity set file. */
  files: Record<string, number>;
  /** Lookups whose target table could not be found (id not loaded, no annotation). */
  unresolved: string[];
}

/**
 * Drops response-only keys (@odata.context, @odata.type, …). A row's `@odata.etag` W/"n" is kept as
 * its versionnumber, the column Dataverse derives the etag from, so replayed rows keep their etags.
 */
function cleanRow(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) if (!k.startsWith('@odata.')) out[k] = v;
  const version = /^W\/"(\d+)"$/.exec(String(row['@odata.etag'] ?? ''));
  if (version && out.versionnumber === undefined) out.versionnumber = Number(version[1]);
  return out;
}

/** GUIDs are stored lower case, as the Web API returns them. */
function normaliseLookups(def: EntityDef, row: Row): void {
  for (const a of def.attributes) {
    const col = a.type === 'lookup' ? `_${a.name}_value` : a.name;
    if ((a.type === 'lookup' || a.type === 'guid') && typeof row[col] === 'string')
      row[col] = (row[col] as string).toLowerCase().replace(/[{}]/g, '');
  }
}

function partyId(activityId: string, party: Row, index: number): string {
  return deterministicGuid(
    `activityparty:${activityId}:${String(party._partyid_value ?? party.addressused ?? '')}:${String(party.participationtypemask ?? '')}:${index}`,
  );
}

function prepare(def: EntityDef, raw: Row, index: number, file: string): Row {
  const row = cleanRow(raw);
  normaliseLookups(def, row);
  if (def.logicalName === 'activityparty' && !row.activitypartyid) {
    row.activitypartyid = partyId(String(row._activityid_value ?? ''), row, index);
  }
  if (!row[def.primaryKey]) throw new Error(`${file}: row ${index} has no ${def.primaryKey}`);
  const partiesKey = `${def.logicalName}_activity_parties`;
  for (const key of [partiesKey, 'activitypointer_activity_parties']) {
    const parties = row[key];
    if (!Array.isArray(parties)) continue;
    const activityId = String(row[def.primaryKey]).toLowerCase();
    const partyDef = { ...def, attributes: [{ name: 'partyid', type: 'lookup' as const }] };
    row[partiesKey] = (parties as Row[]).map((p, i) => {
      const party = cleanRow(p);
      normaliseLookups(partyDef, party);
      return { ...party, activitypartyid: party.activitypartyid ?? partyId(activityId, party, i) };
    });
    if (key !== partiesKey) delete row[key];
  }
  return row;
}

/** Fills in lookuplogicalname annotations from the loaded records, so formatted values and $expand work. */
function resolveLookups(store: Store, logicalNames: Iterable<string>, unresolved: string[]): void {
  for (const name of logicalNames) {
    const def = store.defs.get(name);
    if (!def) continue;
    const lookups = def.attributes.filter((a) => a.type === 'lookup');
    for (const row of table(store, name).values()) {
      for (const a of lookups) {
        const col = `_${a.name}_value`;
        if (typeof row[col] !== 'string' || typeof row[`${col}${LOGICAL_NAME}`] === 'string') continue;
        const target = lookupTarget(store, row, col, a.targets ?? []);
        if (target) row[`${col}${LOGICAL_NAME}`] = target;
        else unresolved.push(`${def.entitySetName}(${String(row[def.primaryKey])}).${col}`);
      }
    }
  }
}

function readRows(path: string): Row[] {
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  const rows = (body as { value?: unknown }).value;
  if (!Array.isArray(rows)) throw new Error(`${path}: expected {"value":[...]}`);
  return rows as Row[];
}

/**
 * `msdyncrm_interactions.json`: outbound interactions for msdyncrm_LoadInteractionsPublic, not an
 * entity set. Each row is one element of the action's Data array (InteractionId, InteractionType,
 * Timestamp and ContactId required).
 */
const OUTBOUND_FILE = 'msdyncrm_interactions';

function loadOutbound(store: Store, path: string): number {
  if (!store.defs.has('msdyncrm_marketingemail')) throw new Error(`${path}: the emulated org has no outbound marketing (--no-marketing)`);
  const rows = readRows(path);
  rows.forEach((row, i) => {
    try {
      addOutboundInteraction(store, row);
    } catch (e) {
      throw new Error(`${path}: row ${i}: ${(e as Error).message}`, { cause: e });
    }
  });
  return rows.length;
}

export function loadDataDir(store: Store, dir: string): LoadSummary {
  const summary: LoadSummary = { files: {}, unresolved: [] };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const parsed: { file: string; def: EntityDef; rows: Row[] }[] = [];
  for (const file of files) {
    const set = basename(file, '.json');
    const def = store.bySet.get(set);
    if (set === OUTBOUND_FILE) {
      summary.files[set] = loadOutbound(store, join(dir, file));
      continue;
    }
    if (!def)
      throw new Error(
        `${join(dir, file)}: the emulated org has no entity set named '${set}' (known: ${[...store.bySet.keys()].join(', ')})`,
      );
    const rows = readRows(join(dir, file));
    parsed.push({ file: join(dir, file), def, rows });
    summary.files[set] = rows.length;
  }
  // Parties last: they point at activities loaded from the other files.
  parsed.sort((a, b) => Number(a.def.logicalName === 'activityparty') - Number(b.def.logicalName === 'activityparty'));
  const touched = new Set<string>(['activitypointer', 'activityparty']);
  for (const { file, def, rows } of parsed) {
    touched.add(def.logicalName);
    rows.forEach((raw, i) => insertRow(store, def.logicalName, prepare(def, raw, i, file)));
  }
  resolveLookups(store, touched, summary.unresolved);
  return summary;
}
