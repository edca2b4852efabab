import { describe, expect, it } from 'vitest';
import { activityStatus, normaliseActivity } from '../../../lib/sources/activity-normalise';
import { activityQueries } from '../../../lib/sources/activities';

const CONTACT = '70bf4d48-34cb-ed11-b596-0022481d68cd';
const USER = '4026be43-6b69-e111-8f65-78e7d1620f5e';
const NOW = new Date('2026-12-04T12:00:00Z');
const F = '@OData.Community.Display.V1.FormattedValue';
const L = '@Microsoft.Dynamics.CRM.lookuplogicalname';

function party(mask: number, id: string, name: string, table: string) {
  return {
    participationtypemask: mask,
    [`participationtypemask${F}`]: ['', 'Sender', 'To Recipient'][mask] ?? 'Other',
    _partyid_value: id,
    [`_partyid_value${F}`]: name,
    [`_partyid_value${L}`]: table,
  };
}

describe('activity rows → interactions', () => {
  it('an email the contact sent is incoming, from the contact to the user', () => {
    const row = {
      activityid: 'AAAAAAAA-0000-4000-8000-000000000001',
      activitytypecode: 'email',
      subject: 'Re: pricing',
      statecode: 1,
      statuscode: 4,
      [`statuscode${F}`]: 'Received',
      sortdate: '2026-11-30T08:00:00Z',
      activitypointer_activity_parties: [party(1, CONTACT, 'Susanna Stubberod', 'contact'), party(2, USER, 'Dana Whitfield', 'systemuser')],
    };
    const i = normaliseActivity(row, 'activities', CONTACT, NOW);
    expect(i).toMatchObject({
      id: 'aaaaaaaa-0000-4000-8000-000000000001',
      kind: 'email',
      title: 'Re: pricing',
      direction: 'incoming',
      counterpart: 'Dana Whitfield',
      status: 'completed',
      statusLabel: 'Received',
      time: '2026-11-30T08:00:00Z',
      open: { entity: 'email', id: 'aaaaaaaa-0000-4000-8000-000000000001' },
    });
  });

  it('an email to the contact is outgoing, from the user', () => {
    const row = {
      activityid: 'b',
      activitytypecode: 'email',
      subject: 's',
      statecode: 1,
      sortdate: '2026-11-30T08:00:00Z',
      activitypointer_activity_parties: [party(1, USER, 'Dana Whitfield', 'systemuser'), party(2, CONTACT, 'Susanna', 'contact')],
    };
    expect(normaliseActivity(row, 'activities', CONTACT, NOW)).toMatchObject({ direction: 'outgoing', counterpart: 'Dana Whitfield' });
  });

  it('status: open, overdue, scheduled, completed, canceled', () => {
    expect(activityStatus({ statecode: 0, scheduledend: '2026-12-10T00:00:00Z' }, NOW)).toBe('open');
    expect(activityStatus({ statecode: 0, scheduledend: '2026-12-01T00:00:00Z' }, NOW)).toBe('overdue');
    expect(activityStatus({ statecode: 3, scheduledend: '2026-12-10T00:00:00Z' }, NOW)).toBe('scheduled');
    expect(activityStatus({ statecode: 1, scheduledend: '2026-12-01T00:00:00Z' }, NOW)).toBe('completed');
    expect(activityStatus({ statecode: 2 }, NOW)).toBe('canceled');
    expect(activityStatus({}, NOW)).toBeUndefined();
  });

  it('unknown activity types, missing fields and odd values still give a row', () => {
    expect(
      normaliseActivity(
        { activityid: 'c', activitytypecode: 'new_visit', [`activitytypecode${F}`]: 'Site visit' },
        'activities',
        CONTACT,
        NOW,
      ),
    ).toMatchObject({
      kind: 'activity',
      title: 'Site visit',
      time: '1970-01-01T00:00:00.000Z',
    });
    expect(
      normaliseActivity(
        { activityid: 'd', subject: '   ', sortdate: 'not a date', activitypointer_activity_parties: 'oops' },
        'activities',
        CONTACT,
        NOW,
      ),
    ).toMatchObject({
      kind: 'activity',
      title: 'activity',
    });
    expect(normaliseActivity({ subject: 'no id' }, 'activities', CONTACT, NOW)).toBeNull();
  });
});

describe('activity queries', () => {
  it('asks for activities regarding the record and where it is a party', () => {
    const [regarding, party] = activityQueries(CONTACT.toUpperCase()).map(decodeURIComponent);
    expect(regarding).toContain(`$filter=_regardingobjectid_value eq ${CONTACT}`);
    expect(party).toContain(`$filter=activitypointer_activity_parties/any(p:p/_partyid_value eq ${CONTACT})`);
    expect(regarding).toContain('$orderby=sortdate desc,activityid desc');
  });

  it('refuses an id that is not a GUID', () => {
    expect(() => activityQueries("x' or 1 eq 1")).toThrow();
  });
});
