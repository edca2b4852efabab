// Word lists for records that are not e-mails: titles, topics, call notes, tasks, notes, posts, cases.
// Templates use {key} placeholders filled by fill().

export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in vars ? String(vars[key]) : m));
}

export const JOB_TITLES = [
  'Purchasing Manager',
  'Head of Procurement',
  'IT Director',
  'Senior Buyer',
  'Operations Manager',
  'Office Manager',
  'Facilities Coordinator',
  'Chief Financial Officer',
  'VP Operations',
  'IT Administrator',
  'Category Manager',
  'Logistics Lead',
  'Project Manager',
  'Finance Controller',
  'Head of IT Infrastructure',
  'Managing Director',
  'Service Desk Manager',
  'Workplace Services Lead',
  'Supply Chain Analyst',
  'Chief Technology Officer',
];

export const PRODUCTS = [
  'laptops',
  'docking stations',
  'conference room displays',
  'rugged tablets',
  'managed support seats',
  'cloud backup licences',
  'barcode scanners',
  'thin clients',
  'headsets',
  'mobile device licences',
];

export const LEAD_TOPICS = [
  'Interested in {n} {product}',
  'Quote request: {n} {product}',
  'Replacing {n} {product} before Q{quarter}',
  'Pilot for {product}',
  'Needs {n} {product} for new office',
  'Asked about leasing {product}',
  'Renewal of {n} {product}',
  'Webinar follow-up: {product}',
  'Trade show contact – {product}',
];

export const CALL_SUBJECTS = [
  'Follow-up call about the quote',
  'Discussed delivery dates',
  'Pricing questions for {product}',
  'Check-in call',
  'Call about the renewal',
  'Returned voicemail',
  'Clarified invoice {invoice}',
  'Introductory call',
  'Call re: rollout planning',
  'Asked for references',
  'Support escalation call',
  'Quarterly business review prep',
  'Left voicemail',
];

export const CALL_NOTES = [
  '{first} confirmed the budget is approved for Q{quarter}. Wants the final quote by Friday.',
  'Talked through the rollout plan. {first} will loop in their IT lead for the next call.',
  'No answer, left a voicemail asking for a call back.',
  '{first} asked whether we can split the delivery into two batches. Checking with logistics.',
  'Walked through the pricing tiers. They are comparing us with two other vendors.',
  'Happy with the pilot so far; a few questions about warranty coverage.',
  'Agreed to schedule an on-site visit next month.',
];

export const MEETING_SUBJECTS = [
  'Quarterly business review',
  'Product demo: {product}',
  'Rollout kick-off',
  'Contract negotiation',
  'On-site visit at {company}',
  'Lunch with {first}',
  'Pilot review',
  'Renewal discussion',
  'Technical workshop',
  'Introduction meeting',
];

export const LOCATIONS = [
  'Microsoft Teams meeting',
  'Microsoft Teams meeting',
  '{company}, {city}',
  'Contoso HQ, Room 4.12',
  'Phone conference',
  'Café near {company}',
];

export const TASK_SUBJECTS = [
  'Send revised quote to {first}',
  'Prepare proposal for {company}',
  'Follow up on signed contract',
  'Book demo room',
  'Check stock for {n} {product}',
  'Update pricing sheet',
  'Confirm delivery address',
  'Chase open invoice {invoice}',
  'Send onboarding pack',
  'Schedule QBR with {first}',
  'Review case feedback',
];

/** Notes as [subject, text]. */
export const NOTES: readonly (readonly [string, string])[] = [
  ['Contact preferences', '<p>{first} prefers e-mail over phone. Best time to reach: mornings.</p>'],
  ['Buying process', '<p>Decision maker is the CFO; {first} prepares the shortlist.</p><p>Budget cycle starts in Q{quarter}.</p>'],
  ['Competitors', '<p>Currently using a competitor for {product}. Contract ends in {month}.</p>'],
  [
    'Meeting notes',
    '<p>Key points from the meeting:</p><ul><li>Needs {n} {product}</li><li>Delivery to {city}</li><li>Wants 36-month support</li></ul>',
  ],
  ['Main number', 'Spoke to reception: new main number for {company} is on their website.'],
  ['Call times', '<p>Asked us not to call on Fridays.</p>'],
  ['NDA', '<p>Signed NDA attached. Legal contact is in the CC of the last e-mail.</p>'],
  ['Budget', '<p>Budget for {product} approved: about {n}k for this year.</p>'],
];

export const ATTACHMENTS: readonly { name: string; mime: string }[] = [
  { name: 'Quote_{company}_{year}.pdf', mime: 'application/pdf' },
  { name: 'Signed_NDA.pdf', mime: 'application/pdf' },
  { name: 'Rollout plan v{n}.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { name: 'Site photo.jpg', mime: 'image/jpeg' },
  { name: 'Requirements.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
];

export const MANUAL_POSTS = [
  'Met {first} at the {city} trade show – they are evaluating three vendors for {product}.',
  'Heads-up: {company} is reorganising procurement, {first} may change roles.',
  '{first} liked the demo. Next step: pilot with {n} {product}.',
  'Reference call with {first} went well, happy to be a reference for other customers.',
  'Budget freeze at {company} until next quarter.',
];

export const CASE_TITLES = [
  'Laptop battery drains overnight',
  'Invoice shows wrong VAT rate',
  'Docking station not detecting monitors',
  'Delivery arrived damaged',
  'Cannot activate licences',
  'Request for replacement charger',
  'Display flickers after firmware update',
  'Wrong item shipped',
  'Password reset portal not working',
  'Barcode scanner drops Bluetooth connection',
  'Warranty extension question',
  'Headset microphone crackles',
];

export const CASE_DESCRIPTIONS = [
  'Customer reports the issue on {n} devices since last week.',
  'Reported by {first} by phone. Affects the {city} office.',
  'Happens intermittently; customer sent photos.',
  'Blocking the rollout of {product}; customer asks for a quick fix.',
];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
