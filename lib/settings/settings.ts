// The user's settings (options page): CRM orgs with their sources, windows and mapping, and the
// cache policy. One versioned shape, validated wherever it crosses a boundary (storage, import,
// managed storage); a violation is a plain-words error, never a half-applied file.
import * as v from 'valibot';
import { DEFAULT_MAPPING } from '../sources/marketing/interaction-types';
import { DEFAULT_REALTIME_MONTHS } from '../sources/marketing/windows';
import type { SourceConfig } from '../sources/types';
import { NO_FILTERS, type TimelineFilters } from '../timeline/filters';

export const SETTINGS_VERSION = 1;

const Origin = v.pipe(
  v.string(),
  v.maxLength(200),
  v.check((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.origin === value;
    } catch {
      return false;
    }
  }, 'an org must be an https origin such as https://contoso.crm.dynamics.com'),
);

export const OrgSettingsSchema = v.object({
  /** The org's origin, https only. */
  url: Origin,
  /** Online orgs match the built-in Dynamics hosts; custom ones (on-premises, own domain) need a granted permission. */
  kind: v.picklist(['online', 'custom']),
  /** How the org came: visited by the user, added on the options page, or preset by an administrator. */
  addedBy: v.picklist(['visit', 'user', 'admin']),
  label: v.optional(v.pipe(v.string(), v.maxLength(120))),
  /** Source id → on/off; a source not listed is on. */
  sources: v.record(v.pipe(v.string(), v.maxLength(60)), v.boolean()),
  /** Timeline types shown when no filter is chosen (empty: all). */
  defaultTypes: v.array(v.pipe(v.string(), v.maxLength(60))),
  /** Marketing actions shown when no filter is chosen (empty: all). */
  defaultActions: v.array(v.pipe(v.string(), v.maxLength(60))),
  realtimeMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24)),
  /** Outbound marketing interactions before this day (YYYY-MM-DD) are not shown; unset: the documented cut-off. */
  outboundSince: v.optional(v.pipe(v.string(), v.isoDate())),
  /** CDM interaction table → entity set. */
  mapping: v.record(v.pipe(v.string(), v.maxLength(80)), v.pipe(v.string(), v.regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/))),
  lastSeenAt: v.optional(v.number()),
});

export const CacheSettingsSchema = v.object({
  /** Cached timelines older than this are dropped. */
  keepDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)),
  /** Upper bound of the cache; least recently used timelines go first. */
  maxMegabytes: v.pipe(v.number(), v.minValue(1), v.maxValue(2000)),
  /** Do not keep email and note bodies in the cache (titles and metadata only). */
  skipBodies: v.boolean(),
});

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  orgs: v.array(OrgSettingsSchema),
  cache: CacheSettingsSchema,
});

export type OrgSettings = v.InferOutput<typeof OrgSettingsSchema>;
export type CacheSettings = v.InferOutput<typeof CacheSettingsSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_CACHE_SETTINGS: CacheSettings = { keepDays: 30, maxMegabytes: 200, skipBodies: false };
export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, orgs: [], cache: DEFAULT_CACHE_SETTINGS };

export function newOrgSettings(url: string, kind: OrgSettings['kind'], addedBy: OrgSettings['addedBy']): OrgSettings {
  return {
    url,
    kind,
    addedBy,
    sources: {},
    defaultTypes: [],
    defaultActions: [],
    realtimeMonths: DEFAULT_REALTIME_MONTHS,
    mapping: { ...DEFAULT_MAPPING },
  };
}

export type ParsedSettings = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Validates settings from storage, an imported file or managed storage; errors name the field in plain words. */
export function parseSettings(data: unknown): ParsedSettings {
  const result = v.safeParse(SettingsSchema, data);
  if (result.success) {
    const urls = result.output.orgs.map((o) => o.url);
    const duplicate = urls.find((u, i) => urls.indexOf(u) !== i);
    if (duplicate) return { ok: false, errors: [`orgs: ${duplicate} is listed twice`] };
    return { ok: true, settings: result.output };
  }
  return {
    ok: false,
    errors: result.issues.slice(0, 10).map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}

export function orgSettings(settings: Settings, orgUrl: string): OrgSettings | undefined {
  return settings.orgs.find((o) => o.url === orgUrl);
}

export function isSourceOn(settings: Settings, orgUrl: string, sourceId: string): boolean {
  return orgSettings(settings, orgUrl)?.sources[sourceId] ?? true;
}

export function sourceConfigOf(settings: Settings, orgUrl: string): SourceConfig {
  const org = orgSettings(settings, orgUrl);
  return {
    realtimeMonths: org?.realtimeMonths ?? DEFAULT_REALTIME_MONTHS,
    mapping: { ...DEFAULT_MAPPING, ...(org?.mapping ?? {}) },
  };
}

/** The filters a user starts with in an org before choosing any: the org's default types and actions. */
export function defaultFilters(settings: Settings, orgUrl: string): TimelineFilters {
  const org = orgSettings(settings, orgUrl);
  return { ...NO_FILTERS, types: [...(org?.defaultTypes ?? [])], actions: [...(org?.defaultActions ?? [])] };
}

/** The origins of custom orgs (on-premises, own domain), whose pages the content script also reads. */
export function customOrigins(settings: Settings): string[] {
  return settings.orgs.filter((o) => o.kind === 'custom').map((o) => o.url);
}
