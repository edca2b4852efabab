// Emulated UCI shell, part 1: config, DOM and URL helpers shared by the other parts.
// Served by the org as /uclient/scripts/app.js (the parts concatenated); no inline script, so the
// page works under a strict CSP. Internal state lives on window.__emulatorShell, not on Xrm.
(() => {
  'use strict';
  const meta = document.querySelector('meta[name="emulator-config"]');
  const S = (window.__emulatorShell = { config: JSON.parse(meta ? meta.getAttribute('content') || '{}' : '{}') });

  /** Creates an element: h('a', { href, 'data-id': 'x', onclick }, 'text', child). */
  S.h = (tag, attrs, ...children) => {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else if (key === 'className') el.className = value;
      else if (key === 'value') el.value = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      el.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return el;
  };

  const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  /** `{ABC…}` / `%7Babc%7D` / bare → lower-case bare GUID, else null. */
  S.normId = (raw) => {
    if (!raw) return null;
    let v = String(raw).trim();
    try {
      v = decodeURIComponent(v);
    } catch {
      return null;
    }
    v = v.replace(/^\{(.*)\}$/, '$1').toLowerCase();
    return GUID.test(v) ? v : null;
  };
  S.braced = (id) => (id ? `{${id.toUpperCase()}}` : '');

  // Legacy object type codes (etc=) some links still use.
  const TYPE_CODES = {
    1: 'account',
    2: 'contact',
    4: 'lead',
    112: 'incident',
    4202: 'email',
    4210: 'phonecall',
    4201: 'appointment',
    4212: 'task',
  };

  /** The page a URL shows: { pageType, entityName, entityId, raw }. Parameter names are case-insensitive. */
  S.parsePage = (href) => {
    const url = new URL(href, location.href);
    const q = {};
    for (const [k, v] of url.searchParams) q[k.toLowerCase()] = v;
    const entityName = (q.etn || TYPE_CODES[q.etc] || '').toLowerCase() || undefined;
    let pageType = (q.pagetype || '').toLowerCase();
    if (!pageType) pageType = entityName ? (q.id ? 'entityrecord' : 'entitylist') : 'entitylist';
    const entityId = S.normId(q.id) || undefined;
    return {
      pageType,
      entityName: entityName || (pageType === 'entitylist' ? 'contact' : undefined),
      entityId,
      hasBadId: !!q.id && !entityId,
      viewId: q.viewid,
      key: `${pageType}:${entityName || ''}:${entityId || ''}`,
    };
  };

  /** The app's main.aspx path (keeps an /Apps/<suffix> prefix). */
  S.basePath = () => location.pathname.replace(/main\.aspx$/i, 'main.aspx');

  /** A canonical UCI address for a page of this app. */
  S.pageUrl = (page) => {
    const params = new URLSearchParams();
    params.set('appid', S.config.appId);
    params.set('pagetype', page.pageType);
    if (page.entityName) params.set('etn', page.entityName);
    if (page.entityId) params.set('id', page.entityId);
    if (page.viewId) params.set('viewid', page.viewId);
    return `${S.basePath()}?${params.toString()}`;
  };

  /** 50–400 ms, derived from the address: varies per navigation, yet repeatable. */
  S.trailDelay = (text) => {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return 50 + (h % 351);
  };

  S.initials = (name) => {
    const parts = String(name || '')
      .split(/\s+/)
      .filter(Boolean);
    return ((parts[0] || '?')[0] + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
  };

  /** A stable avatar colour class per name (avatar-c0…c9), like UCI's persona colours. */
  S.avatarClass = (name) => {
    let h = 0;
    for (const ch of String(name || '')) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return `avatar avatar-c${h % 10}`;
  };
})();
