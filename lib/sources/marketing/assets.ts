// Names and content of marketing assets (emails, SMS, push, forms, events, journeys), fetched in
// bulk by id after the interactions are in. A lookup that fails only costs the names.
import type { DataverseClient, Row } from '../../dataverse/client';
import { buildQuery, str } from '../../dataverse/query';
import type { AssetNames } from './cards';

interface AssetTable {
  set: string;
  id: string;
  name: string;
  subject?: string;
  title?: string;
  text?: string;
}

export const ASSET_TABLES: Record<string, AssetTable> = {
  msdynmkt_email: { set: 'msdynmkt_emails', id: 'msdynmkt_emailid', name: 'msdynmkt_name', subject: 'msdynmkt_subject' },
  msdynmkt_sms: { set: 'msdynmkt_smses', id: 'msdynmkt_smsid', name: 'msdynmkt_name', text: 'msdynmkt_text' },
  msdynmkt_pushnotification: {
    set: 'msdynmkt_pushnotifications',
    id: 'msdynmkt_pushnotificationid',
    name: 'msdynmkt_name',
    title: 'msdynmkt_title',
    text: 'msdynmkt_body',
  },
  msdynmkt_marketingform: { set: 'msdynmkt_marketingforms', id: 'msdynmkt_marketingformid', name: 'msdynmkt_name' },
  msdynmkt_journey: { set: 'msdynmkt_journeys', id: 'msdynmkt_journeyid', name: 'msdynmkt_name' },
  msevtmgt_event: { set: 'msevtmgt_events', id: 'msevtmgt_eventid', name: 'msevtmgt_name' },
  msdyncrm_marketingemail: {
    set: 'msdyncrm_marketingemails',
    id: 'msdyncrm_marketingemailid',
    name: 'msdyncrm_name',
    subject: 'msdyncrm_subject',
  },
  msdyncrm_marketingform: { set: 'msdyncrm_marketingforms', id: 'msdyncrm_marketingformid', name: 'msdyncrm_name' },
  msdyncrm_website: { set: 'msdyncrm_websites', id: 'msdyncrm_websiteid', name: 'msdyncrm_name' },
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CHUNK = 100;

type Entry = { name?: string; subject?: string; title?: string; text?: string };

export async function fetchAssetNames(
  client: Pick<DataverseClient, 'getAllPages'>,
  wanted: ReadonlyMap<string, ReadonlySet<string>>,
  signal?: AbortSignal,
): Promise<AssetNames> {
  const found = new Map<string, Entry>();
  const jobs: Promise<void>[] = [];
  for (const [table, ids] of wanted) {
    const def = ASSET_TABLES[table];
    if (!def) continue;
    const list = [...ids].filter((id) => GUID.test(id));
    for (let i = 0; i < list.length; i += CHUNK) {
      const chunk = list.slice(i, i + CHUNK);
      const columns = [def.id, def.name, def.subject, def.title, def.text].filter((c): c is string => !!c);
      const path = buildQuery(def.set, {
        select: columns,
        filter: `Microsoft.Dynamics.CRM.In(PropertyName='${def.id}',PropertyValues=[${chunk.map((id) => `'${id}'`).join(',')}])`,
      });
      jobs.push(
        client.getAllPages(path, { ...(signal ? { signal } : {}) }).then((result) => {
          if (!result.ok) return;
          for (const row of result.value as Row[]) {
            const id = str(row, def.id)?.toLowerCase();
            if (!id) continue;
            const pick = (column?: string) => (column ? str(row, column)?.trim() || undefined : undefined);
            const entry: Entry = {};
            for (const [key, column] of [
              ['name', def.name],
              ['subject', def.subject],
              ['title', def.title],
              ['text', def.text],
            ] as const) {
              const value = pick(column);
              if (value) entry[key] = value;
            }
            found.set(`${table}|${id}`, entry);
          }
        }),
      );
    }
  }
  await Promise.all(jobs);
  return {
    lookup: (table, id) => found.get(`${table}|${id}`),
    journey: (id) => found.get(`msdynmkt_journey|${id}`)?.name,
  };
}

/** Which assets a set of raw events refers to, per table. */
export function wantedAssets(pairs: Iterable<[string, string | undefined]>): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>();
  for (const [table, id] of pairs) {
    if (!id) continue;
    let set = wanted.get(table);
    if (!set) wanted.set(table, (set = new Set()));
    set.add(id);
  }
  return wanted;
}
