// Static files of the shell, read once: the page script (client/*.js in load order, each part an
// IIFE) and the style sheet (client/styles/*.css).
import { readFileSync } from 'node:fs';

const PARTS = ['util', 'api', 'xrm', 'forms', 'widgets', 'list', 'record', 'app'];
const STYLES = ['frame', 'forms', 'lists', 'signin'];

const read = (name: string) => readFileSync(new URL(`./client/${name}`, import.meta.url), 'utf8');

let script: string | undefined;
let styles: string | undefined;

/** /uclient/scripts/app.js */
export function appScript(): string {
  script ??= PARTS.map((p) => `// ---- ${p}.js\n${read(`${p}.js`)}`).join('\n');
  return script;
}

/** /uclient/styles/app.css */
export function appStyles(): string {
  styles ??= STYLES.map((p) => read(`styles/${p}.css`)).join('\n');
  return styles;
}

/** A small Dynamics-like favicon. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="#002050" d="M4 2l24 9v10L4 30z"/><path fill="#0078d4" d="M4 2l14 14L4 30z"/></svg>';
