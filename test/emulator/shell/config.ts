// What the page script needs to know at start-up (Xrm's global context is synchronous), passed in
// a <meta> tag: the org, the app, the signed-in user, and table names. No records: those the page
// fetches from the Web API like any client.
import { deterministicGuid } from '../ids.ts';
import type { Store } from '../model.ts';
import { APP_ID, APP_NAME, APP_UNIQUE_NAME } from '../seed-ids.ts';
import { ORGANIZATION_ID, type EmulatedUser } from '../users.ts';

/** The build number getVersion() reports (a 2024 wave 2 online build). */
export const CLIENT_VERSION = '9.2.24121.00180';

const LABELS: Record<string, string> = {
  contact: 'Contact',
  lead: 'Lead',
  account: 'Account',
  incident: 'Case',
  systemuser: 'User',
  email: 'Email',
  phonecall: 'Phone Call',
  appointment: 'Appointment',
  task: 'Task',
  letter: 'Letter',
  fax: 'Fax',
  annotation: 'Note',
  post: 'Post',
  activitypointer: 'Activity',
  activityparty: 'Activity Party',
  solution: 'Solution',
};

export interface ShellConfig {
  orgUrl: string;
  orgUniqueName: string;
  organizationId: string;
  currencyId: string;
  appId: string;
  appName: string;
  appUniqueName: string;
  version: string;
  user: { key: string; id: string; name: string; languageId: number; timeZoneOffsetMinutes: number; roles: { id: string; name: string }[] };
  entitySets: Record<string, string>;
  primaryKeys: Record<string, string>;
  primaryNames: Record<string, string>;
  entityLabels: Record<string, string>;
  formIds: Record<string, string>;
  viewIds: Record<string, string>;
}

/** The security role id of a user, stable across runs. */
export function roleIdOf(user: EmulatedUser): string {
  return deterministicGuid(`role:${user.roleName}`);
}

export function shellConfig(orgUrl: string, user: EmulatedUser, store: Store): ShellConfig {
  const defs = [...store.defs.values()];
  const map = (f: (d: (typeof defs)[number]) => string) => Object.fromEntries(defs.map((d) => [d.logicalName, f(d)]));
  return {
    orgUrl,
    orgUniqueName: new URL(orgUrl).hostname.split('.')[0] ?? 'org',
    organizationId: ORGANIZATION_ID,
    currencyId: deterministicGuid('currency:USD'),
    appId: APP_ID,
    appName: APP_NAME,
    appUniqueName: APP_UNIQUE_NAME,
    version: CLIENT_VERSION,
    user: {
      key: user.key,
      id: user.systemuserid,
      name: user.fullname,
      languageId: user.languageId,
      timeZoneOffsetMinutes: user.timeZoneOffsetMinutes,
      roles: [{ id: roleIdOf(user), name: user.roleName }],
    },
    entitySets: map((d) => d.entitySetName),
    primaryKeys: map((d) => d.primaryKey),
    primaryNames: map((d) => d.primaryName),
    entityLabels: map((d) => LABELS[d.logicalName] ?? d.logicalName),
    formIds: map((d) => deterministicGuid(`form:${d.logicalName}`)),
    viewIds: map((d) => deterministicGuid(`view:${d.logicalName}`)),
  };
}
