import { describe, expect, it, vi } from 'vitest';
import { DataverseClient } from '../../../lib/dataverse/client';
import { lookup, formatted } from '../../../lib/dataverse/query';
import { fixtureJson, fixtureText, withOrg } from '../helpers/fixtures';

const ORG = 'https://contoso.crm.dynamics.com';

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json; odata.metadata=minimal', ...(init.headers ?? {}) },
  });
}

function clientWith(responder: (url: string, init: RequestInit) => Response | Promise<Response>, extra = {}) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    return responder(url, init ?? {});
  });
  const client = new DataverseClient({ orgUrl: ORG, fetch: fetchMock as typeof fetch, sleep: async () => undefined, ...extra });
  return { client, calls };
}

describe('DataverseClient paging', () => {
  it('follows @odata.nextLink exactly as returned, with the same Prefer header, until the last page', async () => {
    const page1 = JSON.parse(withOrg(fixtureText('contacts-page1-nextlink.json'), ORG));
    const page2 = JSON.parse(withOrg(fixtureText('contacts-page2-nextlink.json'), ORG));
    const page3 = { value: [{ fullname: 'Last One', contactid: 'aaaaaaaa-34cb-ed11-b596-0022481d68cd' }] };
    const { client, calls } = clientWith((url) => {
      if (url === `${ORG}/api/data/v9.2/contacts?$select=fullname`) return json(page1);
      if (url === page1['@odata.nextLink']) return json(page2);
      if (url === page2['@odata.nextLink']) return json(page3);
      return json({ error: { code: '0x0', message: `unexpected ${url}` } }, { status: 400 });
    });
    const pages: number[] = [];
    const result = await client.getAllPages('contacts?$select=fullname', { maxPageSize: 2, onPage: (rows) => pages.push(rows.length) });
    expect(result.ok && result.value.map((r) => r.fullname)).toEqual([
      'Yvonne McKay (sample)',
      'Susanna Stubberod (sample)',
      'Nancy Anderson (sample)',
      'Maria Campbell (sample)',
      'Last One',
    ]);
    expect(pages).toEqual([2, 2, 1]);
    expect(calls[1]!.url).toBe(page1['@odata.nextLink']);
    for (const call of calls) {
      const headers = call.init.headers as Record<string, string>;
      expect(headers.Prefer).toBe('odata.maxpagesize=2');
      expect(headers['OData-Version']).toBe('4.0');
      expect(call.init.credentials).toBe('include');
      expect(call.init.redirect).toBe('manual');
    }
  });

  it('stops on a next link that repeats instead of looping', async () => {
    const { client } = clientWith(() => json({ value: [{ a: 1 }], '@odata.nextLink': `${ORG}/api/data/v9.2/contacts?$skiptoken=same` }));
    const result = await client.getAllPages('contacts');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('malformed');
  });

  it('refuses a next link to another origin', async () => {
    const { client, calls } = clientWith(() => json({ value: [], '@odata.nextLink': 'https://evil.example/api/data/v9.2/contacts' }));
    const result = await client.getAllPages('contacts');
    expect(!result.ok && result.error.kind).toBe('malformed');
    expect(calls).toHaveLength(1);
  });
});

describe('DataverseClient annotations', () => {
  it('asks for them and reads formatted values and lookup table names', async () => {
    const { client, calls } = clientWith(() => json(fixtureJson('accounts-lookup-annotations.json')));
    const result = await client.getPage('accounts?$select=name,_ownerid_value', { annotations: true });
    expect((calls[0]!.init.headers as Record<string, string>).Prefer).toBe('odata.include-annotations="*"');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(lookup(result.value.value[0]!, 'ownerid')).toEqual({ id: '39e0dbe4-131b-e111-ba7e-78e7d1620f5e', entity: 'team' });
    const formattedRows = fixtureJson<{ value: Record<string, unknown>[] }>('accounts-formatted-values.json').value;
    expect(formatted(formattedRows[0]!, 'revenue')).toBe('$20,000.00');
    expect(lookup(formattedRows[0]!, 'primarycontactid')?.name).toBe('Susanna Stubberod (sample)');
  });
});

describe('DataverseClient errors', () => {
  it('turns the missing-privilege 403 into a denied error naming the privilege and table', async () => {
    const { client } = clientWith(() => json(fixtureText('error-missing-privilege.json'), { status: 403 }));
    const result = await client.getPage('contacts');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'denied', code: '0x80040220', privilege: 'prvReadContact', table: 'contact' });
  });

  it('reads the marketing privilege name too', async () => {
    const { client } = clientWith(() => json(fixtureText('error-missing-privilege-marketing.json'), { status: 403 }));
    const result = await client.getPage('msdynmkt_emails');
    expect(!result.ok && result.error).toMatchObject({ kind: 'denied', privilege: 'prvReadmsdynmkt_email', table: 'msdynmkt_email' });
  });

  it('waits for Retry-After on 429 and then succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const { client } = clientWith(
      () =>
        ++calls === 1
          ? json(fixtureText('error-429-throttle.json'), { status: 429, headers: { 'Retry-After': '37' } })
          : json({ value: [] }),
      { sleep: async (ms: number) => void waits.push(ms) },
    );
    const result = await client.getPage('contacts');
    expect(result.ok).toBe(true);
    expect(waits).toEqual([37_000]);
  });

  it('gives up after the retries with a throttled error carrying the wait', async () => {
    const { client } = clientWith(() => json(fixtureText('error-429-concurrency.json'), { status: 429, headers: { 'Retry-After': '2' } }), {
      maxRetries: 2,
    });
    const result = await client.getPage('contacts');
    expect(!result.ok && result.error).toMatchObject({ kind: 'throttled', code: '0x80072326', retryAfterMs: 2000 });
  });

  it('treats a redirect to the sign-in page as an ended session', async () => {
    const redirect = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), text: async () => '' } as unknown as Response;
    const { client } = clientWith(() => redirect);
    const result = await client.getJson('WhoAmI');
    expect(!result.ok && result.error.kind).toBe('session-expired');
  });

  it('treats an HTML answer as an ended session', async () => {
    const { client } = clientWith(
      () => new Response('<html><body>Sign in</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    const result = await client.getJson('WhoAmI');
    expect(!result.ok && result.error.kind).toBe('session-expired');
  });

  it('reports 404 and malformed JSON as such', async () => {
    const notFound = clientWith(() => json(fixtureText('error-resource-not-found.json'), { status: 404 }));
    expect(await notFound.client.getJson('Account')).toMatchObject({ ok: false, error: { kind: 'not-found', code: '0x8006088a' } });
    const broken = clientWith(() => json('{"value": [', { status: 200 }));
    expect(await broken.client.getJson('contacts')).toMatchObject({ ok: false, error: { kind: 'malformed' } });
    const shape = clientWith(() => json({ values: [] }));
    expect(await shape.client.getPage('contacts')).toMatchObject({ ok: false, error: { kind: 'malformed' } });
  });

  it('reports a network failure and an abort', async () => {
    const offline = clientWith(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await offline.client.getJson('WhoAmI')).toMatchObject({ ok: false, error: { kind: 'network' } });
    const controller = new AbortController();
    controller.abort();
    expect(await offline.client.getJson('WhoAmI', { signal: controller.signal })).toMatchObject({ ok: false, error: { kind: 'aborted' } });
  });

  it('tries a lost connection again, then says the connection failed', async () => {
    let calls = 0;
    const flaky = clientWith(() => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return json({ UserId: 'u' });
    });
    expect(await flaky.client.getJson('WhoAmI')).toEqual({ ok: true, value: { UserId: 'u' } });
    const down = clientWith(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await down.client.getJson('WhoAmI')).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(down.calls.length).toBe(3);
  });

  it('a body cut off mid-way is a lost connection, not bad JSON', async () => {
    const cut = () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"value": [{"a": 1},'));
          controller.error(new TypeError('network error'));
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const { client, calls } = clientWith(cut);
    expect(await client.getPage('contacts')).toMatchObject({
      ok: false,
      error: { kind: 'network', message: expect.stringContaining('closed') },
    });
    expect(calls.length).toBe(3);
  });

  it('an answer slower than the timeout ends as a timeout, tried again', async () => {
    const { client, calls } = clientWith(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      { timeoutMs: 30 },
    );
    expect(await client.getJson('WhoAmI')).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(calls.length).toBe(3);
  });

  it('never has more than the limit in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const { client } = clientWith(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return json({ value: [] });
    });
    await Promise.all(Array.from({ length: 12 }, () => client.getPage('contacts')));
    expect(peak).toBe(4);
  });
});
