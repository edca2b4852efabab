// The shell pages of the emulated org: main.aspx (also under /Apps/<suffix>/), its script and
// styles, and the sign-in picker. The server calls handleShell for every path outside /api/ and
// its own /emulator/ endpoints.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../model.ts';
import { APP_ID } from '../seed-ids.ts';
import type { EmulatedUser } from '../users.ts';
import { appScript, appStyles, FAVICON_SVG } from './assets.ts';
import { shellConfig } from './config.ts';
import { shellPage, signInPage } from './pages.ts';

export interface ShellContext {
  orgUrl: string;
  user: EmulatedUser | null;
  store: Store;
  url: URL;
}

const MAIN_ASPX = /^((?:\/apps\/[^/]+)?)\/main\.aspx$/i;

function reply(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): true {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(bytes.length), 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : bytes);
  return true;
}

function redirect(req: IncomingMessage, res: ServerResponse, location: string): true {
  return reply(
    req,
    res,
    302,
    'text/html; charset=utf-8',
    `<html><body>Object moved to <a href="${location.replace(/"/g, '&quot;')}">here</a>.</body></html>`,
    {
      Location: location,
      'Cache-Control': 'no-store',
    },
  );
}

/** Same-origin paths only, so the picker cannot become an open redirect. */
function safeReturnUrl(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;
}

export function handleShell(req: IncomingMessage, res: ServerResponse, ctx: ShellContext): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = ctx.url.pathname;
  const html = 'text/html; charset=utf-8';

  if (path === '/uclient/scripts/app.js')
    return reply(req, res, 200, 'application/javascript; charset=utf-8', appScript(), { 'Cache-Control': 'no-cache' });
  if (path === '/uclient/styles/app.css')
    return reply(req, res, 200, 'text/css; charset=utf-8', appStyles(), { 'Cache-Control': 'no-cache' });
  if (path === '/favicon.ico') return reply(req, res, 200, 'image/svg+xml', FAVICON_SVG, { 'Cache-Control': 'max-age=86400' });
  if (path === '/emulator/signin-page') {
    return reply(req, res, 200, html, signInPage(ctx.orgUrl, safeReturnUrl(ctx.url.searchParams.get('returnUrl'))), {
      'Cache-Control': 'no-store',
    });
  }
  if (path === '/') return redirect(req, res, `/main.aspx?appid=${APP_ID}`);

  const main = MAIN_ASPX.exec(path);
  if (!main) return false;
  if (!ctx.user) return redirect(req, res, `/emulator/signin-page?returnUrl=${encodeURIComponent(path + ctx.url.search)}`);
  return reply(req, res, 200, html, shellPage(shellConfig(ctx.orgUrl, ctx.user, ctx.store), path), { 'Cache-Control': 'no-store' });
}
