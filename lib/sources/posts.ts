// Posts on the record's wall: auto posts ("Email sent …") and people's own posts.
import type { Row } from '../dataverse/client';
import { buildQuery, formatted, guidLiteral, isoDate, lookup, num, str } from '../dataverse/query';
import { t } from '../i18n';
import type { Interaction } from '../timeline/model';
import { firstLine, htmlToText } from '../timeline/text';
import { fetchMapped } from './fetch-mapped';
import type { TimelineSource } from './types';

const ID = 'posts';

export function postsQuery(recordId: string): string {
  return buildQuery('posts', {
    select: ['postid', 'text', 'source', 'type', 'createdon', '_createdby_value'],
    filter: `_regardingobjectid_value eq ${guidLiteral(recordId)}`,
    orderby: ['createdon desc', 'postid desc'],
  });
}

export function normalisePost(row: Row): Interaction | null {
  const id = str(row, 'postid')?.toLowerCase();
  if (!id) return null;
  const text = htmlToText(str(row, 'text') ?? '');
  const author = lookup(row, 'createdby')?.name;
  const origin = formatted(row, 'source') ?? t(num(row, 'source') === 1 ? 'fact.autoPost' : 'fact.manualPost');
  return {
    id,
    kind: 'post',
    source: ID,
    title: firstLine(text) || t('title.post'),
    ...(text.length > 120 || text.includes('\n') ? { summary: text } : {}),
    time: isoDate(row, 'createdon') ?? new Date(0).toISOString(),
    ...(author ? { owner: author } : {}),
    facts: [origin],
  };
}

export const postsSource: TimelineSource = {
  id: ID,
  get label() {
    return t('sourceName.posts');
  },
  kinds: ['post'],
  requiredPrivileges: ['prvReadPost'],
  appliesTo: ['contact', 'lead'],
  fetch(ctx) {
    return fetchMapped(ctx, postsQuery(ctx.record.id), normalisePost);
  },
};
