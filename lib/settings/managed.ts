// Settings an administrator presets through managed storage (a browser policy; schema in
// public/managed-schema.json): orgs with their sources and real-time window, and the cache policy,
// laid over the user's own settings. Managed orgs are marked addedBy 'admin' and their managed
// fields win; a policy that does not validate is ignored as a whole, with a warning.
import * as v from 'valibot';
import { isCrmOnlineHost } from '../crm/hosts';
import { t } from '../i18n';
import { CacheSettingsSchema, newOrgSettings, OrgSettingsSchema, plainIssues, type CacheSettings, type Settings } from './settings';

const ManagedOrgSchema = v.object({
  url: OrgSettingsSchema.entries.url,
  label: v.optional(OrgSettingsSchema.entries.label),
  sources: v.optional(OrgSettingsSchema.entries.sources),
  realtimeMonths: v.optional(OrgSettingsSchema.entries.realtimeMonths),
});

export const ManagedPolicySchema = v.object({
  orgs: v.optional(v.array(ManagedOrgSchema)),
  cache: v.optional(v.partial(CacheSettingsSchema)),
});

export type ManagedPolicy = v.InferOutput<typeof ManagedPolicySchema>;

/** What the administrator decides, so the options page can show those fields as locked. */
export interface ManagedLocks {
  /** Org URL → the fields the policy sets: source ids, and whether it sets the real-time window and name. */
  orgs: Record<string, { sources: string[]; realtimeMonths: boolean; label: boolean }>;
  cache: Array<keyof CacheSettings>;
}

export interface ManagedResult {
  settings: Settings;
  locks: ManagedLocks;
  /** Why a policy was ignored, in plain words (empty when there is none or it is valid). */
  warnings: string[];
}

export const NO_LOCKS: ManagedLocks = { orgs: {}, cache: [] };

/** True when a policy sets anything at all. */
export function hasLocks(locks: ManagedLocks): boolean {
  return locks.cache.length > 0 || Object.keys(locks.orgs).length > 0;
}

function isEmpty(managed: unknown): boolean {
  return managed === null || managed === undefined || (typeof managed === 'object' && Object.keys(managed).length === 0);
}

function kindOf(url: string): 'online' | 'custom' {
  const parsed = new URL(url);
  return parsed.port === '' && isCrmOnlineHost(parsed.hostname) ? 'online' : 'custom';
}

/** Validates a policy: the policy, or the plain-words reasons it is ignored. */
export function parseManaged(managed: unknown): { ok: true; policy: ManagedPolicy } | { ok: false; errors: string[] } {
  if (isEmpty(managed)) return { ok: true, policy: {} };
  const result = v.safeParse(ManagedPolicySchema, managed);
  if (!result.success) return { ok: false, errors: plainIssues(result.issues, managed) };
  const urls = (result.output.orgs ?? []).map((o) => o.url);
  const duplicate = urls.find((u, i) => urls.indexOf(u) !== i);
  if (duplicate) return { ok: false, errors: [t('options.issue.twice', { url: duplicate })] };
  return { ok: true, policy: result.output };
}

/** The user's settings with a policy laid over them, what it locks, and why it was ignored if it was. */
export function applyManaged(settings: Settings, managed: unknown): ManagedResult {
  const parsed = parseManaged(managed);
  if (!parsed.ok) return { settings, locks: NO_LOCKS, warnings: [t('options.managed.ignored'), ...parsed.errors] };
  const { policy } = parsed;
  const locks: ManagedLocks = { orgs: {}, cache: [] };
  const orgs = [...settings.orgs];
  for (const managedOrg of policy.orgs ?? []) {
    const index = orgs.findIndex((o) => o.url === managedOrg.url);
    const base = index >= 0 ? orgs[index]! : newOrgSettings(managedOrg.url, kindOf(managedOrg.url), 'admin');
    const merged = {
      ...base,
      addedBy: 'admin' as const,
      sources: { ...base.sources, ...(managedOrg.sources ?? {}) },
      ...(managedOrg.realtimeMonths !== undefined ? { realtimeMonths: managedOrg.realtimeMonths } : {}),
      ...(managedOrg.label !== undefined ? { label: managedOrg.label } : {}),
    };
    if (index >= 0) orgs[index] = merged;
    else orgs.push(merged);
    locks.orgs[managedOrg.url] = {
      sources: Object.keys(managedOrg.sources ?? {}),
      realtimeMonths: managedOrg.realtimeMonths !== undefined,
      label: managedOrg.label !== undefined,
    };
  }
  const cache = { ...settings.cache };
  for (const [key, value] of Object.entries(policy.cache ?? {}) as Array<[keyof CacheSettings, never]>) {
    if (value === undefined) continue;
    cache[key] = value;
    locks.cache.push(key);
  }
  return { settings: { ...settings, orgs, cache }, locks, warnings: [] };
}

/** The user's settings with the managed ones laid over them (an invalid policy changes nothing). */
export function mergeManaged(settings: Settings, managed: unknown): Settings {
  return applyManaged(settings, managed).settings;
}
