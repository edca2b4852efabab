// The emulated org's users, roles and privileges (see ../../../shared/contracts.md).
// GUIDs are fixed so tests and the generator can refer to them.
import { MARKETING_TABLES } from './entities-marketing.ts';

export const ORGANIZATION_ID = '4faf1f34-f06d-e511-80d0-00155db07cb1';
export const BUSINESS_UNIT_ID = 'ded5a64f-f06d-e511-80d0-00155db07cb1';

export type UserKey = 'admin' | 'marketer' | 'sales' | 'service';

export interface EmulatedUser {
  key: UserKey;
  systemuserid: string;
  fullname: string;
  email: string;
  /** Read privileges this user holds (prvRead<privilegeName>), or 'all'. */
  privileges: 'all' | string[];
  /** For Xrm userSettings. */
  languageId: number;
  timeZoneOffsetMinutes: number;
  roleName: string;
}

const SALES_SERVICE_READ = [
  'prvReadContact',
  'prvReadLead',
  'prvReadAccount',
  'prvReadUser',
  'prvReadActivity',
  'prvReadActivityPointer',
  'prvReadNote',
  'prvReadPost',
  'prvReadIncident',
  'prvReadSolution',
  'prvReadBusinessUnit',
];

const SERVICE_READ = [
  'prvReadContact',
  'prvReadAccount',
  'prvReadUser',
  'prvReadActivity',
  'prvReadActivityPointer',
  'prvReadNote',
  'prvReadIncident',
  'prvReadSolution',
  'prvReadBusinessUnit',
];

/**
 * Every marketing read privilege: one per marketing table (assets, event and form records, the
 * cij_ interaction tables) plus prvReadWorkflow, which the exact-copy e-mail API requires.
 */
export const MARKETING_READ = [...MARKETING_TABLES.map((t) => `prvRead${t}`), 'prvReadWorkflow'];

export const USERS: Record<UserKey, EmulatedUser> = {
  admin: {
    key: 'admin',
    systemuserid: 'd96e9f55-f06d-e511-80d0-00155db07cb1',
    fullname: 'Dana Whitfield',
    email: 'dana.whitfield@contoso.example',
    privileges: 'all',
    languageId: 1033,
    timeZoneOffsetMinutes: -480,
    roleName: 'System Administrator',
  },
  marketer: {
    key: 'marketer',
    systemuserid: '7c1a2e10-3b4f-4d2a-9e61-2f0b9d7e1a01',
    fullname: 'Priya Raman',
    email: 'priya.raman@contoso.example',
    privileges: [...SALES_SERVICE_READ, ...MARKETING_READ],
    languageId: 2057,
    timeZoneOffsetMinutes: 0,
    roleName: 'Marketing Professional',
  },
  sales: {
    key: 'sales',
    systemuserid: '7c1a2e10-3b4f-4d2a-9e61-2f0b9d7e1a02',
    fullname: 'Marcus Holt',
    email: 'marcus.holt@contoso.example',
    privileges: SALES_SERVICE_READ,
    languageId: 1033,
    timeZoneOffsetMinutes: -300,
    roleName: 'Salesperson',
  },
  service: {
    key: 'service',
    systemuserid: '7c1a2e10-3b4f-4d2a-9e61-2f0b9d7e1a03',
    fullname: 'Sofia Marin',
    email: 'sofia.marin@contoso.example',
    privileges: SERVICE_READ,
    languageId: 1031,
    timeZoneOffsetMinutes: 60,
    roleName: 'Customer Service Representative',
  },
};

export function userHasPrivilege(user: EmulatedUser, privilege: string): boolean {
  if (user.privileges === 'all') return true;
  const wanted = privilege.toLowerCase();
  return user.privileges.some((p) => p.toLowerCase() === wanted);
}
