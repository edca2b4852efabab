// activitypointer rows (with their expanded parties) → interactions.
import type { Row } from '../dataverse/client';
import { formatted, isoDate, lookup, num, str } from '../dataverse/query';
import { t, type MessageKey } from '../i18n';
import type { Direction, Interaction, InteractionKind, InteractionStatus, PartyRef } from '../timeline/model';

const KNOWN_TYPES = new Set<InteractionKind>(['email', 'phonecall', 'appointment', 'task', 'letter', 'fax']);
const SENDER = 1;
const RECIPIENTS = new Set([2, 3, 4]);
const ORGANIZER = 7;
const ATTENDEES = new Set([5, 6]);
/** Participation type names for rows without a formatted value. */
const ROLE_FALLBACK: Record<number, MessageKey> = {
  1: 'party.sender',
  2: 'party.toRecipient',
  3: 'party.ccRecipient',
  4: 'party.bccRecipient',
  5: 'party.requiredAttendee',
  6: 'party.optionalAttendee',
  7: 'party.organizer',
  8: 'party.regarding',
  9: 'party.owner',
  10: 'party.resource',
  11: 'party.customer',
};

export const ACTIVITY_SELECT = [
  'activityid',
  'activitytypecode',
  'subject',
  'statecode',
  'statuscode',
  'prioritycode',
  'scheduledstart',
  'scheduledend',
  'actualstart',
  'actualend',
  'actualdurationminutes',
  'sortdate',
  'createdon',
  'modifiedon',
  '_regardingobjectid_value',
  '_ownerid_value',
] as const;
export const PARTIES_EXPAND = 'activitypointer_activity_parties($select=participationtypemask,_partyid_value,addressused)';

interface RawParty {
  mask: number;
  party: PartyRef;
}

function readParties(row: Row): RawParty[] {
  const list = row['activitypointer_activity_parties'];
  if (!Array.isArray(list)) return []; // absent, or sent as a nested next link
  const parties: RawParty[] = [];
  for (const p of list as Row[]) {
    if (!p || typeof p !== 'object') continue;
    const mask = num(p, 'participationtypemask');
    if (mask === undefined) continue;
    const ref = lookup(p, 'partyid');
    const name = ref?.name ?? str(p, 'addressused') ?? t('party.unknown');
    const fallback = ROLE_FALLBACK[mask];
    const role = formatted(p, 'participationtypemask') ?? t(fallback ?? 'party.participant');
    parties.push({
      mask,
      party: { name, role, ...(ref?.entity ? { entity: ref.entity } : {}), ...(ref ? { id: ref.id } : {}) },
    });
  }
  return parties;
}

export function activityStatus(row: Row, now: Date): InteractionStatus | undefined {
  const state = num(row, 'statecode');
  const due = isoDate(row, 'scheduledend');
  const pastDue = due !== undefined && Date.parse(due) < now.getTime();
  switch (state) {
    case 0:
      return pastDue ? 'overdue' : 'open';
    case 3:
      return pastDue ? 'overdue' : 'scheduled';
    case 1:
      return 'completed';
    case 2:
      return 'canceled';
    default:
      return undefined;
  }
}

/** Direction and the other party, seen from the record whose timeline this is. */
function perspective(parties: RawParty[], recordId: string): { direction?: Direction; counterpart?: string } {
  const mine = parties.filter((p) => p.party.id === recordId);
  const others = (pred: (mask: number) => boolean) => [
    ...new Set(parties.filter((p) => p.party.id !== recordId && pred(p.mask)).map((p) => p.party.name)),
  ];
  if (mine.some((p) => p.mask === SENDER)) {
    const to = others((m) => RECIPIENTS.has(m));
    return { direction: 'incoming', ...(to.length ? { counterpart: to.join(', ') } : {}) };
  }
  if (mine.some((p) => RECIPIENTS.has(p.mask))) {
    const from = others((m) => m === SENDER);
    return { direction: 'outgoing', ...(from.length ? { counterpart: from.join(', ') } : {}) };
  }
  const organiser = others((m) => m === ORGANIZER);
  if (organiser.length) return { counterpart: organiser.join(', ') };
  const attendees = others((m) => ATTENDEES.has(m));
  return attendees.length ? { counterpart: attendees.join(', ') } : {};
}

export function normaliseActivity(row: Row, sourceId: string, recordId: string, now: Date): Interaction | null {
  const id = str(row, 'activityid')?.toLowerCase();
  if (!id) return null;
  const type = str(row, 'activitytypecode') ?? 'activity';
  const kind: InteractionKind = KNOWN_TYPES.has(type as InteractionKind) ? (type as InteractionKind) : 'activity';
  const time =
    isoDate(row, 'sortdate') ??
    isoDate(row, 'actualend') ??
    isoDate(row, 'scheduledstart') ??
    isoDate(row, 'modifiedon') ??
    isoDate(row, 'createdon') ??
    new Date(0).toISOString();
  const parties = readParties(row);
  const createdAt = isoDate(row, 'createdon');
  const status = activityStatus(row, now);
  const statusLabel = formatted(row, 'statuscode');
  const owner = lookup(row, 'ownerid')?.name;
  const minutes = num(row, 'actualdurationminutes');
  const facts: string[] = [];
  if (kind === 'phonecall' && minutes) facts.push(t('fact.minutes', { minutes }));
  if (num(row, 'prioritycode') === 2) facts.push(formatted(row, 'prioritycode') ?? t('fact.highPriority'));
  const regarding = lookup(row, 'regardingobjectid');
  if (regarding && regarding.id !== recordId && regarding.name) facts.push(t('fact.regarding', { name: regarding.name }));
  const typeName = kind === 'activity' ? (formatted(row, 'activitytypecode') ?? type) : undefined;
  return {
    id,
    kind,
    source: sourceId,
    title: str(row, 'subject')?.trim() || typeName || t('title.noSubject'),
    time,
    ...(createdAt && createdAt !== time ? { createdAt } : {}),
    ...(status ? { status } : {}),
    ...(statusLabel ? { statusLabel } : {}),
    ...perspective(parties, recordId),
    ...(parties.length ? { parties: parties.map((p) => p.party) } : {}),
    ...(owner ? { owner } : {}),
    open: { entity: type, id },
    ...(facts.length ? { facts } : {}),
  };
}
