// Dynamics 365 / Dataverse online hosts (reference: dataverse.md §1.2).
// Regions are crm, crm2 … crm22 under dynamics.com, plus the sovereign clouds.

export const CRM_REGION_SUFFIXES: readonly string[] = [
  'crm.dynamics.com',
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22].map((n) => `crm${n}.dynamics.com`),
  'crm.microsoftdynamics.us',
  'crm.appsplatform.us',
  'crm.dynamics.cn',
];

/** Manifest match patterns for every online region: one per suffix, never a broader wildcard. */
export const CRM_MATCH_PATTERNS: readonly string[] = CRM_REGION_SUFFIXES.map((s) => `https://*.${s}/*`);

/** Optional host permissions: any https host, one origin of which the user grants per custom org. */
export const CUSTOM_ORG_PERMISSIONS: readonly string[] = ['https://*/*'];

const ORG_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * True when the manifest's own content script and host permissions already cover `hostname`
 * (any name under a region suffix, even one that is not an org host): such a host is never
 * registered again for a custom org, or its pages would get two panels.
 */
export function isManifestHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return CRM_REGION_SUFFIXES.some((suffix) => host.endsWith(`.${suffix}`));
}

/**
 * True when `hostname` is `<org>.<region suffix>` with exactly one org label:
 * `contoso.crm4.dynamics.com` yes; `crm.dynamics.com.evil.example`, `evil-dynamics.com`,
 * `a.b.crm.dynamics.com` no.
 */
export function isCrmOnlineHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  for (const suffix of CRM_REGION_SUFFIXES) {
    if (!host.endsWith(`.${suffix}`)) continue;
    const label = host.slice(0, -(suffix.length + 1));
    return ORG_LABEL.test(label);
  }
  return false;
}
