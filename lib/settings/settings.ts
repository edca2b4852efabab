// The user's settings (options page): CRM orgs with their sources, windows and mapping, and the
// cache policy. One versioned shape, validated wherever it crosses a boundary (storage, import,
// managed storage); a violation is a plain-words error, never a half-applied file.
import * as v from 'valibot';
import { httpsOrigin } from './origin';
import { t, type MessageKey } from '../i18n';
import { DEFAULT_MAPPING } from '../sources/marketing/interaction-types';
import { DEFAULT_REALTIME_MONTHS } from '../sources/marketing/windows';
import type { SourceConfig } from '../sources/types';
import { NO_FILTERS, type TimelineFilters } from '../timeline/filters';

export const SETTINGS_VERSION = 1;

const Origin = httpsOrigin(() => t('options.issue.origin'));

/** An entity set name as Dataverse spells them: a letter or _, then letters, digits and _. */
export const ENTITY_SET = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

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
  mapping: v.record(
    v.pipe(v.string(), v.maxLength(80)),
    v.pipe(
      v.string(),
      v.regex(ENTITY_SET, () => t('options.issue.entitySet')),
    ),
  ),
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
    if (duplicate) return { ok: false, errors: [t('options.issue.twice', { url: duplicate })] };
    return { ok: true, settings: result.output };
  }
  return { ok: false, errors: plainIssues(result.issues, data) };
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
    ...(org?.outboundSince ? { outboundSince: org.outboundSince } : {}),
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

/** A change the options page asks for: one org's fields, the cache policy, or everything (an import). */
export type SettingsChange =
  | { kind: 'org'; orgUrl: string; patch: OrgPatch }
  | { kind: 'cache'; patch: Partial<CacheSettings> }
  | { kind: 'replace'; settings: unknown };

/** Fields of one org to change: `sources` entries are merged into the org's; `outboundSince: null` removes it. */
export interface OrgPatch {
  sources?: Record<string, boolean>;
  defaultTypes?: string[];
  defaultActions?: string[];
  realtimeMonths?: number;
  outboundSince?: string | null;
  mapping?: Record<string, string>;
}

/** A copy of the settings with one org changed; an org not stored yet starts from `base` (what is shown for it). */
export function updateOrg(settings: Settings, url: string, patch: OrgPatch, base: OrgSettings): Settings {
  const existing = orgSettings(settings, url);
  const start: OrgSettings = existing ?? { ...base, url, addedBy: base.addedBy === 'admin' ? 'visit' : base.addedBy };
  const { sources, outboundSince, ...fields } = patch;
  const org: OrgSettings = { ...start, ...fields, sources: { ...start.sources, ...(sources ?? {}) } };
  if (outboundSince === null) delete org.outboundSince;
  else if (outboundSince !== undefined) org.outboundSince = outboundSince;
  return { ...settings, orgs: existing ? settings.orgs.map((o) => (o === existing ? org : o)) : [...settings.orgs, org] };
}

/** The settings after a change, validated as a whole: nothing is half-applied. */
export function applySettingsChange(settings: Settings, change: SettingsChange, base: (url: string) => OrgSettings): ParsedSettings {
  if (change.kind === 'replace') return parseSettings(change.settings);
  const next =
    change.kind === 'cache'
      ? { ...settings, cache: { ...settings.cache, ...change.patch } }
      : updateOrg(settings, change.orgUrl, change.patch, base(change.orgUrl));
  return parseSettings(next);
}

// Plain words for validation issues: where ("Org 1 (https://…) › real-time months") and what is wrong.
const FIELD_KEYS: Record<string, MessageKey> = {
  version: 'options.field.version',
  orgs: 'options.field.orgs',
  url: 'options.field.url',
  kind: 'options.field.kind',
  addedBy: 'options.field.addedBy',
  label: 'options.field.label',
  sources: 'options.field.sources',
  defaultTypes: 'options.field.defaultTypes',
  defaultActions: 'options.field.defaultActions',
  realtimeMonths: 'options.field.realtimeMonths',
  outboundSince: 'options.field.outboundSince',
  mapping: 'options.field.mapping',
  lastSeenAt: 'options.field.lastSeenAt',
  cache: 'options.field.cache',
  keepDays: 'options.field.keepDays',
  maxMegabytes: 'options.field.maxMegabytes',
  skipBodies: 'options.field.skipBodies',
};

const TYPE_KEYS: Record<string, MessageKey> = {
  string: 'options.issue.string',
  number: 'options.issue.number',
  boolean: 'options.issue.boolean',
  array: 'options.issue.array',
  object: 'options.issue.object',
  record: 'options.issue.object',
  integer: 'options.issue.integer',
  iso_date: 'options.issue.date',
};

type Issue = v.BaseIssue<unknown>;

function whereOf(issue: Issue, data: unknown): string {
  const parts: string[] = [];
  let node: unknown = data;
  const path = issue.path ?? [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!.key;
    const parent = i > 0 ? path[i - 1]!.key : undefined;
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key as string] : undefined;
    if (parent === 'orgs' && typeof key === 'number') {
      const url = node && typeof node === 'object' ? (node as { url?: unknown }).url : undefined;
      parts.pop();
      parts.push(
        typeof url === 'string' && url.length <= 200
          ? t('options.path.orgUrl', { n: key + 1, url })
          : t('options.path.org', { n: key + 1 }),
      );
    } else if (typeof key === 'number') parts.push(t('options.path.item', { n: key + 1 }));
    else if (parent === 'sources' || parent === 'mapping') parts.push(`“${String(key).slice(0, 80)}”`);
    else parts.push(FIELD_KEYS[String(key)] ? t(FIELD_KEYS[String(key)]!) : String(key).slice(0, 80));
  }
  return parts.join(' › ');
}

function whatOf(issue: Issue): string {
  const found = (text: string) =>
    issue.received && issue.received !== 'undefined' ? `${text} ${t('options.issue.found', { value: issue.received.slice(0, 60) })}` : text;
  if (issue.kind === 'schema' && issue.received === 'undefined') return t('options.issue.missing');
  switch (issue.type) {
    case 'literal':
      return found(t('options.issue.version', { version: String(issue.expected) }));
    case 'picklist':
      return found(
        t('options.issue.oneOf', {
          options: (issue.expected ?? '')
            .replace(/^\(|\)$/g, '')
            .split(' | ')
            .join(', '),
        }),
      );
    case 'min_value':
      return found(t('options.issue.atLeast', { min: String(issue.requirement) }));
    case 'max_value':
      return found(t('options.issue.atMost', { max: String(issue.requirement) }));
    case 'max_length':
      return t('options.issue.tooLong', { max: String(issue.requirement) });
    case 'regex':
    case 'check':
      return found(issue.message);
    default:
      return TYPE_KEYS[issue.type] ? found(t(TYPE_KEYS[issue.type]!)) : issue.message;
  }
}

/** Validation issues in plain words, at most ten: "Org 1 (https://…) › real-time months: must be at most 24 (found 99)". */
export function plainIssues(issues: readonly Issue[], data: unknown): string[] {
  return issues.slice(0, 10).map((issue) => {
    const where = whereOf(issue, data);
    return where ? `${where}: ${whatOf(issue)}` : whatOf(issue);
  });
}

/** What of an org's settings shapes its timelines (sources, windows, mapping, cache policy), as one comparable string. */
export function timelineSettingsOf(settings: Settings, orgUrl: string): string {
  // Effective values: an org recorded as visited (no settings of its own yet) changes nothing.
  const off = Object.entries(orgSettings(settings, orgUrl)?.sources ?? {})
    .filter(([, on]) => !on)
    .map(([id]) => id)
    .sort();
  return JSON.stringify([off, sourceConfigOf(settings, orgUrl), settings.cache]);
}
