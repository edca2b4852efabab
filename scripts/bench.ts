// `npm run bench`: Touchpoint in Chromium on the emulated org with added latency, against a baseline
// that fetches the way the native timeline does (10 rows a page, sources one after another), for the
// same contact in the same run. One JSON object per line on stdout. `--smoke` runs small sizes (CI).
import type { Page } from 'playwright-core';
import { startEmulator } from '../test/emulator/server.ts';
import { APP_ID } from '../test/emulator/seed-ids.ts';
import { addBenchContact } from './bench-data.ts';
import { launchWithExtension } from './browser.ts';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const sizes = arg('--sizes', smoke ? '200,1000' : '1000,50000')
  .split(',')
  .map(Number);
const latency = Number(arg('--latency', '40'));
// The native-paging baseline takes about 15 minutes at 50,000: `--no-baseline` skips it while tuning.
const withBaseline = !args.includes('--no-baseline');
const emit = (record: Record<string, unknown>) => console.log(JSON.stringify(record));

const emulator = await startEmulator({ port: 0, latencyMs: latency });
const now = new Date();
const contacts = new Map(sizes.map((n) => [n, addBenchContact(emulator.store, n, now)]));
const context = await launchWithExtension(new URL(emulator.orgUrl).host, emulator.port, true);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${emulator.orgUrl}/emulator/signin?user=admin`);
const recordUrl = (id: string) => `${emulator.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entityrecord&etn=contact&id=${id}`;
const apiRequests = () => emulator.requests.list().filter((r) => r.url.startsWith('/api/')).length;

/** ms from navigation to the first row, and to the panel being ready. */
async function open(p: Page, id: string): Promise<{ firstRow: number; ready: number; requests: number }> {
  const before = apiRequests();
  const start = Date.now();
  await p.goto(recordUrl(id));
  await p.locator('[data-testid="timeline-item"]').first().waitFor({ timeout: 600_000 });
  const firstRow = Date.now() - start;
  await p.locator(`[data-testid="touchpoint-panel"][data-state="ready"]`).waitFor({ timeout: 600_000 });
  return { firstRow, ready: Date.now() - start, requests: apiRequests() - before };
}

/** Time from an input change to the count showing the new answer, measured inside the page. */
async function latencyOf(p: Page, act: { filter: string } | { search: string }): Promise<number> {
  if ('filter' in act && !(await p.locator('[data-testid="filter-panel"]').count()))
    await p.locator('[data-testid="filters-toggle"]').click();
  return p.evaluate(async (action) => {
    const root = document.querySelector('touchpoint-panel')!.shadowRoot!;
    const count = root.querySelector('[data-testid="timeline-count"]')!;
    const changed = new Promise<number>((resolve) => {
      setTimeout(() => resolve(Number.NaN), 20_000); // the count did not change: reported as null
      new MutationObserver(() => resolve(performance.now())).observe(count, { characterData: true, childList: true, subtree: true });
    });
    const start = performance.now();
    if ('search' in action) {
      const input = root.querySelector<HTMLInputElement>('[data-testid="timeline-search"]')!;
      input.value = action.search;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      root
        .querySelector<HTMLInputElement>(`[data-testid="filter-option"][data-facet="types"][data-value="${action.filter}"] input`)!
        .click();
    }
    return Math.round(((await changed) - start) * 10) / 10;
  }, act);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Filter latency: a type filter turned on and off a few times (the median), and the first change. */
async function filterLatency(p: Page): Promise<{ first: number; median: number }> {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) times.push(await latencyOf(p, { filter: i % 4 < 2 ? 'phonecall' : 'task' }));
  return { first: times[0]!, median: median(times) };
}

/** Search latency: the first query, then queries typed one after another (the median). */
async function searchLatency(p: Page): Promise<{ first: number; median: number }> {
  const queries = ['order 12', 'order 1', 'call', 'bench', 'renewal quote', 'o'];
  const times: number[] = [];
  for (const search of queries) times.push(await latencyOf(p, { search }));
  return { first: times[0]!, median: median(times.slice(1)) };
}

/** Filters are remembered per user: start every size from none. */
async function clearFilters(p: Page): Promise<void> {
  const clear = p.locator('[data-testid="filters-clear"]');
  if (await clear.count()) await clear.click();
  await p.locator('[data-testid="timeline-search"]').fill('');
}

/**
 * The native way: 10 per page, each source after the other, waiting for every page in turn. Timed
 * from the same navigation as Touchpoint's cold open, so both include loading the record page.
 */
async function baseline(p: Page, id: string): Promise<{ firstRows: number; full: number; requests: number }> {
  const started = Date.now();
  // A list page of the same app: the record's page load without Touchpoint's own panel loading beside it.
  await p.goto(`${emulator.orgUrl}/main.aspx?appid=${APP_ID}&pagetype=entitylist&etn=contact`);
  await p.locator('[data-id="grid-row"]').first().waitFor();
  const navigation = Date.now() - started;
  const before = apiRequests();
  const result = await p.evaluate(async (contact) => {
    const start = performance.now();
    let first = 0;
    const paths = [
      `activitypointers?$select=activityid,subject,activitytypecode,statecode,sortdate&$filter=_regardingobjectid_value eq ${contact}&$orderby=sortdate desc`,
      `activityparties?$select=_activityid_value,participationtypemask&$filter=_partyid_value eq ${contact}`,
      `annotations?$select=annotationid,subject&$filter=_objectid_value eq ${contact}&$orderby=createdon desc`,
      `posts?$select=postid,text&$filter=_regardingobjectid_value eq ${contact}`,
      `incidents?$select=incidentid,title&$filter=_customerid_value eq ${contact}`,
    ];
    for (const path of paths) {
      let url: string | undefined = `/api/data/v9.2/${path}`;
      while (url) {
        const response = await fetch(url, {
          headers: { Accept: 'application/json', Prefer: 'odata.maxpagesize=10,odata.include-annotations="*"' },
        });
        const body = (await response.json()) as { value: unknown[]; '@odata.nextLink'?: string };
        if (!first && body.value.length) first = performance.now() - start;
        url = body['@odata.nextLink'];
      }
    }
    return { first, full: performance.now() - start };
  }, id);
  return { firstRows: navigation + Math.round(result.first), full: navigation + Math.round(result.full), requests: apiRequests() - before };
}

emit({
  bench: 'setup',
  latencyMs: latency,
  sizes,
  smoke,
  node: process.version,
  chromium: context.browser()?.version() ?? 'persistent context',
});
for (const [size, id] of contacts) {
  const cold = await open(page, id);
  await clearFilters(page);
  emit({ bench: 'time-to-first-rows', size, cache: 'cold', ms: cold.firstRow });
  emit({ bench: 'time-to-full-history', size, cache: 'cold', ms: cold.ready, requests: cold.requests });
  const warm = await open(page, id);
  emit({ bench: 'time-to-first-rows', size, cache: 'warm', ms: warm.firstRow });
  emit({ bench: 'time-to-full-history', size, cache: 'warm', ms: warm.ready, requests: warm.requests });
  const rows = await page.locator('[data-testid="timeline-item"]').count();
  const count = Number(await page.locator('[data-testid="timeline-count"]').textContent());
  const heap = await page.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
  );
  emit({ bench: 'dom-rows', size, rows, interactions: count });
  emit({ bench: 'js-heap', size, bytes: heap });
  const filtering = await filterLatency(page);
  emit({ bench: 'filter-latency', size, firstMs: filtering.first, medianMs: filtering.median });
  await clearFilters(page);
  const searching = await searchLatency(page);
  emit({ bench: 'search-latency', size, firstMs: searching.first, medianMs: searching.median });
  await clearFilters(page);
  if (!withBaseline) continue;
  const native = await baseline(page, id);
  emit({ bench: 'baseline-native-paging', size, firstRowsMs: native.firstRows, fullMs: native.full, requests: native.requests });
  emit({
    bench: 'ratio',
    size,
    fullHistory: Number((native.full / cold.ready).toFixed(2)),
    firstRows: Number((native.firstRows / cold.firstRow).toFixed(2)),
    requests: Number((native.requests / Math.max(1, cold.requests)).toFixed(2)),
    meaning: 'baseline ÷ Touchpoint (cold): above 1 means Touchpoint is faster / makes fewer requests',
  });
}
await context.close();
await emulator.close();
