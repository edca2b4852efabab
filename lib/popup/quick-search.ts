// The quick search in the worker: contacts and leads in parallel with the signed-in user's
// session. A table the user may not read (403) says so; the other still answers.
import type { TimelineEntity } from '../crm/record-url';
import type { DataverseClient } from '../dataverse/client';
import type { DataverseError } from '../dataverse/errors';
import type { QuickSearchReply, TableResult } from '../messaging/popup-protocol';
import { errorText } from '../timeline/error-text';
import { hitsFromRows } from './search-results';
import { normaliseQuery, searchesRelated, searchPath } from './search-query';

type Client = Pick<DataverseClient, 'getPage' | 'orgUrl'>;

const ENTITIES: readonly TimelineEntity[] = ['contact', 'lead'];

function tableError(error: DataverseError): TableResult {
  if (error.kind === 'denied') return { state: 'denied', ...(error.privilege ? { privilege: error.privilege } : {}) };
  return { state: 'error', message: errorText(error) };
}

export async function quickSearch(client: Client, rawQuery: string, signal?: AbortSignal): Promise<QuickSearchReply> {
  const query = normaliseQuery(rawQuery);
  const empty: TableResult = { state: 'ok', hits: [] };
  if (!query) return { state: 'ok', query: rawQuery.trim(), tables: { contact: empty, lead: empty } };
  const options = { annotations: true, ...(signal ? { signal } : {}) };
  const answers = await Promise.all(
    ENTITIES.map(async (entity) => {
      const answer = await client.getPage(searchPath(entity, query), options);
      // An org that refuses the filter through a related table (400) is still searched by its own columns.
      const refused = !answer.ok && answer.error.kind === 'http' && answer.error.status === 400;
      return refused && searchesRelated(entity) ? client.getPage(searchPath(entity, query, { related: false }), options) : answer;
    }),
  );
  if (answers.some((a) => !a.ok && a.error.kind === 'session-expired')) return { state: 'signed-out', orgUrl: client.orgUrl };
  const [contact, lead] = answers.map((answer, i): TableResult => {
    if (!answer.ok) return tableError(answer.error);
    return { state: 'ok', hits: hitsFromRows(ENTITIES[i]!, answer.value.value) };
  }) as [TableResult, TableResult];
  return { state: 'ok', query, tables: { contact, lead } };
}
