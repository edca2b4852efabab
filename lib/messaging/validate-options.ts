// The options page's messages are checked against a schema (valibot) before the worker uses them.
// Whether the org is a CRM org is the worker's check (it knows the custom orgs).
import * as v from 'valibot';
import { httpsOrigin } from '../settings/origin';
import { CacheSettingsSchema, OrgSettingsSchema } from '../settings/settings';
import type { OrgRequest, SettingsChange } from './options-protocol';

const OrgUrl = httpsOrigin();

const OrgRequestSchema = v.object({ orgUrl: OrgUrl });
const ClearCacheSchema = v.object({ orgUrl: v.optional(OrgUrl) });
const org = OrgSettingsSchema.entries;
const OrgPatchSchema = v.partial(
  v.object({
    sources: org.sources,
    defaultTypes: org.defaultTypes,
    defaultActions: org.defaultActions,
    realtimeMonths: org.realtimeMonths,
    outboundSince: v.nullable(v.pipe(v.string(), v.isoDate())),
    mapping: org.mapping,
  }),
);
const SettingsChangeSchema = v.variant('kind', [
  v.object({ kind: v.literal('org'), orgUrl: OrgUrl, patch: OrgPatchSchema }),
  v.object({ kind: v.literal('cache'), patch: v.partial(CacheSettingsSchema) }),
  // The settings themselves are validated whole by parseSettings, with plain-words errors.
  v.object({ kind: v.literal('replace'), settings: v.unknown() }),
]);

export function parseOrgRequest(data: unknown): OrgRequest | null {
  const result = v.safeParse(OrgRequestSchema, data);
  return result.success ? result.output : null;
}

export function parseClearCache(data: unknown): { orgUrl?: string } | null {
  const result = v.safeParse(ClearCacheSchema, data ?? {});
  if (!result.success) return null;
  return result.output.orgUrl ? { orgUrl: result.output.orgUrl } : {};
}

/** A settings change from the options page, or null (its values are validated again with the whole settings). */
export function parseSettingsChange(data: unknown): SettingsChange | null {
  const result = v.safeParse(SettingsChangeSchema, data);
  if (!result.success) return null;
  const change = result.output;
  if (change.kind !== 'org')
    return change.kind === 'cache' ? { kind: 'cache', patch: change.patch } : { kind: 'replace', settings: change.settings };
  const patch = Object.fromEntries(Object.entries(change.patch).filter(([, value]) => value !== undefined));
  return { kind: 'org', orgUrl: change.orgUrl, patch };
}
