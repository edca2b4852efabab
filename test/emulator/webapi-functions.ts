// Web API functions: WhoAmI, RetrieveVersion, and the privilege functions bound to systemusers
// (RetrieveUserPrivileges, RetrieveUserPrivilegeByPrivilegeName, RetrieveUserSetOfPrivilegesByNames,
// RetrievePrincipalAccess), in the shapes of the fixtures.
import type { ApiRequest } from './api-types.ts';
import { GUID_RE } from './ids.ts';
import type { Store } from './model.ts';
import { badQuery, recordNotFound, resourceNotFound } from './odata/errors.ts';
import { rowById } from './odata/indexes.ts';
import { checkRead, readPrivilege, rolePrivileges, userPrivilegeNames } from './privileges.ts';
import { BUSINESS_UNIT_ID, ORGANIZATION_ID, USERS, type EmulatedUser, userHasPrivilege } from './users.ts';

export const ORG_VERSION = '9.2.25044.00190';

const ALL_ACCESS = 'ReadAccess, WriteAccess, AppendAccess, AppendToAccess, CreateAccess, DeleteAccess, ShareAccess, AssignAccess';

function context(orgUrl: string, apiBase: string, type: string): string {
  return `${orgUrl}${apiBase}/$metadata#Microsoft.Dynamics.CRM.${type}`;
}

export function whoAmI(orgUrl: string, apiBase: string, user: EmulatedUser): Record<string, unknown> {
  return {
    '@odata.context': context(orgUrl, apiBase, 'WhoAmIResponse'),
    BusinessUnitId: BUSINESS_UNIT_ID,
    UserId: user.systemuserid,
    OrganizationId: ORGANIZATION_ID,
  };
}

export function retrieveVersion(orgUrl: string, apiBase: string): Record<string, unknown> {
  return { '@odata.context': context(orgUrl, apiBase, 'RetrieveVersionResponse'), Version: ORG_VERSION };
}

/** `Name='value'`, `Name=@alias` pairs of a function call's parentheses. */
function functionParams(text: string, query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/(\w+)\s*=\s*('(?:[^']|'')*'|@\w+|[^,]+)/g)) {
    let value = (m[2] as string).trim();
    if (value.startsWith('@')) value = query.get(value) ?? '';
    if (value.startsWith("'") && value.endsWith("'")) value = value.slice(1, -1).replace(/''/g, "'");
    out[m[1] as string] = value;
  }
  return out;
}

function emulatedUserById(id: string): EmulatedUser | undefined {
  return Object.values(USERS).find((u) => u.systemuserid === id);
}

/** `systemusers(<id>)/Microsoft.Dynamics.CRM.<name>(<params>)` */
export function boundSystemUserFunction(
  store: Store,
  req: ApiRequest,
  apiBase: string,
  orgUrl: string,
  userId: string,
  call: string,
): Record<string, unknown> {
  const m = /^Microsoft\.Dynamics\.CRM\.(\w+)\((.*)\)$/s.exec(call);
  if (!m) throw resourceNotFound(call);
  const [, name, paramText] = m as unknown as [string, string, string];
  checkRead(req.user, store, ['systemuser']);
  if (!rowById(store, 'systemuser', userId) && !emulatedUserById(userId)) throw recordNotFound('systemuser', userId);
  const subject = emulatedUserById(userId);
  const held = subject ? userPrivilegeNames(subject, store) : [];
  const params = functionParams(paramText, req.url.searchParams);

  switch (name) {
    case 'RetrieveUserPrivileges':
      return { '@odata.context': context(orgUrl, apiBase, 'RetrieveUserPrivilegesResponse'), RolePrivileges: rolePrivileges(held) };
    case 'RetrieveUserPrivilegeByPrivilegeName': {
      const wanted = params.PrivilegeName;
      if (!wanted) throw badQuery("The parameter 'PrivilegeName' of 'RetrieveUserPrivilegeByPrivilegeName' is required.");
      const has = held.find((p) => p.toLowerCase() === wanted.toLowerCase());
      return {
        '@odata.context': context(orgUrl, apiBase, 'RetrieveUserPrivilegeByPrivilegeNameResponse'),
        RolePrivileges: rolePrivileges(has ? [has] : []),
      };
    }
    case 'RetrieveUserSetOfPrivilegesByNames': {
      let names: unknown;
      try {
        names = JSON.parse(params.PrivilegeNames ?? '[]');
      } catch {
        throw badQuery("The parameter 'PrivilegeNames' must be a JSON array of privilege names.");
      }
      const wanted = new Set((Array.isArray(names) ? names : []).map((n) => String(n).toLowerCase()));
      return {
        '@odata.context': context(orgUrl, apiBase, 'RetrieveUserSetOfPrivilegesByNamesResponse'),
        RolePrivileges: rolePrivileges(held.filter((p) => wanted.has(p.toLowerCase()))),
      };
    }
    case 'RetrievePrincipalAccess': {
      const target = /(\w+)\(([0-9a-fA-F-]{36})\)/.exec(params.Target ?? '');
      const def = target ? store.bySet.get(target[1] as string) : undefined;
      if (!target || !def || !GUID_RE.test(target[2] as string))
        throw badQuery("The parameter 'Target' must be {'@odata.id':'<entityset>(<id>)'}.");
      if (!rowById(store, def.logicalName, target[2])) throw recordNotFound(def.logicalName, (target[2] as string).toLowerCase());
      const rights = !subject
        ? 'None'
        : subject.privileges === 'all'
          ? ALL_ACCESS
          : userHasPrivilege(subject, readPrivilege(def))
            ? 'ReadAccess'
            : 'None';
      return { '@odata.context': context(orgUrl, apiBase, 'RetrievePrincipalAccessResponse'), AccessRights: rights };
    }
    default:
      throw resourceNotFound(`Microsoft.Dynamics.CRM.${name}`);
  }
}
