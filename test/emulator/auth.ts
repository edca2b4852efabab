// Browser sessions of the emulated org: /emulator/signin sets the CrmOwinAuth cookie, signout ends
// it. An API request without a valid session is answered as the real org answers a browser whose
// session expired (reference §2.10): a 302 to login.microsoftonline.com with an HTML body, never JSON.
import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { ApiResponse } from './api-types.ts';
import { USERS, type EmulatedUser, type UserKey } from './users.ts';

export const SESSION_COOKIE = 'CrmOwinAuth';
/** The Entra ID tenant the sign-in redirect names. */
export const TENANT_ID = 'c2b6e3a0-4f1d-4e8b-9a7c-5d3e2f1a0b9c';
/** The Dynamics CRM first-party application id used in the org's OpenID Connect redirect. */
export const CRM_CLIENT_ID = '00000007-0000-0000-c000-000000000000';

export class Sessions {
  private readonly byToken = new Map<string, UserKey>();

  create(user: UserKey): string {
    const token = randomBytes(24).toString('base64url');
    this.byToken.set(token, user);
    return token;
  }

  user(token: string | undefined): EmulatedUser | null {
    const key = token ? this.byToken.get(token) : undefined;
    return key ? USERS[key] : null;
  }

  end(token: string | undefined): void {
    if (token) this.byToken.delete(token);
  }

  /** Ends every session; returns how many there were. */
  endAll(): number {
    const n = this.byToken.size;
    this.byToken.clear();
    return n;
  }
}

export function sessionToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/** The signed-in user of a request, or null (for the shell pages and the API). */
export function userOfRequest(sessions: Sessions, req: IncomingMessage): EmulatedUser | null {
  return sessions.user(sessionToken(req));
}

const html = (status: number, body: string, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache, no-store', ...headers },
  body,
});

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function redirect(location: string, headers: Record<string, string> = {}): ApiResponse {
  const body = `<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="${escapeHtml(location)}">here</a>.</h2>\r\n</body></html>\r\n`;
  return html(302, body, { Location: location, ...headers });
}

/** Only same-origin paths, so the sign-in link cannot be turned into an open redirect. */
function safeReturnUrl(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;
}

function signInPage(): string {
  const links = Object.values(USERS)
    .map((u) => `<li><a href="/emulator/signin?user=${u.key}">${escapeHtml(u.fullname)}</a> (${u.key}, ${escapeHtml(u.roleName)})</li>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Sign in to the emulated org</title></head><body><h1>Sign in</h1><ul>${links}</ul></body></html>`;
}

/** GET /emulator/signin and /emulator/signout; null when the path is neither. */
export function handleAuthRoute(sessions: Sessions, req: IncomingMessage, url: URL, appId: string): ApiResponse | null {
  if (url.pathname === '/emulator/signin') {
    const userKey = url.searchParams.get('user');
    if (userKey === null) return html(200, signInPage());
    if (!Object.hasOwn(USERS, userKey)) {
      return html(
        400,
        `<!doctype html><html><body><h1>Unknown user</h1><p>No user named '${escapeHtml(userKey)}'. Users: ${Object.keys(USERS).join(', ')}.</p></body></html>`,
      );
    }
    sessions.end(sessionToken(req));
    const token = sessions.create(userKey as UserKey);
    const target = safeReturnUrl(url.searchParams.get('returnUrl')) ?? `/main.aspx?appid=${appId}&pagetype=entitylist&etn=contact`;
    return redirect(target, { 'Set-Cookie': `${SESSION_COOKIE}=${token}; Path=/; Secure; HttpOnly; SameSite=None` });
  }
  if (url.pathname === '/emulator/signout') {
    sessions.end(sessionToken(req));
    return redirect('/emulator/signin-page', {
      'Set-Cookie': `${SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=None; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT`,
    });
  }
  return null;
}

/**
 * What an API request without a session gets. A browser (cookie) client is sent to Entra ID sign-in
 * with a 302 and an HTML body; a bearer-token client gets 401 with WWW-Authenticate (pk in §2.10).
 */
export function unauthenticated(orgUrl: string, req: IncomingMessage): ApiResponse {
  if (/^Bearer\s/i.test(req.headers.authorization ?? '')) {
    return {
      status: 401,
      headers: {
        'WWW-Authenticate': `Bearer authorization_uri=https://login.microsoftonline.com/${TENANT_ID}/oauth2/authorize, resource_id=${orgUrl}/`,
        'Content-Length': '0',
      },
      body: '',
    };
  }
  const params = new URLSearchParams({
    client_id: CRM_CLIENT_ID,
    response_mode: 'form_post',
    response_type: 'code id_token',
    scope: 'openid profile',
    state: `OpenIdConnect.AuthenticationProperties=${randomBytes(32).toString('base64url')}`,
    nonce: randomBytes(16).toString('hex'),
    redirect_uri: `${orgUrl}/`,
    max_age: '86400',
  });
  return redirect(`https://login.microsoftonline.com/${TENANT_ID}/oauth2/authorize?${params.toString()}`);
}
