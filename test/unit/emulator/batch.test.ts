import { describe, expect, it } from 'vitest';
import { C1, call, smallStore } from './helpers.ts';

const store = smallStore();

function batchBody(parts: string[], eol = '\r\n', boundary = 'batch_AAA'): string {
  const chunks = parts.map((p) =>
    [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', p, ''].join(eol),
  );
  return chunks.join(eol) + `${eol}--${boundary}--${eol}`;
}

function get(url: string, headers: string[] = []): string {
  return [`GET ${url} HTTP/1.1`, 'Accept: application/json', ...headers, ''].join('\r\n');
}

function post(body: string, prefer?: string) {
  return call(store, '$batch', {
    method: 'POST',
    body,
    headers: { 'content-type': 'multipart/mixed; boundary=batch_AAA', ...(prefer ? { prefer } : {}) },
  });
}

/** Splits a batch response into its parts' inner status lines and bodies. */
function parts(res: { headers: Record<string, string>; body: string }) {
  const boundary = /boundary=(batchresponse_[0-9a-f-]{36})$/.exec(res.headers['Content-Type'] ?? '')?.[1];
  expect(boundary).toBeDefined();
  expect(res.body.endsWith(`--${boundary}--\r\n`)).toBe(true);
  return res.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => {
      const [outer, inner, ...body] = p.split('\r\n\r\n');
      return {
        outer: outer!.trim(),
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(inner ?? '')?.[1]),
        head: inner ?? '',
        body: body.join('\r\n\r\n').trim(),
      };
    });
}

describe('$batch', () => {
  it('runs GET parts with their own headers and answers in the documented multipart shape', () => {
    const res = post(
      batchBody([
        get('/api/data/v9.2/contacts?$select=fullname&$top=1'),
        get(`https://contoso.crm.dynamics.com/api/data/v9.2/contacts(${C1})?$select=statecode`, ['Prefer: odata.include-annotations="*"']),
        get('WhoAmI'),
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.headers['OData-Version']).toBe('4.0');
    const ps = parts(res);
    expect(ps.map((p) => p.status)).toEqual([200, 200, 200]);
    expect(ps[0]!.outer).toBe('Content-Type: application/http\r\nContent-Transfer-Encoding: binary');
    expect(ps[0]!.head).toContain('Content-Type: application/json; odata.metadata=minimal; odata.streaming=true');
    expect(ps[0]!.head).toContain('OData-Version: 4.0');
    expect(JSON.parse(ps[0]!.body)['@odata.context']).toBe('https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#contacts(fullname)');
    expect(JSON.parse(ps[1]!.body)['statecode@OData.Community.Display.V1.FormattedValue']).toBe('Active');
    expect(JSON.parse(ps[2]!.body)).toHaveProperty('UserId');
  });

  it('tolerates LF line endings', () => {
    const res = post(batchBody([get('contacts?$select=fullname').replace(/\r\n/g, '\n')], '\n'));
    expect(parts(res).map((p) => p.status)).toEqual([200]);
  });

  it('stops at the first failing part with an outer 400', () => {
    const res = post(batchBody([get('contacts?$select=fullname'), get('Contacts'), get('WhoAmI')]));
    expect(res.status).toBe(400);
    const ps = parts(res);
    expect(ps.map((p) => p.status)).toEqual([200, 404]);
    expect(ps[1]!.head).toMatch(
      /^HTTP\/1\.1 404 Not Found\r\nREQ_ID: [0-9a-f-]{36}\r\nContent-Type: application\/json; odata\.metadata=minimal\r\nOData-Version: 4\.0/,
    );
    expect(JSON.parse(ps[1]!.body)).toEqual({ error: { code: '0x8006088a', message: "Resource not found for the segment 'Contacts'." } });
  });

  it('runs every part with Prefer: odata.continue-on-error and answers 200', () => {
    const res = post(batchBody([get('Contacts'), get('WhoAmI')]), 'odata.continue-on-error');
    expect(res.status).toBe(200);
    expect(parts(res).map((p) => p.status)).toEqual([404, 200]);
  });

  it('refuses change sets and a missing boundary', () => {
    const changeset = [
      '--batch_AAA',
      'Content-Type: multipart/mixed; boundary=changeset_BBB',
      '',
      '--changeset_BBB',
      'Content-Type: application/http',
      '',
      'POST tasks HTTP/1.1',
      '',
      '{}',
      '--changeset_BBB--',
      '--batch_AAA--',
      '',
    ].join('\r\n');
    const res = post(changeset);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/not supported by the emulated org/);
    expect(call(store, '$batch', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } }).status).toBe(400);
    expect(call(store, '$batch').status).toBe(405);
  });
});
