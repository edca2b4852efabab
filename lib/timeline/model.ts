// One normalised interaction type for every source: Sales and Service records now,
// marketing interactions next. Filters, search and the panel work on this shape only.

export const SALES_SERVICE_KINDS = ['email', 'phonecall', 'appointment', 'task', 'letter', 'fax', 'note', 'post', 'case'] as const;
export const MARKETING_KINDS = ['sms', 'push', 'web', 'form', 'event'] as const;
/** `activity` stands for an activity type Touchpoint has no special view of (custom activities). */
export type InteractionKind = (typeof SALES_SERVICE_KINDS)[number] | (typeof MARKETING_KINDS)[number] | 'activity';

export type InteractionStatus = 'open' | 'scheduled' | 'overdue' | 'completed' | 'canceled' | 'active' | 'resolved';

export type Direction = 'incoming' | 'outgoing';

export interface PartyRef {
  /** Display name, or the address used when the party is not a record. */
  name: string;
  /** Role label: Sender, To Recipient, Required attendee, … */
  role: string;
  entity?: string;
  id?: string;
}

export interface Interaction {
  /** The record's own id (activityid, annotationid, postid, incidentid): unique across the timeline. */
  id: string;
  kind: InteractionKind;
  /** Id of the source that produced it. */
  source: string;
  title: string;
  /** Plain-text summary (never markup). */
  summary?: string;
  /** ISO time the timeline sorts by. */
  time: string;
  status?: InteractionStatus;
  /** The CRM's own label for the status reason, e.g. "Waiting on someone else". */
  statusLabel?: string;
  direction?: Direction;
  /** The other side of the conversation (for the record being viewed). */
  counterpart?: string;
  parties?: PartyRef[];
  owner?: string;
  /** Where a click opens it: the table and id of the CRM record. */
  open?: { entity: string; id: string };
  /** Short extra facts shown on the row (ticket number, duration, location, file name). */
  facts?: string[];
}

export const KIND_LABELS: Record<InteractionKind, string> = {
  email: 'Email',
  phonecall: 'Phone call',
  appointment: 'Appointment',
  task: 'Task',
  letter: 'Letter',
  fax: 'Fax',
  note: 'Note',
  post: 'Post',
  case: 'Case',
  sms: 'Text message',
  push: 'Push notification',
  web: 'Web activity',
  form: 'Form',
  event: 'Event',
  activity: 'Activity',
};

export const STATUS_LABELS: Record<InteractionStatus, string> = {
  open: 'Open',
  scheduled: 'Scheduled',
  overdue: 'Overdue',
  completed: 'Completed',
  canceled: 'Canceled',
  active: 'Active',
  resolved: 'Resolved',
};
