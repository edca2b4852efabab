// Activities of a contact or lead: those regarding it, and those where it is a party
// (sender, recipient, attendee, …), fetched as two queries and deduplicated (reference §2.7).
import { ok } from '../dataverse/errors';
import { buildQuery, guidLiteral } from '../dataverse/query';
import { t } from '../i18n';
import { mergeTimeline } from '../timeline/merge';
import type { Interaction } from '../timeline/model';
import { ACTIVITY_SELECT, normaliseActivity, PARTIES_EXPAND } from './activity-normalise';
import type { SourceContext, TimelineSource } from './types';

export function activityQueries(recordId: string): string[] {
  const id = guidLiteral(recordId);
  const common = { select: ACTIVITY_SELECT, orderby: ['sortdate desc', 'activityid desc'], expand: [PARTIES_EXPAND] };
  return [
    buildQuery('activitypointers', { ...common, filter: `_regardingobjectid_value eq ${id}` }),
    buildQuery('activitypointers', { ...common, filter: `activitypointer_activity_parties/any(p:p/_partyid_value eq ${id})` }),
  ];
}

const ID = 'activities';

export const activitiesSource: TimelineSource = {
  id: ID,
  get label() {
    return t('sourceName.activities');
  },
  kinds: ['email', 'phonecall', 'appointment', 'task', 'letter', 'fax', 'activity'],
  requiredPrivileges: ['prvReadActivity'],
  appliesTo: ['contact', 'lead'],
  async fetch(ctx: SourceContext) {
    const map = (rows: Record<string, unknown>[]) => rows.flatMap((row) => normaliseActivity(row, ID, ctx.record.id, ctx.now) ?? []);
    const results = await Promise.all(
      activityQueries(ctx.record.id).map((path) =>
        ctx.client.getAllPages(path, { signal: ctx.signal, annotations: true, onPage: (rows) => ctx.onItems?.(map(rows)) }),
      ),
    );
    const lists: Interaction[][] = [];
    for (const result of results) {
      if (!result.ok) return result;
      lists.push(map(result.value));
    }
    return ok(mergeTimeline(lists));
  },
};
