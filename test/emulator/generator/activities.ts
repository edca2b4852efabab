// Inserting one activity of any type: common columns, state, dates, regarding and parties.
import { insertRow } from '../store.ts';
import type { Row } from '../model.ts';
import type { EmulatedUser } from '../users.ts';
import { iso, lookup, type Gen, type Ref } from './context.ts';
import type { Rng } from './prng.ts';

export type ActivityType = 'email' | 'phonecall' | 'appointment' | 'task' | 'letter' | 'fax';

/** participationtypemask values (reference §2.7). */
export const MASK = { sender: 1, to: 2, cc: 3, bcc: 4, required: 5, optional: 6, organizer: 7 } as const;

export interface Party {
  mask: number;
  ref: Ref;
  address?: string;
}

/** statecode → statuscode, using the generic activity status list of entities.ts. */
export const STATE = {
  open: { statecode: 0, statuscode: 1 },
  completed: { statecode: 1, statuscode: 5 },
  canceled: { statecode: 2, statuscode: 6 },
  scheduled: { statecode: 3, statuscode: 1 },
} as const;
export type StateName = keyof typeof STATE;

export interface ActivitySpec {
  type: ActivityType;
  subject: string;
  description?: string;
  owner: EmulatedUser;
  regarding?: Ref;
  state: StateName;
  /** Overrides the state's default statuscode (e.g. task "In Progress"). */
  statuscode?: number;
  priority?: number;
  createdon: number;
  modifiedon?: number;
  actualstart?: number;
  actualend?: number;
  scheduledstart?: number;
  scheduledend?: number;
  durationMinutes?: number;
  parties?: Party[];
  /** Type-specific columns. */
  extra?: Row;
}

export function userRef(user: EmulatedUser): Ref {
  return { entity: 'systemuser', id: user.systemuserid };
}

const dt = (ms: number | undefined) => (ms === undefined ? null : iso(ms));

/** Inserts the activity (and so its activitypointer and activityparty rows); returns its id. */
export function insertActivity(gen: Gen, rng: Rng, spec: ActivitySpec): string {
  const id = rng.guid();
  const state = STATE[spec.state];
  const modified = Math.min(gen.now, Math.max(spec.modifiedon ?? spec.actualend ?? spec.createdon, spec.createdon));
  // The timeline's sort key: when it happened, else when it is due, else when it was made.
  const sortdate = spec.actualend ?? spec.scheduledend ?? spec.createdon;
  const row: Row = {
    activityid: id,
    subject: spec.subject,
    description: spec.description ?? null,
    statecode: state.statecode,
    statuscode: spec.statuscode ?? state.statuscode,
    prioritycode: spec.priority ?? 1,
    scheduledstart: dt(spec.scheduledstart),
    scheduledend: dt(spec.scheduledend),
    actualstart: dt(spec.actualstart),
    actualend: dt(spec.actualend),
    actualdurationminutes: spec.durationMinutes ?? null,
    createdon: iso(spec.createdon),
    modifiedon: iso(modified),
    sortdate: iso(sortdate),
    ...(spec.regarding ? lookup('regardingobjectid', spec.regarding) : { _regardingobjectid_value: null }),
    ...lookup('ownerid', userRef(spec.owner)),
    isregularactivity: true,
    instancetypecode: 0,
    ...spec.extra,
  };
  if (spec.parties?.length) {
    row[`${spec.type}_activity_parties`] = spec.parties.map((p) => ({
      activitypartyid: rng.guid(),
      ...lookup('partyid', p.ref),
      participationtypemask: p.mask,
      addressused: p.address ?? null,
      ispartydeleted: false,
    }));
  }
  insertRow(gen.store, spec.type, row);
  return id;
}
