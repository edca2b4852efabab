// Calls handleShell without a server: a fake request and a response that records what was sent.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleShell } from '../../emulator/shell/index.ts';
import type { Store } from '../../emulator/model.ts';
import type { EmulatedUser } from '../../emulator/users.ts';

export const ORG = 'https://contoso.crm.dynamics.com';

export interface Sent {
  handled: boolean;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function callShell(store: Store, user: EmulatedUser | null, path: string, method = 'GET'): Sent {
  const sent: Sent = { handled: false, status: 0, headers: {}, body: '' };
  const req = { method, url: path, headers: {} } as unknown as IncomingMessage;
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      sent.status = status;
      sent.headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
      return this;
    },
    end(body?: Buffer) {
      sent.body = body ? body.toString('utf8') : '';
    },
  } as unknown as ServerResponse;
  sent.handled = handleShell(req, res, { orgUrl: ORG, user, store, url: new URL(path, ORG) });
  return sent;
}

/** The JSON the page script reads at start-up. */
export function configOf(html: string): Record<string, unknown> {
  const m = /<meta name="emulator-config" content="([^"]*)">/.exec(html);
  if (!m) throw new Error('no emulator-config meta');
  const json = m[1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return JSON.parse(json) as Record<string, unknown>;
}
