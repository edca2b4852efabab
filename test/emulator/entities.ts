// Table metadata of the emulated org: the subset of Dataverse that a timeline reads.
// Names follow the Web API (entity set names, `_x_value` lookups, navigation properties).
import { attrs } from './entity-attrs.ts';
import { MARKETING_ENTITY_DEFS } from './entities-marketing.ts';
import type { CollectionNav, EntityDef, SingleNav } from './model.ts';

const STATE_ACTIVITY = { 0: 'Open', 1: 'Completed', 2: 'Canceled', 3: 'Scheduled' };
const STATUS_ACTIVITY = {
  1: 'Open',
  2: 'Not Started',
  3: 'In Progress',
  4: 'Waiting on someone else',
  5: 'Completed',
  6: 'Canceled',
  7: 'Deferred',
};
const PRIORITY = { 0: 'Low', 1: 'Normal', 2: 'High' };
const DIRECTION = { 0: 'Incoming', 1: 'Outgoing' };
const PARTY_ROLES = {
  1: 'Sender',
  2: 'To Recipient',
  3: 'CC Recipient',
  4: 'BCC Recipient',
  5: 'Required attendee',
  6: 'Optional attendee',
  7: 'Organizer',
  8: 'Regarding',
  9: 'Owner',
  10: 'Resource',
  11: 'Customer',
  12: 'Chat Participant',
};

const ACTIVITY_COMMON =
  'activityid:guid activitytypecode:entityname subject:string description:memo statecode:choice statuscode:choice ' +
  'prioritycode:choice scheduledstart:datetime scheduledend:datetime actualstart:datetime actualend:datetime ' +
  'actualdurationminutes:int createdon:datetime modifiedon:datetime sortdate:datetime ' +
  'regardingobjectid:lookup>contact|lead|account|incident ownerid:lookup>systemuser isregularactivity:bool instancetypecode:int';
const ACTIVITY_OPTIONS = { statecode: STATE_ACTIVITY, statuscode: STATUS_ACTIVITY, prioritycode: PRIORITY, directioncode: DIRECTION };

const REGARDING_NAV: Record<string, SingleNav> = {
  regardingobjectid_contact: { lookup: 'regardingobjectid', target: 'contact' },
  regardingobjectid_lead: { lookup: 'regardingobjectid', target: 'lead' },
  regardingobjectid_account: { lookup: 'regardingobjectid', target: 'account' },
  regardingobjectid_incident: { lookup: 'regardingobjectid', target: 'incident' },
  ownerid: { lookup: 'ownerid', target: 'systemuser' },
};

function activity(logicalName: string, entitySetName: string, otc: number, extra: string): EntityDef {
  return {
    logicalName,
    entitySetName,
    privilegeName: 'Activity',
    objectTypeCode: otc,
    primaryKey: 'activityid',
    primaryName: 'subject',
    attributes: attrs(`${ACTIVITY_COMMON} ${extra}`.trim(), ACTIVITY_OPTIONS),
    singleNav: { ...REGARDING_NAV },
    collectionNav: { [`${logicalName}_activity_parties`]: { target: 'activityparty', lookup: 'activityid' } },
    isActivity: logicalName !== 'activitypointer',
  };
}

function regardingCollections(prefix: string): Record<string, CollectionNav> {
  return {
    [`${prefix}_ActivityPointers`]: { target: 'activitypointer', lookup: 'regardingobjectid' },
    [`${prefix}_Annotation`]: { target: 'annotation', lookup: 'objectid' },
  };
}

/** The Sales and Service tables: every org has them, with or without marketing. */
export const CORE_ENTITY_DEFS: EntityDef[] = [
  {
    logicalName: 'contact',
    entitySetName: 'contacts',
    privilegeName: 'Contact',
    objectTypeCode: 2,
    primaryKey: 'contactid',
    primaryName: 'fullname',
    attributes: attrs(
      'contactid:guid fullname:string firstname:string lastname:string emailaddress1:string telephone1:string ' +
        'mobilephone:string jobtitle:string parentcustomerid:lookup>account|contact ownerid:lookup>systemuser ' +
        'statecode:choice createdon:datetime modifiedon:datetime address1_city:string',
      { statecode: { 0: 'Active', 1: 'Inactive' } },
    ),
    singleNav: {
      parentcustomerid_account: { lookup: 'parentcustomerid', target: 'account' },
      ownerid: { lookup: 'ownerid', target: 'systemuser' },
    },
    collectionNav: {
      ...regardingCollections('Contact'),
      contact_activity_parties: { target: 'activityparty', lookup: 'partyid' },
      incident_customer_contacts: { target: 'incident', lookup: 'customerid' },
      contact_PostRegardings: { target: 'post', lookup: 'regardingobjectid' },
    },
  },
  {
    logicalName: 'lead',
    entitySetName: 'leads',
    privilegeName: 'Lead',
    objectTypeCode: 4,
    primaryKey: 'leadid',
    primaryName: 'fullname',
    attributes: attrs(
      'leadid:guid fullname:string firstname:string lastname:string subject:string companyname:string emailaddress1:string ' +
        'telephone1:string mobilephone:string jobtitle:string address1_city:string parentcontactid:lookup>contact parentaccountid:lookup>account ownerid:lookup>systemuser ' +
        'statecode:choice statuscode:choice createdon:datetime modifiedon:datetime',
      { statecode: { 0: 'Open', 1: 'Qualified', 2: 'Disqualified' }, statuscode: { 1: 'New', 2: 'Contacted', 3: 'Qualified', 4: 'Lost' } },
    ),
    singleNav: { parentcontactid: { lookup: 'parentcontactid', target: 'contact' }, ownerid: { lookup: 'ownerid', target: 'systemuser' } },
    collectionNav: {
      ...regardingCollections('Lead'),
      lead_activity_parties: { target: 'activityparty', lookup: 'partyid' },
      lead_PostRegardings: { target: 'post', lookup: 'regardingobjectid' },
    },
  },
  {
    logicalName: 'account',
    entitySetName: 'accounts',
    privilegeName: 'Account',
    objectTypeCode: 1,
    primaryKey: 'accountid',
    primaryName: 'name',
    attributes: attrs(
      'accountid:guid name:string telephone1:string websiteurl:string address1_city:string primarycontactid:lookup>contact ownerid:lookup>systemuser createdon:datetime modifiedon:datetime ' +
        'revenue:money customertypecode:choice transactioncurrencyid:lookup>transactioncurrency',
      {
        customertypecode: {
          1: 'Competitor',
          2: 'Consultant',
          3: 'Customer',
          4: 'Investor',
          5: 'Partner',
          6: 'Influencer',
          7: 'Press',
          8: 'Prospect',
          9: 'Reseller',
          10: 'Supplier',
          11: 'Vendor',
          12: 'Other',
        },
      },
    ),
    singleNav: {
      primarycontactid: { lookup: 'primarycontactid', target: 'contact' },
      ownerid: { lookup: 'ownerid', target: 'systemuser' },
    },
    collectionNav: { ...regardingCollections('Account'), contact_customer_accounts: { target: 'contact', lookup: 'parentcustomerid' } },
  },
  {
    logicalName: 'systemuser',
    entitySetName: 'systemusers',
    privilegeName: 'User',
    objectTypeCode: 8,
    primaryKey: 'systemuserid',
    primaryName: 'fullname',
    attributes: attrs(
      'systemuserid:guid fullname:string internalemailaddress:string domainname:string businessunitid:lookup>businessunit isdisabled:bool',
    ),
    singleNav: {},
    collectionNav: {},
  },
  activity('activitypointer', 'activitypointers', 4200, ''),
  activity('email', 'emails', 4202, 'directioncode:bool sender:string torecipients:string senton:datetime lastopenedtime:datetime'),
  activity('phonecall', 'phonecalls', 4210, 'directioncode:bool phonenumber:string'),
  activity('appointment', 'appointments', 4201, 'location:string scheduleddurationminutes:int'),
  activity('task', 'tasks', 4212, 'percentcomplete:int'),
  activity('letter', 'letters', 4207, 'directioncode:bool address:string'),
  activity('fax', 'faxes', 4204, 'directioncode:bool faxnumber:string numberofpages:int'),
  {
    logicalName: 'activityparty',
    entitySetName: 'activityparties',
    privilegeName: 'Activity',
    objectTypeCode: 135,
    primaryKey: 'activitypartyid',
    primaryName: 'addressused',
    attributes: attrs(
      'activitypartyid:guid activityid:lookup>activitypointer partyid:lookup>contact|lead|account|systemuser ' +
        'participationtypemask:choice addressused:string ispartydeleted:bool',
      { participationtypemask: PARTY_ROLES },
    ),
    singleNav: {
      activityid_activitypointer: { lookup: 'activityid', target: 'activitypointer' },
      partyid_contact: { lookup: 'partyid', target: 'contact' },
      partyid_lead: { lookup: 'partyid', target: 'lead' },
      partyid_account: { lookup: 'partyid', target: 'account' },
      partyid_systemuser: { lookup: 'partyid', target: 'systemuser' },
    },
    collectionNav: {},
  },
  {
    logicalName: 'annotation',
    entitySetName: 'annotations',
    privilegeName: 'Note',
    objectTypeCode: 5,
    primaryKey: 'annotationid',
    primaryName: 'subject',
    attributes: attrs(
      'annotationid:guid subject:string notetext:memo filename:string mimetype:string filesize:int isdocument:bool ' +
        'objectid:lookup>contact|lead|account|incident objecttypecode:entityname createdon:datetime modifiedon:datetime ' +
        'createdby:lookup>systemuser ownerid:lookup>systemuser',
    ),
    singleNav: {
      objectid_contact: { lookup: 'objectid', target: 'contact' },
      objectid_lead: { lookup: 'objectid', target: 'lead' },
      objectid_incident: { lookup: 'objectid', target: 'incident' },
    },
    collectionNav: {},
  },
  {
    logicalName: 'post',
    entitySetName: 'posts',
    privilegeName: 'Post',
    objectTypeCode: 8000,
    primaryKey: 'postid',
    primaryName: 'text',
    attributes: attrs(
      'postid:guid text:memo source:choice type:choice regardingobjectid:lookup>contact|lead|account|incident ' +
        'createdon:datetime modifiedon:datetime createdby:lookup>systemuser',
      {
        source: { 1: 'Auto Post', 2: 'Manual Post' },
        type: { 1: 'Check-in', 2: 'Idea', 3: 'News', 4: 'Private Message', 5: 'Question', 6: 'Re-post', 7: 'Status' },
      },
    ),
    singleNav: { regardingobjectid_contact: { lookup: 'regardingobjectid', target: 'contact' } },
    collectionNav: {},
  },
  {
    logicalName: 'incident',
    entitySetName: 'incidents',
    privilegeName: 'Incident',
    objectTypeCode: 112,
    primaryKey: 'incidentid',
    primaryName: 'title',
    attributes: attrs(
      'incidentid:guid title:string ticketnumber:string description:memo statecode:choice statuscode:choice prioritycode:choice ' +
        'caseorigincode:choice customerid:lookup>contact|account primarycontactid:lookup>contact ownerid:lookup>systemuser ' +
        'createdon:datetime modifiedon:datetime',
      {
        statecode: { 0: 'Active', 1: 'Resolved', 2: 'Canceled' },
        statuscode: { 1: 'In Progress', 2: 'On Hold', 3: 'Waiting for Details', 4: 'Researching', 5: 'Problem Solved', 6: 'Cancelled' },
        prioritycode: { 1: 'High', 2: 'Normal', 3: 'Low' },
        caseorigincode: { 1: 'Phone', 2: 'Email', 3: 'Web', 2483: 'Facebook', 3986: 'Twitter' },
      },
    ),
    singleNav: {
      customerid_contact: { lookup: 'customerid', target: 'contact' },
      customerid_account: { lookup: 'customerid', target: 'account' },
      primarycontactid: { lookup: 'primarycontactid', target: 'contact' },
    },
    collectionNav: { ...regardingCollections('Incident') },
  },
  {
    logicalName: 'solution',
    entitySetName: 'solutions',
    privilegeName: 'Solution',
    objectTypeCode: 7100,
    primaryKey: 'solutionid',
    primaryName: 'friendlyname',
    attributes: attrs('solutionid:guid uniquename:string friendlyname:string version:string installedon:datetime ismanaged:bool'),
    singleNav: {},
    collectionNav: {},
  },
];

/** The whole emulated org: core tables plus the marketing ones (`--no-marketing` leaves those out). */
export const ENTITY_DEFS: EntityDef[] = [...CORE_ENTITY_DEFS, ...MARKETING_ENTITY_DEFS];

/** Activity type logical names that appear in activitypointers. */
export const ACTIVITY_TYPES = ENTITY_DEFS.filter((d) => d.isActivity).map((d) => d.logicalName);
