// The emulated Dynamics 365 org: an HTTPS server on 127.0.0.1 for https://<org>.crm.dynamics.com.
// /api/ goes to the Web API (behind the session check and the fault rules), /emulator/ to sign-in
// and the control endpoints, anything else to the shell pages (main.aspx …), else a 404 page.
// It can also answer under other host names (`aliases`, e.g. an on-premises-like name): a request
// for one of them is served as that org, so its pages, Xrm and absolute API URLs follow the Host.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ApiContext, ApiRequest, ApiResponse } from './api-types.ts';
import { handleAuthRoute, Sessions, unauthenticated, userOfRequest } from './auth.ts';
import { certificateFor } from './cert.ts';
import { handleControl } from './control.ts';
import { loadDataDir } from './data-loader.ts';
import { CORE_ENTITY_DEFS, ENTITY_DEFS } from './entities.ts';
import { faultResponse, Faults, spoilResponse, type FaultRule } from './faults.ts';
import { DEFAULT_SEED, seedBaseline, seedStore } from './generator.ts';
import type { Store } from './model.ts';
import { errorBody } from './odata/errors.ts';
import { RequestLog, type LogEntry } from './request-log.ts';
import { APP_ID } from './seed-ids.ts';
import { createStore } from './store.ts';
import type { EmulatedUser, UserKey } from './users.ts';
import { handleApi } from './webapi.ts';

export interface EmulatorOptions {
  /** 0 = any free port. Default 8443. */
  port?: number;
  /** Default 'contoso'. */
  org?: string;
  dataDir?: string;
  /** Generator seed; false = --no-seed (users, roles and solutions only). */
  seed?: number | false;
  latencyMs?: number;
  requestLog?: string;
  /** The first N API requests get 429 with Retry-After: 1. */
  throttle?: number;
  now?: Date;
  /** false = --no-marketing: an org without any marketing solution, table or record. */
  marketing?: boolean;
  /** DynamicsMKT_Timeline's version (--marketing-version); default 1.1.10512.30. */
  marketingVersion?: string;
  /** Other host names the same org answers under (same data and sessions), e.g. `crm.contoso-onprem.test`. */
  aliases?: string[];
}

export interface Emulator {
  orgUrl: string;
  host: string;
  /** The other host names it answers under. */
  aliases: string[];
  port: number;
  store: Store;
  faults: Faults;
  sessions: Sessions;
  requests: RequestLog;
  /** A session cookie value for `user`, for tests that call the API without the sign-in page. */
  signIn(user: UserKey): string;
  close(): Promise<void>;
}

type ShellHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { orgUrl: string; user: EmulatedUser | null; store: Store; url: URL },
) => boolean;

const MAX_BODY = 32 * 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The shell (shell/index.ts) is written separately; the server runs without it until it exists. */
async function loadShell(): Promise<ShellHandler | null> {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'shell', 'index.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { handleShell?: ShellHandler };
  return mod.handleShell ?? null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: ApiResponse): void {
  const body = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length) });
  res.end(body);
}

function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const org = opts.org ?? 'contoso';
  const host = `${org}.crm.dynamics.com`;
  const orgUrl = `https://${host}`;
  const fixedNow = opts.now;
  const now = () => fixedNow ?? new Date();
  const aliases = (opts.aliases ?? []).map((a) => a.toLowerCase());
  /** The org URL a request is for: its Host when that is one of the aliases, else the org's own. */
  const orgUrlOf = (req: IncomingMessage): string => {
    const name = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    return aliases.includes(name) ? `https://${name}` : orgUrl;
  };

  const store = createStore(opts.marketing === false ? CORE_ENTITY_DEFS : ENTITY_DEFS);
  const marketingVersion = opts.marketingVersion;
  if (opts.seed === false) seedBaseline(store, { now: now(), marketingVersion });
  else seedStore(store, { seed: opts.seed ?? DEFAULT_SEED, now: now(), marketingVersion });
  if (opts.dataDir) loadDataDir(store, opts.dataDir);

  const sessions = new Sessions();
  const faults = new Faults();
  if (opts.throttle && opts.throttle > 0) faults.add({ match: '/api/', status: 429, times: opts.throttle, retryAfterSeconds: 1 });
  const requests = new RequestLog(opts.requestLog);
  const shell = await loadShell();

  /** An API request through the fault rules; $batch parts go through them one by one. */
  async function api(req: ApiRequest, entry: LogEntry, requestOrgUrl: string): Promise<ApiResponse> {
    const pathAndQuery = `${req.url.pathname}${req.url.search}`;
    const rule = faults.take(pathAndQuery);
    if (rule?.delayMs) await sleep(rule.delayMs);
    const forced = rule && faultResponse(rule);
    if (forced) return forced;
    let partDelay = 0;
    const parts: NonNullable<LogEntry['parts']> = [];
    const ctx: ApiContext = {
      store,
      orgUrl: requestOrgUrl,
      now,
      dispatchPart: (part) => {
        const r: FaultRule | null = faults.take(`${part.url.pathname}${part.url.search}`);
        if (r?.delayMs) partDelay = Math.max(partDelay, r.delayMs);
        const res = (r && faultResponse(r)) ?? handleApi(ctx, part);
        parts.push({ method: part.method, url: `${part.url.pathname}${part.url.search}`, status: res.status });
        return res;
      },
    };
    const res = rule ? spoilResponse(rule, handleApi(ctx, req), req.url) : handleApi(ctx, req);
    if (parts.length) entry.parts = parts;
    if (partDelay) await sleep(partDelay);
    if (rule?.body === 'drop') entry.dropped = true;
    return res;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestOrgUrl = orgUrlOf(req);
    const url = new URL(req.url ?? '/', requestOrgUrl);
    const entry: LogEntry = {
      method: req.method ?? 'GET',
      url: `${url.pathname}${url.search}`,
      status: 0,
      ms: 0,
      time: new Date().toISOString(),
    };
    res.on('close', () => {
      entry.status = res.statusCode;
      entry.ms = Math.round(performance.now() - started);
      requests.add(entry);
    });
    try {
      if (opts.latencyMs) await sleep(opts.latencyMs);
      const body = await readBody(req);
      const auth = handleAuthRoute(sessions, req, url, APP_ID);
      if (auth) return send(res, auth);
      if (url.pathname.startsWith('/emulator/control/'))
        return send(res, handleControl({ faults, sessions, requests }, entry.method, url.pathname, body));
      const user = userOfRequest(sessions, req);
      if (user) entry.user = user.key;
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        if (!user) return send(res, unauthenticated(requestOrgUrl, req));
        const answer = await api({ method: entry.method, url, headers: lowerHeaders(req), body, user }, entry, requestOrgUrl);
        return entry.dropped ? dropMidBody(res, answer) : send(res, answer);
      }
      if (shell?.(req, res, { orgUrl: requestOrgUrl, user, store, url })) return;
      send(res, {
        status: 404,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<!doctype html><html><head><title>404 - File or directory not found.</title></head><body><h2>404 - File or directory not found.</h2></body></html>',
      });
    } catch (e) {
      if (res.headersSent) return void res.end();
      send(res, {
        status: 500,
        headers: { 'Content-Type': 'application/json; odata.metadata=minimal', 'OData-Version': '4.0' },
        body: errorBody('0x80040216', `An unexpected error occurred. ${(e as Error).message}`),
      });
    }
  }

  const { key, cert } = await certificateFor(host, aliases);
  const server: Server = createServer({ key, cert }, (req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8443, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    orgUrl,
    host,
    aliases,
    port,
    store,
    faults,
    sessions,
    requests,
    signIn: (user) => sessions.create(user),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await requests.close();
    },
  };
}

/** Sends the headers and half the body, then cuts the connection (an injected 'drop' fault). */
function dropMidBody(res: ServerResponse, answer: ApiResponse): void {
  const body = Buffer.from(answer.body);
  res.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(body.length) });
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.destroy(), 20));
}
