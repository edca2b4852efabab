// HTML of the shell: the UCI-like app frame (top bar, site map, command bar, main area; the page
// script fills in the rest from the Web API) and the emulator's sign-in picker.
import { APP_NAME } from '../seed-ids.ts';
import { USERS, type EmulatedUser } from '../users.ts';
import type { ShellConfig } from './config.ts';

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

const HEAD = (title: string) =>
  `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${esc(title)}</title><link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/uclient/styles/app.css">`;

// Icons are drawn by the page script into [data-icon] placeholders.
const SITEMAP: [string, [entity: string, label: string, icon: string][]][] = [
  ['My Work', [['dashboard', 'Dashboards', 'home']]],
  [
    'Customers',
    [
      ['account', 'Accounts', 'building'],
      ['contact', 'Contacts', 'person'],
    ],
  ],
  ['Sales', [['lead', 'Leads', 'phone']]],
  ['Service', [['incident', 'Cases', 'case']]],
];

function sitemap(basePath: string, appId: string): string {
  const groups = SITEMAP.map(([group, items]) => {
    const links = items
      .map(([entity, label, icon]) => {
        const query = entity === 'dashboard' ? `appid=${appId}&pagetype=dashboard` : `appid=${appId}&pagetype=entitylist&etn=${entity}`;
        return `<li><a href="${esc(`${basePath}?${query}`)}" data-nav data-entity="${entity}" data-id="sitemap-entity-${entity}"><span class="nav-icon" data-icon="${icon}" aria-hidden="true"></span><span>${esc(label)}</span></a></li>`;
      })
      .join('');
    return `<div class="nav-group"><h3>${esc(group)}</h3><ul>${links}</ul></div>`;
  });
  return `<nav id="sitemap" data-id="sitemap" aria-label="Site map">${groups.join('')}</nav>`;
}

/** The single-page app frame. Everything below the command bar is drawn by /uclient/scripts/app.js. */
export function shellPage(config: ShellConfig, basePath: string): string {
  const user = config.user;
  return (
    `<!doctype html><html lang="en" dir="ltr"><head>${HEAD(`${APP_NAME} - Dynamics 365`)}` +
    `<meta name="emulator-config" content="${esc(JSON.stringify(config))}">` +
    `<script src="/uclient/scripts/app.js" defer></script></head>` +
    `<body class="uci"><div id="ApplicationShell" data-id="ApplicationShell">` +
    `<header id="topBar" data-id="topBar" role="banner">` +
    `<button type="button" class="top-icon" data-id="officewaffle" aria-label="App launcher"><span data-icon="waffle" aria-hidden="true"></span></button>` +
    `<span class="brand">Dynamics 365</span><span class="brand-sep" aria-hidden="true"></span>` +
    `<a class="app-name" data-id="appBreadCrumb" data-nav data-entity="" href="${esc(`${basePath}?appid=${config.appId}`)}">${esc(config.appName)}</a>` +
    `<div class="global-search"><input type="search" data-id="GlobalSearchBox" placeholder="Search" aria-label="Search"></div>` +
    `<div class="top-right">` +
    `<span class="org-name" title="${esc(config.orgUrl)}">${esc(config.orgUniqueName)}</span>` +
    `<span class="user-name" data-id="userName">${esc(user.name)}</span>` +
    `<span class="avatar avatar-sm user-avatar" data-id="userAvatar" title="${esc(`${user.name} (${user.roles[0]?.name ?? ''})`)}">${esc(initials(user.name))}</span>` +
    `<a class="sign-out" data-id="signout" href="/emulator/signout">Sign out</a>` +
    `</div></header>` +
    `<div class="shell-body">` +
    `<aside class="left-nav"><button type="button" id="sitemapToggle" class="nav-toggle" aria-label="Collapse site map"><span data-icon="menu" aria-hidden="true"></span></button>${sitemap(basePath, config.appId)}</aside>` +
    `<div class="main-column">` +
    `<div id="commandBar" data-id="CommandBar" role="menubar" aria-label="Commands"></div>` +
    `<div id="notifications" data-id="notifications" aria-live="polite"></div>` +
    `<main id="mainContent" data-id="main" data-state="loading" role="main"><div class="shimmer"></div><div class="shimmer"></div></main>` +
    `</div></div></div></body></html>`
  );
}

/** The emulator's account picker: GET /emulator/signin-page?returnUrl=… */
export function signInPage(orgUrl: string, returnUrl: string | null): string {
  const accounts = Object.values(USERS)
    .map((u: EmulatedUser) => {
      const href = `/emulator/signin?user=${u.key}${returnUrl ? `&returnUrl=${encodeURIComponent(returnUrl)}` : ''}`;
      return (
        `<li><a class="account" data-id="signin-${u.key}" href="${esc(href)}">` +
        `<span class="avatar avatar-md">${esc(initials(u.fullname))}</span>` +
        `<span class="account-text"><span class="account-name">${esc(u.fullname)}</span>` +
        `<span class="account-mail">${esc(u.email)}</span><span class="account-role">${esc(u.roleName)}</span></span></a></li>`
      );
    })
    .join('');
  return (
    `<!doctype html><html lang="en"><head>${HEAD('Sign in to your account')}</head>` +
    `<body class="signin"><div class="signin-card" data-id="signin-picker">` +
    `<div class="signin-logo" aria-hidden="true"><span></span><span></span><span></span><span></span></div>` +
    `<h1>Pick an account</h1><p class="signin-org">to continue to <b>${esc(new URL(orgUrl).host)}</b></p>` +
    `<ul class="accounts">${accounts}</ul>` +
    `<p class="signin-note">This is an emulated Dynamics 365 org for tests and demos. No password needed.</p>` +
    `</div></body></html>`
  );
}
