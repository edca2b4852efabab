// Test-only control endpoints of the emulated org (no session needed):
//   POST /emulator/control/faults            a fault rule, or {"clear":true}; GET lists the rules
//   POST /emulator/control/expire-sessions   ends every session (the next API call is redirected to sign-in)
//   GET  /emulator/control/requests          the recent request log as a JSON array
//   POST /emulator/control/requests/clear    empties that log
import type { ApiResponse } from './api-types.ts';
import type { Sessions } from './auth.ts';
import { validateRule, type Faults } from './faults.ts';
import type { RequestLog } from './request-log.ts';

export interface ControlDeps {
  faults: Faults;
  sessions: Sessions;
  requests: RequestLog;
}

const json = (status: number, body: unknown): ApiResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' },
  body: JSON.stringify(body),
});

function parseBody(body: string): unknown {
  if (body.trim() === '') return {};
  return JSON.parse(body);
}

export function handleControl(deps: ControlDeps, method: string, path: string, body: string): ApiResponse {
  try {
    const route = `${method} ${path.replace(/\/+$/, '')}`;
    switch (route) {
      case 'GET /emulator/control/faults':
        return json(200, { rules: deps.faults.list() });
      case 'POST /emulator/control/faults': {
        const input = parseBody(body) as { clear?: boolean };
        if (input && input.clear === true) deps.faults.clear();
        else deps.faults.add(validateRule(input));
        return json(200, { rules: deps.faults.list() });
      }
      case 'POST /emulator/control/expire-sessions':
        return json(200, { expired: deps.sessions.endAll() });
      case 'GET /emulator/control/requests':
        return json(200, deps.requests.list());
      case 'POST /emulator/control/requests/clear':
      case 'DELETE /emulator/control/requests':
        deps.requests.clear();
        return json(200, { cleared: true });
      default:
        return json(404, { error: `no control endpoint ${route}` });
    }
  } catch (e) {
    return json(400, { error: (e as Error).message });
  }
}
