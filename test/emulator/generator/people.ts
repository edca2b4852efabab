// Users, solutions, accounts, contacts and leads. Ids come from their own streams, so the KNOWN
// ids depend on the seed only, not on how much history the generator writes.
import { insertRow } from '../store.ts';
import { BUSINESS_UNIT_ID, USERS, type EmulatedUser } from '../users.ts';
import { userRef } from './activities.ts';
import { COMPANIES } from './companies.ts';
import { DAY, HISTORY, iso, lookup, type AccountInfo, type Gen, type Person } from './context.ts';
import { seedMarketingSolutions } from './marketing-solutions.ts';
import { asciiSlug, CULTURES } from './names.ts';
import { isQuiet, POSITIONS } from './positions.ts';
import { stream, type Rng } from './prng.ts';
import { fill, JOB_TITLES, LEAD_TOPICS, PRODUCTS } from './texts.ts';
import type { Store } from '../model.ts';

export const ACCOUNT_COUNT = 40;
export const CONTACT_COUNT = 200;
export const LEAD_COUNT = 60;

export interface BaselineOptions {
  /** For the install dates of the marketing solutions. */
  now?: Date;
  /** DynamicsMKT_Timeline's version (`--marketing-version`). */
  marketingVersion?: string;
}

/**
 * systemuser rows for the four users, the solutions, and the business unit when the table exists.
 * The marketing solutions come with the marketing tables: a store made without them (`--no-marketing`)
 * is an org without marketing.
 */
export function seedBaseline(store: Store, opts: BaselineOptions = {}): void {
  if (store.defs.has('businessunit')) insertRow(store, 'businessunit', { businessunitid: BUSINESS_UNIT_ID, name: 'Contoso' });
  for (const user of Object.values(USERS)) {
    insertRow(store, 'systemuser', {
      systemuserid: user.systemuserid,
      fullname: user.fullname,
      internalemailaddress: user.email,
      domainname: user.email,
      ...lookup('businessunitid', { entity: 'businessunit', id: BUSINESS_UNIT_ID }),
      isdisabled: false,
    });
  }
  const solutions = [
    {
      solutionid: 'b1a0e2c4-5d6f-4a7b-8c9d-0e1f2a3b4c01',
      uniquename: 'msdynce_Sales',
      friendlyname: 'Dynamics 365 Sales',
      version: '9.2.24121.1004',
      installedon: '2024-03-18T09:12:44Z',
      ismanaged: true,
    },
    {
      solutionid: 'b1a0e2c4-5d6f-4a7b-8c9d-0e1f2a3b4c02',
      uniquename: 'msdynce_Service',
      friendlyname: 'Dynamics 365 Customer Service',
      version: '9.2.24121.1004',
      installedon: '2024-03-18T09:31:02Z',
      ismanaged: true,
    },
  ];
  for (const s of solutions) insertRow(store, 'solution', s);
  if (store.defs.has('msdynmkt_email')) seedMarketingSolutions(store, opts.now ?? new Date(), opts.marketingVersion);
}

function pickOwner(rng: Rng): EmulatedUser {
  return USERS[rng.weighted({ sales: 50, admin: 25, marketer: 15, service: 10 })];
}

function digits(rng: Rng, pattern: string): string {
  return pattern.replace(/#/g, () => String(rng.int(0, 9)));
}

function mobile(rng: Rng, landline: string): string {
  const cc = landline.split(' ')[0] ?? '+1';
  return digits(rng, `${cc} 7## ### ####`);
}

export interface People {
  accounts: AccountInfo[];
  contacts: Person[];
  leads: Person[];
}

export function buildPeople(gen: Gen): People {
  const rng = stream(gen.seed, 'people');
  const accountIds = stream(gen.seed, 'account-ids');
  const contactIds = stream(gen.seed, 'contact-ids');
  const leadIds = stream(gen.seed, 'lead-ids');
  const usedEmails = new Set<string>();
  const uniqueEmail = (local: string, domain: string) => {
    let email = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
    usedEmails.add(email);
    return email;
  };
  const companies = rng.shuffle(COMPANIES).slice(0, ACCOUNT_COUNT);
  const accounts: AccountInfo[] = companies.map((c) => ({
    id: accountIds.guid(),
    name: c.name,
    domain: c.domain,
    city: c.city,
    street: c.street,
    phone: digits(rng, c.phone),
    owner: pickOwner(rng),
    contacts: [],
  }));
  // The key account belongs to the salesperson, like its buyer below.
  const keyAccount = accounts[POSITIONS.account];
  if (keyAccount) keyAccount.owner = USERS.sales;

  const contacts: Person[] = [];
  for (let i = 0; i < CONTACT_COUNT; i++) {
    const id = contactIds.guid();
    // The first contacts cover every account once; the rest spread out, a few work alone.
    const account = i < accounts.length ? accounts[i] : rng.chance(0.93) ? rng.pick(accounts) : undefined;
    const company = account ? COMPANIES.find((c) => c.name === account.name) : undefined;
    const culture =
      company && rng.chance(0.65) ? (CULTURES.find((c) => c.id === company.culture) ?? rng.pick(CULTURES)) : rng.pick(CULTURES);
    const first = rng.pick(culture.first);
    const last = rng.pick(culture.last);
    const domain = account?.domain ?? rng.pick(['outlook.com', 'gmail.com', 'proton.me', 'yahoo.co.uk']);
    const phone = account ? digits(rng, company?.phone ?? '+1 425 555 ####') : digits(rng, '+1 555 ### ####');
    const recent = i > 3 && rng.chance(0.1);
    const person: Person = {
      entity: 'contact',
      id,
      first,
      last,
      fullname: `${first} ${last}`,
      email: uniqueEmail(`${asciiSlug(first)}.${asciiSlug(last)}`, domain),
      phone,
      jobtitle: rng.pick(JOB_TITLES),
      owner: account && rng.chance(0.8) ? account.owner : pickOwner(rng),
      ...(account ? { account } : {}),
      company: account?.name ?? '',
      city: account?.city ?? rng.pick(['Seattle', 'London', 'Berlin', 'Toronto', 'Madrid']),
      createdon: gen.now - (recent ? rng.int(30, 300) : 730 - rng.int(1, 40)) * DAY,
      ...(isQuiet(i) ? { quiet: true } : {}),
    };
    if (i === POSITIONS.bigContact) Object.assign(person, { jobtitle: 'Head of Procurement', owner: USERS.sales });
    account?.contacts.push(person);
    contacts.push(person);
    insertRow(gen.store, 'contact', {
      contactid: id,
      firstname: first,
      lastname: last,
      fullname: person.fullname,
      emailaddress1: person.email,
      telephone1: phone,
      mobilephone: rng.chance(0.6) ? mobile(rng, phone) : null,
      jobtitle: person.jobtitle,
      ...(account ? lookup('parentcustomerid', { entity: 'account', id: account.id }) : { _parentcustomerid_value: null }),
      ...lookup('ownerid', userRef(person.owner)),
      statecode: i > 3 && rng.chance(0.03) ? 1 : 0,
      createdon: iso(person.createdon),
      modifiedon: iso(person.createdon + rng.int(0, 20) * DAY),
      address1_city: person.city,
    });
  }

  for (const a of accounts) {
    const created = Math.min(...a.contacts.map((c) => c.createdon), gen.now - 400 * DAY) - rng.int(0, 5) * DAY;
    insertRow(gen.store, 'account', {
      accountid: a.id,
      name: a.name,
      telephone1: a.phone,
      websiteurl: `https://www.${a.domain}`,
      address1_city: a.city,
      ...lookup('primarycontactid', a.contacts[0] ? { entity: 'contact', id: a.contacts[0].id } : undefined),
      ...lookup('ownerid', userRef(a.owner)),
      createdon: iso(Math.max(created, gen.now - HISTORY)),
      modifiedon: iso(gen.now - rng.int(1, 90) * DAY),
    });
  }

  const leads = buildLeads(gen, rng, leadIds, contacts, uniqueEmail);
  return { accounts, contacts, leads };
}

const PROSPECT_A = [
  'Bright',
  'Summit',
  'Harbor',
  'Cedar',
  'Atlas',
  'Pioneer',
  'Lakeside',
  'Silverline',
  'Redwood',
  'Evergreen',
  'Northstar',
  'Bluewater',
  'Granite',
  'Meridian',
];
const PROSPECT_B = [
  'Logistics',
  'Dental Clinic',
  'Architects',
  'Engineering',
  'Foods',
  'Legal LLP',
  'Consulting',
  'Schools Trust',
  'Health',
  'Manufacturing',
  'Hotels',
  'Media',
];

/** The leadWithContact position links to contact2; others link to a contact at random. */
function buildLeads(gen: Gen, rng: Rng, ids: Rng, contacts: Person[], uniqueEmail: (l: string, d: string) => string): Person[] {
  const leads: Person[] = [];
  for (let i = 0; i < LEAD_COUNT; i++) {
    const id = ids.guid();
    const withContact = i === POSITIONS.leadWithContact || (i > 1 && rng.chance(0.3));
    const parent =
      i === POSITIONS.leadWithContact
        ? contacts[POSITIONS.contact2]
        : withContact
          ? rng.pick(contacts.filter((c) => c.account))
          : undefined;
    const culture = rng.pick(CULTURES);
    const first = parent && rng.chance(0.5) ? parent.first : rng.pick(culture.first);
    const last = parent && first === parent.first ? parent.last : rng.pick(culture.last);
    const company = parent?.company ?? `${rng.pick(PROSPECT_A)} ${rng.pick(PROSPECT_B)}`;
    const domain = parent?.account?.domain ?? `${asciiSlug(company)}.com`;
    const age = i < 2 ? rng.int(200, 400) : rng.int(5, 700);
    const roll = rng.next();
    const [statecode, statuscode] = roll < 0.45 ? [0, 1] : roll < 0.75 ? [0, 2] : roll < 0.9 ? [1, 3] : [2, 4];
    const person: Person = {
      entity: 'lead',
      id,
      first,
      last,
      fullname: `${first} ${last}`,
      email: uniqueEmail(`${asciiSlug(first)}.${asciiSlug(last)}`, domain),
      phone: parent?.phone ?? digits(rng, '+1 ### 555 ####'),
      jobtitle: rng.pick(JOB_TITLES),
      owner: rng.chance(0.7) ? USERS.sales : pickOwner(rng),
      company,
      city: parent?.city ?? rng.pick(['Denver', 'Leeds', 'Hamburg', 'Lyon', 'Osaka', 'Melbourne', 'Chennai', 'Calgary']),
      createdon: gen.now - age * DAY,
    };
    leads.push(person);
    insertRow(gen.store, 'lead', {
      leadid: id,
      firstname: first,
      lastname: last,
      fullname: person.fullname,
      subject: fill(rng.pick(LEAD_TOPICS), {
        n: rng.pick([10, 25, 50, 80, 120, 300]),
        product: rng.pick(PRODUCTS),
        quarter: rng.int(1, 4),
      }),
      companyname: company,
      emailaddress1: person.email,
      telephone1: person.phone,
      jobtitle: person.jobtitle,
      address1_city: person.city,
      ...(parent ? lookup('parentcontactid', { entity: 'contact', id: parent.id }) : { _parentcontactid_value: null }),
      ...(parent?.account ? lookup('parentaccountid', { entity: 'account', id: parent.account.id }) : { _parentaccountid_value: null }),
      ...lookup('ownerid', userRef(person.owner)),
      statecode,
      statuscode,
      createdon: iso(person.createdon),
      modifiedon: iso(person.createdon + Math.floor(age / 2) * DAY),
    });
  }
  return leads;
}
