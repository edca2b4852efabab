// What the main-world bridge reports from Xrm, validated before the content script trusts it.
import * as v from 'valibot';
import { normaliseGuid, type RecordRef } from './record-url';

export interface PageContext {
  pageType: string;
  entityName?: string;
  /** Lower-case GUID without braces, when the page is a saved record. */
  entityId?: string;
  clientUrl?: string;
  userId?: string;
  userName?: string;
  languageId?: number;
  timeZoneOffsetMinutes?: number;
  version?: string;
}

const ContextSchema = v.object({
  pageType: v.pipe(v.string(), v.maxLength(64)),
  entityName: v.optional(v.pipe(v.string(), v.maxLength(128))),
  entityId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  clientUrl: v.optional(v.pipe(v.string(), v.maxLength(512))),
  userId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  userName: v.optional(v.pipe(v.string(), v.maxLength(256))),
  languageId: v.optional(v.pipe(v.number(), v.integer())),
  timeZoneOffsetMinutes: v.optional(v.pipe(v.number(), v.minValue(-24 * 60), v.maxValue(24 * 60))),
  version: v.optional(v.pipe(v.string(), v.maxLength(64))),
});

export function parsePageContext(data: unknown): PageContext | null {
  const result = v.safeParse(ContextSchema, data);
  if (!result.success) return null;
  const context: PageContext = { ...result.output };
  const id = normaliseGuid(context.entityId);
  if (id) context.entityId = id;
  else delete context.entityId;
  const user = normaliseGuid(context.userId);
  if (user) context.userId = user;
  else delete context.userId;
  if (context.entityName) context.entityName = context.entityName.toLowerCase();
  return context;
}

/** Xrm agrees with the URL: same table and id on a saved record form. */
export function confirmsRecord(context: PageContext | null, ref: RecordRef): boolean {
  return context?.pageType === 'entityrecord' && context.entityName === ref.entity && context.entityId === ref.id;
}
