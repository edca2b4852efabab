// Marketing form submissions stored in Dataverse (msdynmkt_marketingformsubmission, reference §3.6),
// with the fields the contact submitted. Same card id as the real-time FormSubmitted event.
import type { Row } from '../dataverse/client';
import { ok } from '../dataverse/errors';
import { buildQuery, formatted, guidLiteral, isoDate, str } from '../dataverse/query';
import { t } from '../i18n';
import type { Interaction, MarketingEvent } from '../timeline/model';
import { summariseActions } from './marketing/cards';
import { submittedFields } from './marketing/events';
import { realtimeWindowStart } from './marketing/windows';
import type { TimelineSource } from './types';

const ID = 'marketing-forms';

export function formSubmissionsQuery(entity: 'contact' | 'lead', id: string, since: Date): string {
  const lookup = entity === 'lead' ? '_msdynmkt_leadid_value' : '_msdynmkt_contactid_value';
  return buildQuery('msdynmkt_marketingformsubmissions', {
    select: [
      'msdynmkt_marketingformsubmissionid',
      'msdynmkt_name',
      '_msdynmkt_marketingformid_value',
      'msdynmkt_submittedvalues',
      'createdon',
    ],
    filter: `${lookup} eq ${guidLiteral(id)} and createdon ge ${since.toISOString()}`,
    orderby: ['createdon desc'],
  });
}

export function normaliseFormSubmission(row: Row): Interaction | null {
  const id = str(row, 'msdynmkt_marketingformsubmissionid')?.toLowerCase();
  const time = isoDate(row, 'createdon');
  if (!id || !time) return null;
  const formId = str(row, '_msdynmkt_marketingformid_value')?.toLowerCase();
  const formName = formatted(row, '_msdynmkt_marketingformid_value');
  const submitted: MarketingEvent = {
    id,
    action: 'submitted',
    type: 'FormSubmitted',
    time: new Date(time).toISOString(),
    details: submittedFields(str(row, 'msdynmkt_submittedvalues')),
  };
  const events = [submitted];
  return {
    id: `form:${id}`,
    kind: 'form',
    source: ID,
    title: formName ?? str(row, 'msdynmkt_name') ?? t('cardTitle.form'),
    time: submitted.time,
    marketing: {
      channel: 'form',
      origin: 'dataverse',
      ...(formId ? { asset: { id: formId, table: 'msdynmkt_marketingform', ...(formName ? { name: formName } : {}) } } : {}),
      events,
      actions: summariseActions(events),
    },
  };
}

export const marketingFormsSource: TimelineSource = {
  id: ID,
  get label() {
    return t('sourceName.marketing-forms');
  },
  kinds: ['form'],
  requiredPrivileges: ['prvReadmsdynmkt_marketingform', 'prvReadmsdynmkt_marketingformsubmission'],
  appliesTo: ['contact', 'lead'],
  async availability(ctx) {
    const org = await ctx.orgMarketing();
    return org.ok && !org.value.realtimeInstalled
      ? { available: false, reason: t('availability.formsMissing') }
      : { available: true, note: t('availability.pastMonths', { months: ctx.config.realtimeMonths }) };
  },
  async fetch(ctx) {
    const since = realtimeWindowStart(ctx.now, ctx.config.realtimeMonths);
    const result = await ctx.client.getAllPages(formSubmissionsQuery(ctx.record.entity, ctx.record.id, since), {
      signal: ctx.signal,
      annotations: true,
    });
    return result.ok ? ok(result.value.flatMap((r) => normaliseFormSubmission(r) ?? [])) : result;
  },
};
