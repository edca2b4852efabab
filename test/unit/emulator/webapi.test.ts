import { describe, expect, it } from 'vitest';
import { privilegeId } from '../../emulator/privileges.ts';
import { BUSINESS_UNIT_ID, ORGANIZATION_ID, USERS } from '../../emulator/users.ts';
import { C1, call, get, L1, ORG, smallStore, values } from './helpers.ts';

const store = smallStore();

describe('routing', () => {
  it('serves v9.0, v9.1 and v9.2 with OData headers', () => {
    for (const v of ['v9.0', 'v9.1', 'v9.2']) {
      const res = call(store, `/api/data/${v}/contacts?$select=fullname`);
      expect(res.status).toBe(200);
      expect(res.headers['OData-Version']).toBe('4.0');
      expect(res.headers['Content-Type']).toBe('application/json; odata.metadata=minimal');
      expect(JSON.parse(res.body)['@odata.context']).toBe(`${ORG}/api/data/${v}/$metadata#contacts(fullname)`);
    }
  });

  it('answers WhoAmI, and the wrong case with the real "No HTTP resource" error', () => {
    expect(get(store, 'WhoAmI', { user: 'sales' }).json).toEqual({
      '@odata.context': `${ORG}/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse`,
      BusinessUnitId: BUSINESS_UNIT_ID,
      UserId: USERS.sales.systemuserid,
      OrganizationId: ORGANIZATION_ID,
    });
    expect(get(store, 'WhoAmI()').status).toBe(200);
    expect(get(store, 'whoami')).toMatchObject({
      status: 404,
      json: { error: { code: '', message: `No HTTP resource was found that matches the request URI '${ORG}/api/data/v9.2/whoami'.` } },
    });
  });

  it('gives 404 0x8006088a for an unknown set and 0x80040217 for a missing record', () => {
    expect(get(store, 'Account')).toMatchObject({
      status: 404,
      json: { error: { code: '0x8006088a', message: "Resource not found for the segment 'Account'." } },
    });
    const id = '00000000-0000-0000-0000-0000000000aa';
    expect(get(store, `contacts(${id})`)).toMatchObject({
      status: 404,
      json: { error: { code: '0x80040217', message: `contact With Id = ${id} Does Not Exist` } },
    });
    expect(get(store, 'contacts(abc)').status).toBe(400);
  });

  it('retrieves one record with braces-free GUIDs in any case', () => {
    const { json } = get(store, `contacts(${C1.toUpperCase()})?$select=fullname`);
    expect(json).toMatchObject({
      '@odata.context': `${ORG}/api/data/v9.2/$metadata#contacts(fullname)/$entity`,
      fullname: "Dan O'Brien",
      contactid: C1,
    });
  });

  it('refuses writes with 405, and serves $metadata, the service document and /$count', () => {
    expect(call(store, 'contacts', { method: 'POST', body: '{}' }).status).toBe(405);
    expect(call(store, `contacts(${C1})`, { method: 'PATCH', body: '{}' }).status).toBe(405);
    const meta = call(store, '$metadata');
    expect(meta.headers['Content-Type']).toBe('application/xml');
    expect(meta.body).toContain('<EntitySet Name="activitypointers" EntityType="Microsoft.Dynamics.CRM.activitypointer" />');
    expect(values(get(store, '').json).map((s) => s.name)).toContain('contacts');
    expect(call(store, 'contacts/$count').body).toBe('3');
  });

  it('turns an unexpected exception into the 500 0x80040216 body', () => {
    const broken = smallStore();
    broken.tables.get('contact')!.set('x', null as never);
    const res = get(broken, 'contacts?$select=fullname');
    expect(res.status).toBe(500);
    expect(res.json).toMatchObject({ error: { code: '0x80040216' } });
  });
});

describe('privileges', () => {
  it('denies a table the user cannot read with the real PrivilegeDenied body', () => {
    const { status, json } = get(store, 'leads?$select=fullname', { user: 'service' });
    expect(status).toBe(403);
    const id = USERS.service.systemuserid;
    expect(json).toEqual({
      error: {
        code: '0x80040220',
        message: `Principal user (Id=${id}, type=8, roleCount=1, privilegeCount=${(USERS.service.privileges as string[]).length}, accessMode=0), is missing prvReadLead privilege (Id=${privilegeId('prvReadLead')}) on OTC=4 for entity 'lead'. context.Caller=${id}`,
      },
    });
    expect(get(store, 'leads?$select=fullname', { user: 'sales' }).status).toBe(200);
  });

  it('adds the CDS error details to platform errors when annotations are asked for', () => {
    const { json } = get(store, 'leads?$select=fullname', { user: 'service', prefer: 'odata.include-annotations="*"' });
    const error = json.error as Record<string, string>;
    expect(Object.keys(error).slice(0, 2)).toEqual(['code', 'message']);
    expect(error['@Microsoft.PowerApps.CDS.HelpLink']).toBe(
      'http://go.microsoft.com/fwlink/?LinkID=398563&error=Microsoft.Crm.CrmException%3a80040220&client=platform',
    );
    expect(error['@Microsoft.PowerApps.CDS.InnerError.Message']).toBe(error.message);
    expect(Object.keys(get(store, 'Account', { prefer: 'odata.include-annotations="*"' }).json.error as object)).toEqual([
      'code',
      'message',
    ]);
  });

  it('denies a record, and an expand, of a table the user cannot read', () => {
    const denied = get(store, `leads(${L1})?$select=fullname`, { user: 'service' });
    expect(denied.status).toBe(403);
    const viaExpand = get(store, `contacts?$select=fullname&$expand=contact_PostRegardings($select=text)`, { user: 'service' });
    expect(viaExpand).toMatchObject({
      status: 403,
      json: { error: { message: expect.stringContaining('missing prvReadPost privilege') } },
    });
  });

  it('lists RolePrivileges: everything for admin, the user’s own for others', () => {
    const admin = get(store, `systemusers(${USERS.admin.systemuserid})/Microsoft.Dynamics.CRM.RetrieveUserPrivileges()`).json;
    expect(admin['@odata.context']).toBe(`${ORG}/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.RetrieveUserPrivilegesResponse`);
    const names = (admin.RolePrivileges as { PrivilegeName: string }[]).map((p) => p.PrivilegeName);
    expect(names).toEqual(
      expect.arrayContaining(['prvReadContact', 'prvWriteContact', 'prvReadActivity', 'prvReadmsdynmkt_email', 'prvShareIncident']),
    );
    expect((admin.RolePrivileges as object[])[0]).toEqual({
      Depth: 'Global',
      PrivilegeId: privilegeId(names[0]!),
      BusinessUnitId: BUSINESS_UNIT_ID,
      PrivilegeName: names[0],
    });
    const sales = get(store, `systemusers(${USERS.sales.systemuserid})/Microsoft.Dynamics.CRM.RetrieveUserPrivileges()`, {
      user: 'sales',
    }).json;
    expect((sales.RolePrivileges as { PrivilegeName: string }[]).map((p) => p.PrivilegeName)).not.toContain('prvReadmsdynmkt_email');
  });

  it('checks one privilege by name: empty RolePrivileges when missing', () => {
    const path = (user: string, name: string) =>
      `systemusers(${user})/Microsoft.Dynamics.CRM.RetrieveUserPrivilegeByPrivilegeName(PrivilegeName='${name}')`;
    const has = get(store, path(USERS.marketer.systemuserid, 'prvReadmsdynmkt_email')).json;
    expect(has).toEqual({
      '@odata.context': `${ORG}/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.RetrieveUserPrivilegeByPrivilegeNameResponse`,
      RolePrivileges: [
        {
          Depth: 'Global',
          PrivilegeId: privilegeId('prvReadmsdynmkt_email'),
          BusinessUnitId: BUSINESS_UNIT_ID,
          PrivilegeName: 'prvReadmsdynmkt_email',
        },
      ],
    });
    expect(get(store, path(USERS.sales.systemuserid, 'prvReadmsdynmkt_email')).json.RolePrivileges).toEqual([]);
    expect(
      get(
        store,
        `systemusers(${USERS.sales.systemuserid})/Microsoft.Dynamics.CRM.RetrieveUserPrivilegeByPrivilegeName(PrivilegeName=@p)?@p='prvReadLead'`,
      ).json.RolePrivileges,
    ).toHaveLength(1);
  });

  it('answers RetrievePrincipalAccess', () => {
    const q = `systemusers(${USERS.service.systemuserid})/Microsoft.Dynamics.CRM.RetrievePrincipalAccess(Target=@t)?@t={'@odata.id':'contacts(${C1})'}`;
    expect(get(store, q).json).toMatchObject({ AccessRights: 'ReadAccess' });
  });
});
