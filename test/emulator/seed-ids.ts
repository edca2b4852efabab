// Ids that tests, the demo and docs can rely on. They are what the generator produces for
// DEFAULT_SEED at the POSITIONS in generator/positions.ts (independent of `now`);
// test/unit/emulator/seed-ids.test.ts fails if they drift.

/** The "Sales Hub" model-driven app (main.aspx?appid=…). */
export const APP_ID = '5b8d3e8a-2c71-4f0e-9a4d-7c6e1f2b3a90';
export const APP_NAME = 'Sales Hub';
export const APP_UNIQUE_NAME = 'msdynce_saleshub';

export const KNOWN = {
  /** Karim Khalil: a typical contact with tens of items of every kind (e-mails in and out, calls, meetings, tasks incl. an overdue one, notes, posts, cases). */
  contact: '02964e67-a9d4-4422-acc6-573c7cc89a07',
  /** James Reynolds: a second typical contact like `contact`; parent contact of `leadWithContact`. */
  contact2: '9c53ef27-9ff6-467f-9850-36441df9f58a',
  /** Andrés López: the key-account buyer with more than 5,000 items. */
  bigContact: '9238dd21-70f7-4551-82d5-2deb2f3ad2d3',
  /** Ananya Reddy: no history at all (not even as a party). */
  emptyContact: '28bc736e-6162-48f5-82e4-d5a56560e6ec',
  /** Sabine Schäfer (Silverline Foods): a lead with tens of items. */
  lead: 'ce66827a-4343-46f5-8616-3247d22167dd',
  /** Hannah Harper (Litware, Inc.): a lead with items whose parent contact (`contact2`) has cases. */
  leadWithContact: 'd2d20acb-0790-467e-8d38-a505a42c9e2d',
  /** Bodega Los Olivos: the key account, where `bigContact` works. */
  account: 'b401ad67-d254-4e59-b584-e77f76a21be3',
} as const;

/** Display names of the KNOWN records, e.g. for quick-search tests. */
export const KNOWN_NAMES: Record<keyof typeof KNOWN, string> = {
  contact: 'Karim Khalil',
  contact2: 'James Reynolds',
  bigContact: 'Andrés López',
  emptyContact: 'Ananya Reddy',
  lead: 'Sabine Schäfer',
  leadWithContact: 'Hannah Harper',
  account: 'Bodega Los Olivos',
};
