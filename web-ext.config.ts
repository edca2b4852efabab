import { defineWebExtConfig } from 'wxt';

// Dev mode: do not try to open a browser (none may be installed); load .output/chrome-mv3-dev by hand.
export default defineWebExtConfig({ disabled: true });
