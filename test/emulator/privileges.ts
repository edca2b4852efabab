// Security: which privileges each emulated user holds, the RolePrivileges the privilege functions
// return, and the PrivilegeDenied (0x80040220) error a read without prvRead<table> gets.
import type { EntityDef, Store } from './model.ts';
import { deterministicGuid } from './ids.ts';
import { ODataError } from './odata/errors.ts';
import { BUSINESS_UNIT_ID, type EmulatedUser, userHasPrivilege } from './users.ts';

export const VERBS = ['Create', 'Read', 'Write', 'Delete', 'Append', 'AppendTo', 'Assign', 'Share'] as const;

/** Org-wide privileges a System Administrator also holds (not tied to a table). */
const MISC_ADMIN = ['prvReadAuditSummary', 'prvActOnBehalfOfAnotherUser', 'prvExportToExcel', 'prvBulkEdit'];

export interface RolePrivilege {
  Depth: 'Global';
  PrivilegeId: string;
  BusinessUnitId: string;
  PrivilegeName: string;
}

export function privilegeId(name: string): string {
  return deterministicGuid(`privilege:${name.toLowerCase()}`);
}

export function readPrivilege(def: EntityDef): string {
  return `prvRead${def.privilegeName}`;
}

/** Every privilege name the user holds: for `all`, each verb on every table of the org. */
export function userPrivilegeNames(user: EmulatedUser, store: Store): string[] {
  if (user.privileges !== 'all') return [...user.privileges];
  const bases = new Set<string>();
  for (const def of store.defs.values()) bases.add(def.privilegeName);
  // Processes (workflow) are not a table the emulator serves, but the exact-copy API checks them.
  bases.add('Workflow');
  const names: string[] = [];
  for (const base of bases) for (const verb of VERBS) names.push(`prv${verb}${base}`);
  return [...names, ...MISC_ADMIN];
}

export function rolePrivileges(names: string[]): RolePrivilege[] {
  return names.map((name) => ({ Depth: 'Global', PrivilegeId: privilegeId(name), BusinessUnitId: BUSINESS_UNIT_ID, PrivilegeName: name }));
}

export function privilegeDenied(user: EmulatedUser, store: Store, def: EntityDef, privilege = readPrivilege(def)): ODataError {
  const count = userPrivilegeNames(user, store).length;
  const id = user.systemuserid;
  return new ODataError(
    403,
    '0x80040220',
    `Principal user (Id=${id}, type=8, roleCount=1, privilegeCount=${count}, accessMode=0), is missing ${privilege} privilege (Id=${privilegeId(privilege)}) on OTC=${def.objectTypeCode} for entity '${def.logicalName}'. context.Caller=${id}`,
  );
}

/** Throws the 403 for the first table in `logicalNames` the user may not read. */
export function checkRead(user: EmulatedUser, store: Store, logicalNames: Iterable<string>): void {
  for (const name of logicalNames) {
    const def = store.defs.get(name);
    if (def && !userHasPrivilege(user, readPrivilege(def))) throw privilegeDenied(user, store, def);
  }
}
