// Real-time journeys interactions (emails, SMS, push, web, forms, events) from the org's exposed
// Customer Insights – Journeys tables, one card per message (reference §3.4; the mapping is per org).
import type { Row } from '../dataverse/client';
import { fail, ok, type DataverseError } from '../dataverse/errors';
import { buildQuery, guidLiteral } from '../dataverse/query';
import { t } from '../i18n';
import { fetchAssetNames, wantedAssets } from './marketing/assets';
import { buildCards } from './marketing/cards';
import { eventFromRow, type RawEvent } from './marketing/events';
import { COMMON_COLUMNS, INTERACTION_TYPES } from './marketing/interaction-types';
import { isRecentEnough, MIN_MARKETING_VERSION, realtimeWindowStart } from './marketing/windows';
import type { SourceContext, TimelineSource } from './types';

const ID = 'marketing-realtime';
const CHANNEL_TABLES = {
  email: 'msdynmkt_email',
  sms: 'msdynmkt_sms',
  push: 'msdynmkt_pushnotification',
  form: 'msdynmkt_marketingform',
  event: 'msevtmgt_event',
  web: 'msdyncrm_website',
} as const;

export function realtimeQuery(set: string, type: string, ctx: Pick<SourceContext, 'record' | 'now' | 'config'>): string {
  const profile = ctx.record.entity === 'lead' ? 'LeadId' : 'ContactId';
  const since = realtimeWindowStart(ctx.now, ctx.config.realtimeMonths).toISOString();
  return buildQuery(set, {
    select: [...COMMON_COLUMNS, ...(INTERACTION_TYPES[type]?.columns ?? [])],
    filter: `${profile} eq '${guidLiteral(ctx.record.id)}' and Timestamp ge ${since}`,
    orderby: ['Timestamp desc'],
  });
}

export const realtimeMarketingSource: TimelineSource = {
  id: ID,
  get label() {
    return t('sourceName.marketing-realtime');
  },
  kinds: ['email', 'sms', 'push', 'web', 'form', 'event'],
  requiredPrivileges: ['prvReadmsdynmkt_email', 'prvReadmsdynmkt_sms', 'prvReadmsdynmkt_pushnotification', 'prvReadmsdynmkt_marketingform'],
  appliesTo: ['contact', 'lead'],
  async availability(ctx) {
    const org = await ctx.orgMarketing();
    if (!org.ok) return { available: true };
    if (!org.value.realtimeInstalled) return { available: false, reason: t('availability.realtimeMissing') };
    if (!isRecentEnough(org.value.marketingVersion)) {
      return {
        available: false,
        reason: t('availability.realtimeTooOld', {
          required: MIN_MARKETING_VERSION,
          version: org.value.marketingVersion ?? t('availability.unknownVersion'),
        }),
      };
    }
    return { available: true, note: t('availability.pastMonths', { months: ctx.config.realtimeMonths }) };
  },
  async fetch(ctx) {
    const types = Object.keys(INTERACTION_TYPES).filter((t) => ctx.config.mapping[t]);
    const results = await Promise.all(
      types.map(async (type) => ({
        type,
        result: await ctx.client.getAllPages(realtimeQuery(ctx.config.mapping[type]!, type, ctx), { signal: ctx.signal }),
      })),
    );
    const raw: RawEvent[] = [];
    const denied: DataverseError[] = [];
    for (const { type, result } of results) {
      if (result.ok) {
        for (const row of result.value as Row[]) {
          const event = eventFromRow(type, row);
          if (event) raw.push(event);
        }
      } else if (result.error.kind === 'denied') denied.push(result.error);
      else if (result.error.kind !== 'not-found') return result; // a table the org does not expose is simply absent
    }
    if (denied.length === types.length && denied[0]) return fail(denied[0]);
    const names = await fetchAssetNames(
      ctx.client,
      wantedAssets(
        raw.flatMap((e): Array<[string, string | undefined]> => [
          [CHANNEL_TABLES[e.channel], e.messageId ?? e.formId ?? e.eventId],
          ['msdynmkt_journey', e.journeyId],
        ]),
      ),
      ctx.signal,
    );
    return ok(buildCards(raw, 'real-time', ID, names));
  },
};
