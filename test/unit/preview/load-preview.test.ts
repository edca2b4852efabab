import { describe, expect, it } from 'vitest';
import { ok, fail } from '../../../lib/dataverse/errors';
import { loadPreview } from '../../../lib/preview/load-preview';
import { fixtureJson } from '../helpers/fixtures';

const PROFILE = '0862dc41-0642-f011-877a-6045bd06d212';
const JOURNEY = 'cb883756-f2ba-f011-bbd2-000d3a3212e8';
const RUN = 'c9921dd4-1e5c-3c3c-d681-0209a0c4d6bc';
const TEMPLATE = '4dbaa872-62ba-f011-bbd2-000d3a3212e8';
const request = {
  record: { entity: 'contact' as const, id: PROFILE },
  id: 'email:x',
  kind: 'email',
  marketing: { origin: 'real-time' as const, channel: 'email', assetId: TEMPLATE, journeyId: JOURNEY, journeyRunId: RUN },
};

describe('loadPreview', () => {
  it('reads the exact copy from the real EmailRetrieveExactMessages response', async () => {
    const posted: unknown[] = [];
    const client = {
      getJson: async () => fail({ kind: 'http' as const, status: 500, code: '', message: 'unused' }),
      postJson: async (_path: string, bodyIn: unknown) => (
        posted.push(bodyIn),
        ok(fixtureJson('msdynmkt-emailretrieveexactmessages-response.json'))
      ),
    };
    const result = await loadPreview(client, request);
    expect(result).toEqual({ kind: 'html', html: '<html>REDACTED</html>', label: 'The exact copy of the email that was sent' });
    const sent = posted[0] as { ProfileId: string; Interactions: string };
    expect(sent.ProfileId).toBe(PROFILE);
    expect(JSON.parse(sent.Interactions)[0].id).toBe(`${PROFILE}_${JOURNEY}_${RUN}_${TEMPLATE}`);
  });

  it('falls back to the template, labelled as such, when ResultCode is not 200', async () => {
    const client = {
      postJson: async () => ok({ ResultCode: 404, ApiResponseData: '{}', Error: 'not kept' }),
      getJson: async (path: string) =>
        path.startsWith(`msdynmkt_emails(${TEMPLATE})`)
          ? ok({ msdynmkt_emailbody: '<p>Template</p>', msdynmkt_subject: 'Spring' })
          : fail({ kind: 'not-found' as const, code: '', message: path }),
    };
    expect(await loadPreview(client, request)).toMatchObject({
      kind: 'html',
      html: '<p>Template</p>',
      subject: 'Spring',
      label: expect.stringMatching(/template/i),
    });
  });

  it('says when there is nothing to show', async () => {
    const client = { postJson: async () => ok(null), getJson: async () => ok(null) };
    expect(await loadPreview(client, { record: request.record, id: 'web:1', kind: 'web' })).toMatchObject({ kind: 'unavailable' });
  });
});
