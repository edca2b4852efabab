// Messages crossing into the worker are checked against a schema (valibot) before use.
import * as v from 'valibot';
import type { OpenTimelineRequest, PreviewRequest } from './protocol';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const RecordRefSchema = v.object({
  entity: v.picklist(['contact', 'lead']),
  id: v.pipe(v.string(), v.regex(GUID)),
});

export const OpenTimelineSchema = v.object({
  requestId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  record: RecordRefSchema,
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i), v.maxLength(35))),
});

export const CloseTimelineSchema = v.object({ requestId: v.pipe(v.string(), v.maxLength(64)) });

export function parseOpenTimeline(data: unknown): OpenTimelineRequest | null {
  const result = v.safeParse(OpenTimelineSchema, data);
  return result.success ? result.output : null;
}

export function parseCloseTimeline(data: unknown): { requestId: string } | null {
  const result = v.safeParse(CloseTimelineSchema, data);
  return result.success ? result.output : null;
}

const Guid = v.pipe(v.string(), v.regex(GUID));

export const PreviewSchema = v.object({
  record: RecordRefSchema,
  id: v.pipe(v.string(), v.maxLength(200)),
  kind: v.pipe(v.string(), v.maxLength(40)),
  marketing: v.optional(
    v.object({
      origin: v.picklist(['real-time', 'outbound', 'dataverse']),
      channel: v.pipe(v.string(), v.maxLength(20)),
      assetId: v.optional(Guid),
      journeyId: v.optional(Guid),
      journeyRunId: v.optional(Guid),
    }),
  ),
});

export function parsePreviewRequest(data: unknown): PreviewRequest | null {
  const result = v.safeParse(PreviewSchema, data);
  if (!result.success) return null;
  const { marketing, ...rest } = result.output;
  if (!marketing) return rest;
  const m: NonNullable<PreviewRequest['marketing']> = { origin: marketing.origin, channel: marketing.channel };
  if (marketing.assetId) m.assetId = marketing.assetId;
  if (marketing.journeyId) m.journeyId = marketing.journeyId;
  if (marketing.journeyRunId) m.journeyRunId = marketing.journeyRunId;
  return { ...rest, marketing: m };
}
