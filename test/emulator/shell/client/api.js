// Emulated UCI shell, part 2: the page's own Web API client. Same-origin fetches with the session
// cookie, as UCI makes them, so privileges and session expiry apply to the shell too.
(() => {
  'use strict';
  const S = window.__emulatorShell;
  const BASE = '/api/data/v9.2/';

  /**
   * GET a Web API path (or a nextLink). Resolves to { ok: true, data } or
   * { ok: false, kind: 'session' | 'notfound' | 'denied' | 'error', message }.
   */
  S.apiGet = async (path, opts = {}) => {
    const prefer = ['odata.include-annotations="*"'];
    if (opts.maxPageSize) prefer.push(`odata.maxpagesize=${opts.maxPageSize}`);
    let res;
    try {
      res = await fetch(/^https?:/.test(path) ? path : BASE + path, {
        credentials: 'same-origin',
        // An expired session answers with a redirect to the sign-in service, never JSON.
        redirect: 'manual',
        headers: {
          Accept: 'application/json',
          'OData-MaxVersion': '4.0',
          'OData-Version': '4.0',
          'If-None-Match': 'null',
          Prefer: prefer.join(','),
        },
      });
    } catch (e) {
      return { ok: false, kind: 'error', message: `Network error: ${e && e.message ? e.message : e}` };
    }
    if (res.type === 'opaqueredirect' || res.status === 0 || res.status === 401 || (res.status >= 300 && res.status < 400)) {
      return { ok: false, kind: 'session', message: 'Your session has expired.' };
    }
    const body = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: body };
    const message = (body && body.error && body.error.message) || `HTTP ${res.status}`;
    if (res.status === 404) return { ok: false, kind: 'notfound', message };
    if (res.status === 403) return { ok: false, kind: 'denied', message };
    return { ok: false, kind: 'error', message };
  };

  S.entitySet = (logicalName) => (S.config.entitySets || {})[logicalName];

  /** The display value of a column: its FormattedValue annotation, else the raw value. */
  S.display = (row, column) => {
    const formatted = row[`${column}@OData.Community.Display.V1.FormattedValue`];
    if (formatted !== undefined && formatted !== null) return String(formatted);
    const raw = row[column];
    return raw === undefined || raw === null ? '' : String(raw);
  };
})();
