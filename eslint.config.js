// Lint: ESLint's and typescript-eslint's recommended rules, plus a few that keep untrusted
// content out of markup and code.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render untrusted content as text; previews go through DOMPurify into a sandboxed frame.' },
        { property: 'outerHTML', message: 'Render untrusted content as text.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the panel.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is pure: no DOM, no extension APIs (inject what it needs).
    files: ['lib/**/*.ts'],
    ignores: ['lib/settings/**', 'lib/messaging/messenger.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'localStorage', 'navigator'],
    },
  },
  {
    // The emulated org's own page script legitimately builds its UI from the org's data.
    files: ['test/**/*.ts', 'scripts/**/*.mjs'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
