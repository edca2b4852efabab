// Schema checks (valibot) of the popup's messages: what the worker accepts, and what the popup
// accepts back. A message that does not fit is refused (null), never half-used.
import * as v from 'valibot';
import { httpsOrigin } from '../settings/origin';
import { crmOrg } from '../crm/record-url';

export { crmOrg };
import { MAX_QUERY_LENGTH } from '../popup/search-query';
import { RecentRecordSchema } from '../settings/recent-records';
import { MARKETING_KINDS, SALES_SERVICE_KINDS } from '../timeline/model';
import type { PopupStart, QuickSearchReply, RecordSummaryReply } from './popup-protocol';
import type { RecordRef } from '../crm/record-url';
import { RecordRefSchema } from './validate';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** An https origin (the worker checks it is a CRM org). */
const OrgUrl = httpsOrigin();

const StartSchema = v.object({ tabUrl: v.optional(Text(4000)) });
const SearchSchema = v.object({ orgUrl: OrgUrl, query: Text(MAX_QUERY_LENGTH * 2) });
const RecordRequestSchema = v.object({ orgUrl: OrgUrl, record: RecordRefSchema });

export function parsePopupStart(data: unknown): { tabUrl?: string } | null {
  const result = v.safeParse(StartSchema, data ?? {});
  if (!result.success) return null;
  return result.output.tabUrl ? { tabUrl: result.output.tabUrl } : {};
}

/** A quick search for a CRM org; anything else (another site, a malformed message) is null. */
export function parseQuickSearch(data: unknown, customOrigins: readonly string[]): { orgUrl: string; query: string } | null {
  const result = v.safeParse(SearchSchema, data);
  if (!result.success) return null;
  const orgUrl = crmOrg(result.output.orgUrl, customOrigins);
  return orgUrl ? { orgUrl, query: result.output.query } : null;
}

/** A record of a CRM org (for its summary, or to open it); anything else is null. */
export function parseRecordRequest(data: unknown, customOrigins: readonly string[]): { orgUrl: string; record: RecordRef } | null {
  const result = v.safeParse(RecordRequestSchema, data);
  if (!result.success) return null;
  const orgUrl = crmOrg(result.output.orgUrl, customOrigins);
  return orgUrl ? { orgUrl, record: result.output.record } : null;
}

// What the popup accepts back from the worker.

const KindSchema = v.picklist([...SALES_SERVICE_KINDS, ...MARKETING_KINDS, 'activity']);
const ChannelSchema = v.picklist(['email', 'sms', 'push', 'web', 'form', 'event']);
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const PopupStartSchema = v.object({
  orgs: v.array(v.object({ url: OrgUrl, label: v.optional(Text(200)) })),
  recent: v.array(RecentRecordSchema),
  tabOrg: v.optional(OrgUrl),
});

const HitSchema = v.object({
  ...RecordRefSchema.entries,
  name: Text(400),
  company: v.optional(Text(400)),
  email: v.optional(Text(400)),
  phone: v.optional(Text(100)),
});

const TableSchema = v.variant('state', [
  v.object({ state: v.literal('ok'), hits: v.array(HitSchema) }),
  v.object({ state: v.literal('denied'), privilege: v.optional(Text(200)) }),
  v.object({ state: v.literal('error'), message: Text(2000) }),
]);

const SearchReplySchema = v.variant('state', [
  v.object({ state: v.literal('ok'), query: Text(MAX_QUERY_LENGTH * 2), tables: v.object({ contact: TableSchema, lead: TableSchema }) }),
  v.object({ state: v.literal('signed-out'), orgUrl: OrgUrl }),
  v.object({ state: v.literal('refused') }),
]);

const SummarySchema = v.variant('state', [
  v.object({
    state: v.literal('ok'),
    record: RecordRefSchema,
    latest: v.array(v.object({ id: Text(400), kind: KindSchema, channel: v.optional(ChannelSchema), title: Text(2000), time: Text(40) })),
    counts: v.array(v.object({ kind: KindSchema, channel: v.optional(ChannelSchema), count: Count })),
    total: Count,
    sources: v.array(
      v.object({
        id: Text(60),
        label: Text(200),
        state: v.picklist(['loading', 'ok', 'denied', 'error', 'off']),
        count: v.optional(Count),
      }),
    ),
    complete: v.boolean(),
  }),
  v.object({ state: v.literal('signed-out'), orgUrl: OrgUrl }),
  v.object({ state: v.literal('error'), message: Text(2000) }),
  v.object({ state: v.literal('cancelled') }),
  v.object({ state: v.literal('refused') }),
]);

export function parsePopupStartReply(data: unknown): PopupStart | null {
  const result = v.safeParse(PopupStartSchema, data);
  return result.success ? result.output : null;
}

export function parseQuickSearchReply(data: unknown): QuickSearchReply | null {
  const result = v.safeParse(SearchReplySchema, data);
  return result.success ? result.output : null;
}

export function parseSummaryReply(data: unknown): RecordSummaryReply | null {
  const result = v.safeParse(SummarySchema, data);
  return result.success ? result.output : null;
}

export function parseOpenReply(data: unknown): { opened: boolean } | null {
  const result = v.safeParse(v.object({ opened: v.boolean() }), data);
  return result.success ? result.output : null;
}
