// What the org's own Web API says a record's timeline holds, asked from the signed-in page with
// queries of the test's own (activityparties, not the extension's lambda filter).
import type { Page } from 'playwright-core';

export interface ExpectedTimeline {
  activities: string[];
  notes: string[];
  posts: string[];
  cases: string[];
  all: string[];
}

export async function expectedTimeline(page: Page, entity: 'contact' | 'lead', id: string): Promise<ExpectedTimeline> {
  return page.evaluate(
    async ({ entity, id }) => {
      const getAll = async (path: string): Promise<Record<string, unknown>[]> => {
        const rows: Record<string, unknown>[] = [];
        let url: string | undefined = `/api/data/v9.2/${path}`;
        while (url) {
          const response = await fetch(url, { headers: { Accept: 'application/json', Prefer: 'odata.maxpagesize=5000' } });
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          const body = (await response.json()) as { value: Record<string, unknown>[]; '@odata.nextLink'?: string };
          rows.push(...body.value);
          url = body['@odata.nextLink'];
        }
        return rows;
      };
      const ids = (rows: Record<string, unknown>[], key: string) => rows.map((r) => String(r[key]).toLowerCase());
      const regarding = ids(await getAll(`activitypointers?$select=activityid&$filter=_regardingobjectid_value eq ${id}`), 'activityid');
      const asParty = ids(await getAll(`activityparties?$select=_activityid_value&$filter=_partyid_value eq ${id}`), '_activityid_value');
      const activities = [...new Set([...regarding, ...asParty])];
      const notes = ids(await getAll(`annotations?$select=annotationid&$filter=_objectid_value eq ${id}`), 'annotationid');
      const posts = ids(await getAll(`posts?$select=postid&$filter=_regardingobjectid_value eq ${id}`), 'postid');
      let customer: string | null = id;
      if (entity === 'lead') {
        const lead = (await (
          await fetch(`/api/data/v9.2/leads(${id})?$select=_parentcontactid_value`, { headers: { Accept: 'application/json' } })
        ).json()) as Record<string, unknown>;
        customer = typeof lead._parentcontactid_value === 'string' ? lead._parentcontactid_value : null;
      }
      const cases = customer
        ? ids(await getAll(`incidents?$select=incidentid&$filter=_customerid_value eq ${customer}`), 'incidentid')
        : [];
      return { activities, notes, posts, cases, all: [...activities, ...notes, ...posts, ...cases].sort() };
    },
    { entity, id },
  );
}
