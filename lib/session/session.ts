// Who is signed in to an org, and what may they read (reference: dataverse.md §2.3, §2.11).
import type { DataverseClient } from '../dataverse/client';
import { fail, ok, type Result } from '../dataverse/errors';
import { guidLiteral } from '../dataverse/query';

export interface OrgSession {
  orgUrl: string;
  userId: string;
  businessUnitId: string;
  organizationId: string;
}

type Client = Pick<DataverseClient, 'getJson' | 'orgUrl'>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** WhoAmI doubles as the "is the session alive, and is this Dataverse?" probe. */
export async function whoAmI(client: Client, signal?: AbortSignal): Promise<Result<OrgSession>> {
  const result = await client.getJson('WhoAmI', { signal });
  if (!result.ok) return result;
  const body = result.value as Record<string, unknown> | null;
  const ids = ['UserId', 'BusinessUnitId', 'OrganizationId'].map((k) => body?.[k]);
  if (!ids.every((v): v is string => typeof v === 'string' && GUID.test(v))) {
    return fail({ kind: 'malformed', message: 'WhoAmI did not return the user, business unit and organization ids.' });
  }
  const [userId, businessUnitId, organizationId] = ids.map((v) => v.toLowerCase()) as [string, string, string];
  return ok({ orgUrl: client.orgUrl, userId, businessUnitId, organizationId });
}

/** The user's privilege names, lower-cased (names compare case-insensitively). */
export async function userPrivileges(client: Client, userId: string, signal?: AbortSignal): Promise<Result<Set<string>>> {
  const result = await client.getJson(`systemusers(${guidLiteral(userId)})/Microsoft.Dynamics.CRM.RetrieveUserPrivileges()`, { signal });
  if (!result.ok) return result;
  const list = (result.value as { RolePrivileges?: unknown } | null)?.RolePrivileges;
  if (!Array.isArray(list)) return fail({ kind: 'malformed', message: 'RetrieveUserPrivileges returned no RolePrivileges.' });
  const names = new Set<string>();
  for (const p of list) {
    const name = (p as { PrivilegeName?: unknown } | null)?.PrivilegeName;
    if (typeof name === 'string') names.add(name.toLowerCase());
  }
  return ok(names);
}

export function missingPrivileges(held: ReadonlySet<string>, required: readonly string[]): string[] {
  return required.filter((p) => !held.has(p.toLowerCase()));
}
