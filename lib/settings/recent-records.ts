// Records the user opened, newest first, at most MAX_RECENT, each once: what the popup lists,
// offline too. Stored in extension storage (items.ts recentRecordsItem) and validated on every
// read; an entry that does not fit the shape is left out, never half-read.
import * as v from 'valibot';
import { httpsOrigin } from './origin';
import type { RecordRef } from '../crm/record-url';
import type { RecentRecord } from '../messaging/popup-protocol';

export const MAX_RECENT = 20;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const Origin = httpsOrigin();

export const RecentRecordSchema = v.object({
  orgUrl: Origin,
  userId: v.optional(v.pipe(v.string(), v.regex(GUID))),
  entity: v.picklist(['contact', 'lead']),
  id: v.pipe(v.string(), v.regex(GUID)),
  name: v.pipe(v.string(), v.maxLength(400)),
  openedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const sameRecord = (a: RecordRef & { orgUrl: string }, b: RecordRef & { orgUrl: string }) =>
  a.orgUrl === b.orgUrl && a.entity === b.entity && a.id === b.id;

function parseOne(data: unknown): RecentRecord | null {
  const result = v.safeParse(RecentRecordSchema, data);
  if (!result.success) return null;
  const { userId, ...rest } = result.output;
  return userId ? { ...rest, userId } : rest;
}

/** The valid entries of what storage holds, newest first, each record once, at most MAX_RECENT. */
export function parseRecentRecords(data: unknown): RecentRecord[] {
  if (!Array.isArray(data)) return [];
  const valid = data.map(parseOne).filter((r): r is RecentRecord => r !== null);
  valid.sort((a, b) => b.openedAt - a.openedAt);
  const list: RecentRecord[] = [];
  for (const entry of valid) if (!list.some((r) => sameRecord(r, entry))) list.push(entry);
  return list.slice(0, MAX_RECENT);
}

/**
 * `entry` first, its older copy gone, the list cut at MAX_RECENT. An entry without a name keeps
 * the name the record had before (the org may not have answered yet).
 */
export function addRecentRecord(list: readonly RecentRecord[], entry: RecentRecord): RecentRecord[] {
  const previous = list.find((r) => sameRecord(r, entry));
  const name = entry.name || previous?.name || '';
  const userId = entry.userId ?? previous?.userId;
  const added: RecentRecord = { ...entry, name, ...(userId ? { userId } : {}) };
  return [added, ...list.filter((r) => !sameRecord(r, entry))].slice(0, MAX_RECENT);
}

/** The record's name as the org now says it; an empty name changes nothing. */
export function renameRecentRecord(list: readonly RecentRecord[], record: RecordRef & { orgUrl: string }, name: string): RecentRecord[] {
  const trimmed = name.trim().slice(0, 400);
  if (!trimmed) return [...list];
  return list.map((r) => (sameRecord(r, record) ? { ...r, name: trimmed } : r));
}

/** The orgs of the recent records, most recent first, each once. */
export function recentOrgs(list: readonly RecentRecord[]): string[] {
  return [...new Set(list.map((r) => r.orgUrl))];
}
