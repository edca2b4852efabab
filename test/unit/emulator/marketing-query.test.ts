// @vitest-environment node
// The marketing tables through the Web API: the filters Touchpoint sends to the cij_ interaction
// sets (ContactId/LeadId + Timestamp, newest first, paged), the Dataverse-native event and form
// records, and the PrivilegeDenied 403 for users without marketing privileges.
import { describe, expect, it } from 'vitest';
import { INTERACTION_COLUMNS, INTERACTION_DEFS } from '../../emulator/entities-interactions.ts';
import { MARKETING_ENTITY_DEFS } from '../../emulator/entities-marketing.ts';
import { bindFilter } from '../../emulator/odata/filter.ts';
import { privilegeId } from '../../emulator/privileges.ts';
import { KNOWN } from '../../emulator/seed-ids.ts';
import { MARKETING_READ, USERS } from '../../emulator/users.ts';
import { get, values } from './helpers.ts';
import { DAY, interactions, NOW, seeded } from './marketing-helpers.ts';

const store = seeded();
const SINCE = new Date(NOW.getTime() - 100 * DAY).toISOString().replace('.000Z', 'Z');

describe('interaction sets (cij_*)', () => {
  it('have the documented names and PascalCase columns', () => {
    expect(INTERACTION_DEFS).toHaveLength(26);
    const opened = store.bySet.get('cij_emailopeneds')!;
    expect(opened.logicalName).toBe('cij_emailopened');
    expect(opened.primaryKey).toBe('InternalMarketingInteractionId');
    expect(store.bySet.get('cij_smslinkclickeds')?.logicalName).toBe('cij_smslinkclicked');
    expect(Object.keys(INTERACTION_COLUMNS)).toContain('EventRegistrationCanceled');
  });

  it('filter by ContactId and Timestamp, newest first, with the selected columns', () => {
    const select = 'InternalMarketingInteractionId,Timestamp,ContactId,MessageId,CustomerJourneyId,JourneyRunId,EmailClientId,City';
    const path = `cij_emailopeneds?$select=${select}&$filter=ContactId eq '${KNOWN.contact}' and Timestamp ge ${SINCE}&$orderby=Timestamp desc`;
    const { status, json } = get(store, path, { now: NOW });
    expect(status).toBe(200);
    const rows = values(json);
    const expected = interactions(store, 'EmailOpened').filter((r) => r.ContactId === KNOWN.contact && String(r.Timestamp) >= SINCE);
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(3);
    const stamps = rows.map((r) => String(r.Timestamp));
    expect(stamps).toEqual([...stamps].sort().reverse());
    expect(Object.keys(rows[0]!).filter((k) => !k.startsWith('@'))).toEqual(select.split(','));
    expect(json['@odata.context']).toBe(`https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#cij_emailopeneds(${select})`);
  });

  it('compares the GUID strings case-insensitively, by LeadId too', () => {
    const upper = values(get(store, `cij_emailsents?$filter=ContactId eq '${KNOWN.contact.toUpperCase()}'`).json);
    const lower = values(get(store, `cij_emailsents?$filter=ContactId eq '${KNOWN.contact}'`).json);
    expect(upper.length).toBe(lower.length);
    expect(upper.length).toBeGreaterThan(0);
    const leads = values(get(store, `cij_formsubmitteds?$filter=LeadId eq '${KNOWN.lead}'&$select=FormName,SubmittedValues`).json);
    expect(leads.length).toBeGreaterThan(0);
    expect(JSON.parse(String(leads[0]!.SubmittedValues))[0]).toHaveProperty('field');
  });

  it('plan `ContactId eq <guid>` from an index instead of scanning', () => {
    const def = store.bySet.get('cij_emaildelivereds')!;
    const env = { store, user: USERS.admin, now: NOW };
    const planned = bindFilter(`ContactId eq '${KNOWN.contact}' and Timestamp ge ${SINCE}`, def, env).candidates();
    expect(planned).not.toBeNull();
    expect(planned!.every((r) => r.ContactId === KNOWN.contact)).toBe(true);
    // Free text is not planned: collation may equate strings an index key cannot.
    expect(bindFilter(`EmailAddressUsed eq 'karim@example.com'`, def, env).candidates()).toBeNull();
  });

  it('page with odata.maxpagesize, returning every row once', () => {
    const filter = `$filter=Timestamp ge ${SINCE}&$orderby=Timestamp desc&$select=Timestamp`;
    const all = values(get(store, `cij_emailsents?${filter}`).json).map((r) => String(r.InternalMarketingInteractionId));
    const seen: string[] = [];
    let next: string | undefined = `cij_emailsents?${filter}`;
    let pages = 0;
    while (next) {
      const { json }: { json: Record<string, unknown> } = get(store, next, { prefer: 'odata.maxpagesize=50' });
      seen.push(...values(json).map((r) => String(r.InternalMarketingInteractionId)));
      next = (json['@odata.nextLink'] as string | undefined)?.replace('https://contoso.crm.dynamics.com', '');
      pages++;
    }
    expect(pages).toBeGreaterThan(2);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('native marketing records', () => {
  it('lists registrations and check-ins of a contact through their lookups, with $expand', () => {
    const regs = values(
      get(
        store,
        `msevtmgt_eventregistrations?$select=msevtmgt_name,statecode,statuscode&$filter=_msevtmgt_contactid_value eq ${KNOWN.contact}&$expand=msevtmgt_eventid($select=msevtmgt_name,msevtmgt_eventstartdate)`,
        { prefer: 'odata.include-annotations="*"' },
      ).json,
    );
    expect(regs.length).toBe(3);
    expect(regs.some((r) => r.statecode === 1 && r['statuscode@OData.Community.Display.V1.FormattedValue'] === 'Canceled')).toBe(true);
    expect(regs.map((r) => (r.msevtmgt_eventid as { msevtmgt_name: string }).msevtmgt_name).sort()).toEqual(
      ['Contoso Connect', 'Webinar: Securing hybrid work', 'Webinar: The modern workplace'].sort(),
    );
    const checkins = values(get(store, `msevtmgt_checkins?$filter=_msevtmgt_contact_value eq ${KNOWN.contact}`).json);
    expect(checkins).toHaveLength(1);
    const subs = values(get(store, `msdynmkt_marketingformsubmissions?$filter=_msdynmkt_leadid_value eq ${KNOWN.lead}`).json);
    expect(subs.length).toBe(3);
  });

  it('serves the assets, e.g. an e-mail template with its HTML', () => {
    const emails = values(
      get(store, `msdynmkt_emails?$select=msdynmkt_name,msdynmkt_subject,msdynmkt_emailbody&$filter=contains(msdynmkt_name,'newsletter')`)
        .json,
    );
    expect(emails.map((e) => e.msdynmkt_name)).toContain('Spring newsletter');
    expect(String(emails[0]!.msdynmkt_emailbody)).toMatch(/<img [^>]*hero.*Unsubscribe/s);
  });
});

describe('marketing privileges', () => {
  it('MARKETING_READ covers every marketing table and prvReadWorkflow', () => {
    for (const def of MARKETING_ENTITY_DEFS) expect(MARKETING_READ).toContain(`prvRead${def.logicalName}`);
    expect(MARKETING_READ).toContain('prvReadWorkflow');
    expect(MARKETING_READ).toContain('prvReadcij_emailopened');
  });

  it.each(['sales', 'service'] as const)('deny %s every marketing set with the real PrivilegeDenied', (user) => {
    for (const def of MARKETING_ENTITY_DEFS) {
      const { status, json } = get(store, `${def.entitySetName}?$top=1`, { user });
      expect(status, def.entitySetName).toBe(403);
      const privilege = `prvRead${def.logicalName}`;
      expect((json.error as { code: string; message: string }).message).toBe(
        `Principal user (Id=${USERS[user].systemuserid}, type=8, roleCount=1, privilegeCount=${(USERS[user].privileges as string[]).length}, accessMode=0), is missing ${privilege} privilege (Id=${privilegeId(privilege)}) on OTC=${def.objectTypeCode} for entity '${def.logicalName}'. context.Caller=${USERS[user].systemuserid}`,
      );
    }
  });

  it('let the marketer and admin read every marketing set', () => {
    for (const user of ['marketer', 'admin'] as const)
      for (const def of MARKETING_ENTITY_DEFS)
        expect(get(store, `${def.entitySetName}?$top=1`, { user }).status, def.entitySetName).toBe(200);
  });

  it('use OTC 10457 for msdynmkt_email, as the reconstructed fixture', () => {
    expect(store.defs.get('msdynmkt_email')!.objectTypeCode).toBe(10457);
    const codes = MARKETING_ENTITY_DEFS.map((d) => d.objectTypeCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Math.min(...codes)).toBeGreaterThanOrEqual(10000);
  });
});
