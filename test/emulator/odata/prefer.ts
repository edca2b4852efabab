// The `Prefer` request header: odata.include-annotations (with "*", namespace wildcards, lists and
// exclusions), odata.maxpagesize and odata.continue-on-error; and the Preference-Applied echo.

export type AnnotationFilter = (name: string) => boolean;

export interface Preferences {
  /** Null when no annotations were asked for. */
  annotations: AnnotationFilter | null;
  maxPageSize?: number;
  continueOnError: boolean;
  /** Preferences to echo in Preference-Applied (maxpagesize is echoed only when paging applies). */
  includeAnnotationsApplied?: string;
}

/** Splits on commas outside double quotes. */
function splitPrefer(header: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** A matcher for annotation names such as `OData.Community.Display.V1.FormattedValue`. */
export function annotationMatcher(patterns: string[]): AnnotationFilter | null {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const p of patterns.map((s) => s.trim()).filter(Boolean)) (p.startsWith('-') ? exclude : include).push(p.replace(/^-/, ''));
  if (include.length === 0) return null;
  const matches = (pattern: string, name: string) =>
    pattern === '*' || pattern === name || (pattern.endsWith('.*') && name.startsWith(pattern.slice(0, -1)));
  return (name) => include.some((p) => matches(p, name)) && !exclude.some((p) => matches(p, name));
}

export function parsePrefer(header: string | string[] | undefined): Preferences {
  const prefs: Preferences = { annotations: null, continueOnError: false };
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const item of splitPrefer(text)) {
    const eq = item.indexOf('=');
    const name = (eq === -1 ? item : item.slice(0, eq)).trim().toLowerCase();
    const value = eq === -1 ? '' : item.slice(eq + 1).trim();
    if (name === 'odata.include-annotations') {
      const unquoted = value.replace(/^"|"$/g, '');
      prefs.annotations = annotationMatcher(unquoted.split(','));
      if (prefs.annotations) prefs.includeAnnotationsApplied = `odata.include-annotations="${unquoted}"`;
    } else if (name === 'odata.maxpagesize') {
      const n = Number(value.replace(/^"|"$/g, ''));
      if (Number.isInteger(n) && n > 0) prefs.maxPageSize = n;
    } else if (name === 'odata.continue-on-error') {
      prefs.continueOnError = value === '' || value.toLowerCase() === 'true';
    }
  }
  return prefs;
}

export const FORMATTED = 'OData.Community.Display.V1.FormattedValue';
export const LOOKUP_LOGICAL_NAME = 'Microsoft.Dynamics.CRM.lookuplogicalname';
export const ASSOCIATED_NAV = 'Microsoft.Dynamics.CRM.associatednavigationproperty';
export const TOTAL_COUNT = 'Microsoft.Dynamics.CRM.totalrecordcount';
export const TOTAL_COUNT_EXCEEDED = 'Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded';
