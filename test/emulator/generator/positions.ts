// Which generated records play which role: indexes into the generated accounts, contacts and leads.
// seed-ids.ts exports their ids as KNOWN (a unit test keeps the two in step).
export const POSITIONS = {
  /** The key-account buyer with thousands of items. */
  bigContact: 0,
  /** Two typical contacts with tens of items of every kind. */
  contact: 1,
  contact2: 2,
  /** No history at all. */
  emptyContact: 3,
  /** The key account (bigContact works there). */
  account: 0,
  lead: 0,
  /** Its parent contact is contact2, which has cases. */
  leadWithContact: 1,
} as const;

/** Contacts with no history: the empty one plus a sprinkle. */
export function isQuiet(contactIndex: number): boolean {
  return contactIndex === POSITIONS.emptyContact || contactIndex % 19 === 11;
}
