import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CRM_MATCH_PATTERNS, CUSTOM_ORG_PERMISSIONS } from './lib/crm/hosts';

// See README "Design notes". Host access is limited to Dynamics 365 online hosts; an on-premises or
// custom-domain org is an optional host permission the user grants on the options page, and the
// worker registers the content script for it at run time (entrypoints/background/custom-orgs.ts).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // TOUCHPOINT_NO_MINIFY=1 keeps names readable in CPU profiles.
  vite: () => ({ plugins: [preact()], ...(process.env.TOUCHPOINT_NO_MINIFY ? { build: { minify: false } } : {}) }),
  manifest: ({ browser }) => ({
    name: 'Touchpoint',
    description: "A customer's whole interaction history beside every Dynamics 365 contact and lead.",
    permissions: ['storage', 'scripting'],
    host_permissions: [...CRM_MATCH_PATTERNS],
    optional_host_permissions: [...CUSTOM_ORG_PERMISSIONS],
    web_accessible_resources: [
      { resources: ['crm-bridge.js'], matches: [...CRM_MATCH_PATTERNS] },
      // Custom orgs are only known at run time and a web-accessible entry cannot be added then: the
      // content script's bridge and CSS are reachable from any https page, but only through the
      // per-session dynamic URL, so a site cannot probe for the extension.
      { resources: ['crm-bridge.js', 'content-scripts/crm.css'], matches: [...CUSTOM_ORG_PERMISSIONS], use_dynamic_url: true },
    ],
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+T' }, description: 'Open or collapse the Touchpoint timeline' },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // Administrators preset orgs and sources by policy (chrome.storage.managed); Firefox reads policies otherwise.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'touchpoint@touchpoint.example', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
