// What a user types to add a CRM org on the options page → the origin Touchpoint asks permission
// for, or why not. Pure. An on-premises address may carry the org's path
// (`https://crm.contoso.local/orgname`): the permission, the content script and the settings key
// are the origin, which is what a browser can grant.
import { isCrmOnlineHost } from './hosts';

export type OrgInputProblem = 'empty' | 'notUrl' | 'notHttps' | 'credentials' | 'noHost';

export type ParsedOrgInput =
  | {
      ok: true;
      /** `https://host[:port]`, lower case. */
      origin: string;
      /** A Dynamics 365 online host (covered by the manifest) or any other (needs a granted permission). */
      kind: 'online' | 'custom';
      /** The path the user typed beyond the origin (an on-premises org name), for display only. */
      path?: string;
    }
  | { ok: false; problem: OrgInputProblem };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function parseOrgInput(input: string): ParsedOrgInput {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  // "crm.contoso.local/org" without a scheme means https; any other scheme is refused, not rewritten.
  const withScheme = SCHEME.test(text) && !/^[^/]*:\d+(\/|$)/.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'notUrl' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'notHttps' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  const host = url.hostname;
  // The URL parser accepts '*' in a host name; in a match pattern it would be a wildcard.
  if (!host || host.startsWith('.') || host.endsWith('.') || host.includes('..') || host.includes('*'))
    return { ok: false, problem: 'noHost' };
  const origin = url.origin.toLowerCase();
  const path = url.pathname.replace(/\/+$/, '');
  return {
    ok: true,
    origin,
    kind: orgKindOf(origin),
    ...(path && !/^\/main\.aspx$/i.test(path) ? { path } : {}),
  };
}

/** 'online' for a Dynamics 365 online org host (the manifest covers it), else 'custom'. */
export function orgKindOf(origin: string): 'online' | 'custom' {
  const url = new URL(origin);
  return url.port === '' && isCrmOnlineHost(url.hostname) ? 'online' : 'custom';
}

/** The host permission (match pattern) that covers an org's pages and its Web API. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The origin a match pattern of `originPattern` stands for, or null for any other pattern. */
export function patternOrigin(pattern: string): string | null {
  const match = /^(https:\/\/[^/*]+)\/\*$/.exec(pattern);
  return match ? match[1]!.toLowerCase() : null;
}
