// Outbound marketing interactions through msdyncrm_LoadInteractionsPublic (reference §3.3): one
// interaction type per call, `Data` a JSON string, paged by NextSkipToken; contacts only; shown only
// after the real-time install date or May 2022, whichever is later.
import type { Row } from '../dataverse/client';
import { fail, ok, type Result } from '../dataverse/errors';
import { t } from '../i18n';
import { fetchAssetNames, wantedAssets } from './marketing/assets';
import { buildCards } from './marketing/cards';
import { eventFromRow, type RawEvent } from './marketing/events';
import { outboundCutoff } from './marketing/windows';
import type { SourceContext, TimelineSource } from './types';

const ID = 'marketing-outbound';
export const OUTBOUND_TYPES = [
  'EmailSent',
  'EmailDelivered',
  'EmailOpened',
  'EmailClicked',
  'EmailHardBounced',
  'EmailSoftBounced',
  'EmailBlocked',
  'EmailSubscriptionSubmit',
  'FormVisited',
  'FormSubmitted',
  'EventRegistration',
  'EventCheckIn',
  'WebsiteVisited',
  'WebsiteClicked',
] as const;
const MAX_PAGES = 50;
const ASSET_TABLE = { email: 'msdyncrm_marketingemail', form: 'msdyncrm_marketingform', web: 'msdyncrm_website' } as const;

/** The action's dates are MM-DD-YYYY strings. */
export function outboundDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}-${date.getUTCFullYear()}`;
}

/** An outbound row in the real-time shape, so both kinds of history normalise one way. */
export function fromOutboundRow(type: string, row: Row): RawEvent | null {
  const event = eventFromRow(type, {
    ...row,
    InternalMarketingInteractionId: row.InteractionId,
    JourneyRunId: row.CustomerJourneyIterationId ?? row.SendingId,
    TargetUrl: row.TargetUrl ?? row.LinkUrl,
    PageAddress: row.PageAddress ?? row.PageUrl,
    FormId: row.FormId ?? (type.startsWith('Form') ? row.MessageId : undefined),
    WebsiteId: row.WebsiteId,
    MessageId: type.startsWith('Email') ? row.MessageId : undefined,
  });
  return event && { ...event, cardKey: `outbound-${event.cardKey}`, dedupeKey: `outbound|${event.dedupeKey}` };
}

async function loadType(ctx: SourceContext, type: string, from: Date): Promise<Result<Row[]>> {
  const rows: Row[] = [];
  const seen = new Set<string>();
  let skipToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = {
      InteractionType: type,
      ContactId: ctx.record.id,
      DateFrom: outboundDate(from),
      DateTo: outboundDate(ctx.now),
      Top: 500,
      ...(skipToken ? { SkipToken: skipToken } : {}),
    };
    const result = await ctx.client.postJson('msdyncrm_LoadInteractionsPublic', body, { signal: ctx.signal });
    if (!result.ok) return result;
    const response = result.value as { Data?: unknown; NextSkipToken?: unknown } | null;
    let data: unknown;
    try {
      data = typeof response?.Data === 'string' ? JSON.parse(response.Data) : response?.Data;
    } catch {
      return fail({ kind: 'malformed', message: t('outbound.dataNotJson') });
    }
    if (!Array.isArray(data)) return fail({ kind: 'malformed', message: t('outbound.noList') });
    rows.push(...data.filter((r): r is Row => !!r && typeof r === 'object'));
    const next = response?.NextSkipToken;
    if (typeof next !== 'string' || !next || seen.has(next)) return ok(rows);
    seen.add(next);
    skipToken = next;
  }
  return ok(rows);
}

export const outboundMarketingSource: TimelineSource = {
  id: ID,
  get label() {
    return t('sourceName.marketing-outbound');
  },
  kinds: ['email', 'form', 'event', 'web'],
  requiredPrivileges: ['prvReadmsdyncrm_marketingemail', 'prvReadmsdyncrm_marketingform', 'prvReadmsdyncrm_website'],
  appliesTo: ['contact'],
  async availability(ctx) {
    const org = await ctx.orgMarketing();
    if (org.ok && !org.value.outboundInstalled) return { available: false, reason: t('availability.outboundMissing') };
    const cutoff = outboundCutoff(org.ok ? org.value.realtimeInstalledOn : undefined, ctx.config.outboundSince);
    return {
      available: true,
      note: t('availability.outboundSince', { date: cutoff.toISOString().slice(0, 10) }),
    };
  },
  async fetch(ctx) {
    const org = await ctx.orgMarketing();
    const cutoff = outboundCutoff(org.ok ? org.value.realtimeInstalledOn : undefined, ctx.config.outboundSince);
    const raw: RawEvent[] = [];
    for (const batch of [OUTBOUND_TYPES.slice(0, 7), OUTBOUND_TYPES.slice(7)]) {
      const results = await Promise.all(batch.map(async (type) => ({ type, result: await loadType(ctx, type, cutoff) })));
      for (const { type, result } of results) {
        if (!result.ok) return result;
        for (const row of result.value) {
          const event = fromOutboundRow(type, row);
          // DateFrom counts whole days; the cut-off is an instant.
          if (event && Date.parse(event.event.time) >= cutoff.getTime()) raw.push(event);
        }
      }
    }
    const names = await fetchAssetNames(
      ctx.client,
      wantedAssets(
        raw.map((e): [string, string | undefined] =>
          e.channel === 'email'
            ? [ASSET_TABLE.email, e.messageId]
            : e.channel === 'form'
              ? [ASSET_TABLE.form, e.formId]
              : [ASSET_TABLE.web, e.websiteId],
        ),
      ),
      ctx.signal,
    );
    return ok(buildCards(raw, 'outbound', ID, names));
  },
};
