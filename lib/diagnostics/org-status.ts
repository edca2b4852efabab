// An org as the options page shows it: is the user signed in, who, the org's version, and for each
// source whether the user's security role grants its privileges (and which are missing).
import type { DataverseClient } from '../dataverse/client';
import { guidLiteral, str } from '../dataverse/query';
import type { OrgStatus, SourceAccess } from '../messaging/options-protocol';
import { missingPrivileges, userPrivileges, whoAmI } from '../session/session';
import { SOURCES } from '../sources/registry';
import type { TimelineSource } from '../sources/types';
import { errorText } from '../timeline/error-text';

type Client = Pick<DataverseClient, 'getJson' | 'orgUrl'>;

function access(sources: readonly TimelineSource[], held: ReadonlySet<string> | null): SourceAccess[] {
  return sources.map((s) => {
    const missing = held ? missingPrivileges(held, s.requiredPrivileges) : [];
    return {
      id: s.id,
      label: s.label,
      requiredPrivileges: [...s.requiredPrivileges],
      state: !held ? 'unknown' : missing.length ? 'missing' : 'granted',
      missing,
    };
  });
}

export async function orgStatus(
  client: Client,
  extensionVersion: string,
  sources: readonly TimelineSource[] = SOURCES,
  signal?: AbortSignal,
): Promise<OrgStatus> {
  const base = { ok: true as const, orgUrl: client.orgUrl, extensionVersion };
  const who = await whoAmI(client, signal);
  if (!who.ok) {
    const session = who.error.kind === 'session-expired' ? 'signed-out' : 'error';
    return { ...base, session, message: errorText(who.error), sources: access(sources, null) };
  }
  const { userId } = who.value;
  const options = signal ? { signal } : {};
  const [privileges, version, user] = await Promise.all([
    userPrivileges(client, userId, signal),
    client.getJson('RetrieveVersion', options),
    client.getJson(`systemusers(${guidLiteral(userId)})?$select=fullname`, options),
  ]);
  const orgVersion =
    version.ok && version.value && typeof version.value === 'object' ? str(version.value as Record<string, unknown>, 'Version') : undefined;
  const name = user.ok && user.value && typeof user.value === 'object' ? str(user.value as Record<string, unknown>, 'fullname') : undefined;
  return {
    ...base,
    session: 'ok',
    ...(privileges.ok ? {} : { message: errorText(privileges.error) }),
    user: { id: userId, ...(name ? { name } : {}) },
    ...(orgVersion ? { orgVersion } : {}),
    sources: access(sources, privileges.ok ? privileges.value : null),
  };
}
