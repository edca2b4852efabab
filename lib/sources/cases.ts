// Cases of a contact, or of a lead's parent contact (a lead is not a case customer itself).
import { ok, type Result } from '../dataverse/errors';
import type { Row } from '../dataverse/client';
import { buildQuery, formatted, guidLiteral, isoDate, num, str } from '../dataverse/query';
import { t } from '../i18n';
import type { Interaction, InteractionStatus } from '../timeline/model';
import { fetchMapped } from './fetch-mapped';
import type { SourceContext, TimelineSource } from './types';

const ID = 'cases';
const CASE_STATES: Record<number, InteractionStatus> = { 0: 'active', 1: 'resolved', 2: 'canceled' };

export function casesQuery(contactId: string): string {
  return buildQuery('incidents', {
    select: [
      'incidentid',
      'title',
      'ticketnumber',
      'statecode',
      'statuscode',
      'prioritycode',
      'caseorigincode',
      'createdon',
      'modifiedon',
      '_ownerid_value',
    ],
    filter: `_customerid_value eq ${guidLiteral(contactId)}`,
    orderby: ['createdon desc', 'incidentid desc'],
  });
}

export function normaliseCase(row: Row): Interaction | null {
  const id = str(row, 'incidentid')?.toLowerCase();
  if (!id) return null;
  const state = num(row, 'statecode');
  const status = state === undefined ? undefined : CASE_STATES[state];
  const statusLabel = formatted(row, 'statuscode');
  const owner = formatted(row, '_ownerid_value');
  const priority = formatted(row, 'prioritycode');
  const facts = [str(row, 'ticketnumber'), priority && t('fact.priority', { priority }), formatted(row, 'caseorigincode')].filter(
    (f): f is string => !!f,
  );
  return {
    id,
    kind: 'case',
    source: ID,
    title: str(row, 'title')?.trim() || str(row, 'ticketnumber') || t('title.case'),
    time: isoDate(row, 'createdon') ?? isoDate(row, 'modifiedon') ?? new Date(0).toISOString(),
    ...(status ? { status } : {}),
    ...(statusLabel ? { statusLabel } : {}),
    ...(owner ? { owner } : {}),
    open: { entity: 'incident', id },
    ...(facts.length ? { facts } : {}),
  };
}

/** The contact whose cases belong on this timeline: the contact itself, or the lead's parent contact. */
async function caseCustomer(ctx: SourceContext): Promise<Result<string | null>> {
  if (ctx.record.entity === 'contact') return ok(ctx.record.id);
  const lead = await ctx.client.getJson(`leads(${guidLiteral(ctx.record.id)})?$select=_parentcontactid_value`, { signal: ctx.signal });
  if (!lead.ok) return lead;
  const parent = (lead.value as Row | null)?.['_parentcontactid_value'];
  return ok(typeof parent === 'string' ? parent.toLowerCase() : null);
}

export const casesSource: TimelineSource = {
  id: ID,
  get label() {
    return t('sourceName.cases');
  },
  kinds: ['case'],
  requiredPrivileges: ['prvReadIncident'],
  appliesTo: ['contact', 'lead'],
  async fetch(ctx) {
    const customer = await caseCustomer(ctx);
    if (!customer.ok) return customer;
    if (!customer.value) return ok([]);
    return fetchMapped(ctx, casesQuery(customer.value), normaliseCase);
  },
};
