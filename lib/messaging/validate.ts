// Messages crossing into the worker are checked against a schema (valibot) before use.
import * as v from 'valibot';
import type { OpenTimelineRequest } from './protocol';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const RecordRefSchema = v.object({
  entity: v.picklist(['contact', 'lead']),
  id: v.pipe(v.string(), v.regex(GUID)),
});

export const OpenTimelineSchema = v.object({
  requestId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  record: RecordRefSchema,
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
