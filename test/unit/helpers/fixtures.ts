// The real Web API responses in ../shared/reference/fixtures (beside the repository, in CI too).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../..');
export const FIXTURES = resolve(REPO_ROOT, '../shared/reference/fixtures');

export function fixtureText(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

export function fixtureJson<T = unknown>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

/** Doc placeholders like "[Organization URI]" replaced by a real org URL. */
export function withOrg(text: string, orgUrl: string): string {
  return text.replace(/\[Organization UR[IL]\]|\[Organization Uri\]|\{orgUrl\}/g, orgUrl);
}
