// Notes (annotations) attached to the record.
import type { Row } from '../dataverse/client';
import { bool, buildQuery, guidLiteral, isoDate, lookup, str } from '../dataverse/query';
import { t } from '../i18n';
import type { Interaction } from '../timeline/model';
import { firstLine, htmlToText } from '../timeline/text';
import { fetchMapped } from './fetch-mapped';
import type { TimelineSource } from './types';

const ID = 'notes';

export function notesQuery(recordId: string): string {
  return buildQuery('annotations', {
    select: ['annotationid', 'subject', 'notetext', 'filename', 'isdocument', 'createdon', 'modifiedon', '_createdby_value'],
    filter: `_objectid_value eq ${guidLiteral(recordId)}`,
    orderby: ['createdon desc', 'annotationid desc'],
  });
}

export function normaliseNote(row: Row): Interaction | null {
  const id = str(row, 'annotationid')?.toLowerCase();
  if (!id) return null;
  const text = htmlToText(str(row, 'notetext') ?? '');
  const file = bool(row, 'isdocument') ? str(row, 'filename') : undefined;
  const author = lookup(row, 'createdby')?.name;
  const title = str(row, 'subject')?.trim() || firstLine(text) || file || t('title.note');
  return {
    id,
    kind: 'note',
    source: ID,
    title,
    ...(text && text !== title ? { summary: text } : {}),
    time: isoDate(row, 'createdon') ?? isoDate(row, 'modifiedon') ?? new Date(0).toISOString(),
    ...(author ? { owner: author } : {}),
    ...(file ? { facts: [t('fact.attachment', { file })] } : {}),
  };
}

export const notesSource: TimelineSource = {
  id: ID,
  get label() {
    return t('sourceName.notes');
  },
  kinds: ['note'],
  requiredPrivileges: ['prvReadNote'],
  appliesTo: ['contact', 'lead'],
  fetch(ctx) {
    return fetchMapped(ctx, notesQuery(ctx.record.id), normaliseNote);
  },
};
