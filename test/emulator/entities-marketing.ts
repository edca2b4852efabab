// Marketing tables of an org with Customer Insights – Journeys (real-time, `msdynmkt_`), event
// management (`msevtmgt_`) and the older outbound marketing (`msdyncrm_`): the assets the timeline
// names, the Dataverse-native records of form submissions, event registrations and check-ins, and
// (entities-interactions.ts) the interaction tables. Reference: dataverse.md §3.3–3.6.
// Every table is its own privilege (prvRead<logicalname>), as solution tables are; object type codes
// of solution tables differ per org (≥ 10000), so these are fixed made-up ones (10457 matches
// fixtures/error-missing-privilege-marketing.json).
import { attrs } from './entity-attrs.ts';
import { INTERACTION_DEFS } from './entities-interactions.ts';
import type { CollectionNav, EntityDef, SingleNav } from './model.ts';

const ACTIVE = { 0: 'Active', 1: 'Inactive' };

function table(
  logicalName: string,
  entitySetName: string,
  objectTypeCode: number,
  primaryName: string,
  spec: string,
  extra: {
    options?: Record<string, Record<number, string>>;
    singleNav?: Record<string, SingleNav>;
    collectionNav?: Record<string, CollectionNav>;
  } = {},
): EntityDef {
  return {
    logicalName,
    entitySetName,
    privilegeName: logicalName,
    objectTypeCode,
    primaryKey: `${logicalName}id`,
    primaryName,
    attributes: attrs(`${logicalName}id:guid ${spec}`, extra.options),
    singleNav: extra.singleNav ?? {},
    collectionNav: extra.collectionNav ?? {},
  };
}

/** A single-target lookup's navigation property, named like the lookup (as Dataverse does for most). */
function navs(pairs: Record<string, string>): Record<string, SingleNav> {
  return Object.fromEntries(Object.entries(pairs).map(([lookup, target]) => [lookup, { lookup, target }]));
}

/** Real-time journeys assets (the timeline's preview and asset names come from these). */
const REALTIME_ASSETS: EntityDef[] = [
  table(
    'msdynmkt_email',
    'msdynmkt_emails',
    10457,
    'msdynmkt_name',
    'msdynmkt_name:string msdynmkt_subject:string msdynmkt_fromname:string msdynmkt_fromemail:string msdynmkt_emailbody:memo ' +
      'statecode:choice createdon:datetime modifiedon:datetime',
    { options: { statecode: ACTIVE } },
  ),
  table('msdynmkt_sms', 'msdynmkt_smses', 10458, 'msdynmkt_name', 'msdynmkt_name:string msdynmkt_text:memo createdon:datetime'),
  table(
    'msdynmkt_pushnotification',
    'msdynmkt_pushnotifications',
    10459,
    'msdynmkt_name',
    'msdynmkt_name:string msdynmkt_title:string msdynmkt_body:memo createdon:datetime',
  ),
  table('msdynmkt_marketingform', 'msdynmkt_marketingforms', 10460, 'msdynmkt_name', 'msdynmkt_name:string createdon:datetime'),
  table('msdynmkt_journey', 'msdynmkt_journeys', 10461, 'msdynmkt_name', 'msdynmkt_name:string createdon:datetime'),
];

/** Event management (shared by real-time and outbound marketing). */
const EVENTS: EntityDef[] = [
  table(
    'msevtmgt_event',
    'msevtmgt_events',
    10300,
    'msevtmgt_name',
    'msevtmgt_name:string msevtmgt_eventstartdate:datetime msevtmgt_eventenddate:datetime msevtmgt_building:string createdon:datetime',
    // pk: the relationship name follows the publisher_prefix_entity_entity_lookup pattern.
    {
      collectionNav: {
        msevtmgt_msevtmgt_event_msevtmgt_eventregistration_EventId: { target: 'msevtmgt_eventregistration', lookup: 'msevtmgt_eventid' },
      },
    },
  ),
  table(
    'msevtmgt_eventregistration',
    'msevtmgt_eventregistrations',
    10301,
    'msevtmgt_name',
    'msevtmgt_name:string msevtmgt_contactid:lookup>contact msevtmgt_leadid:lookup>lead msevtmgt_eventid:lookup>msevtmgt_event ' +
      'statecode:choice statuscode:choice createdon:datetime modifiedon:datetime',
    {
      options: { statecode: ACTIVE, statuscode: { 1: 'Active', 2: 'Canceled' } },
      singleNav: navs({ msevtmgt_contactid: 'contact', msevtmgt_leadid: 'lead', msevtmgt_eventid: 'msevtmgt_event' }),
    },
  ),
  table(
    'msevtmgt_checkin',
    'msevtmgt_checkins',
    10302,
    'msevtmgt_name',
    'msevtmgt_name:string msevtmgt_contact:lookup>contact msevtmgt_event:lookup>msevtmgt_event ' +
      'msevtmgt_registration:lookup>msevtmgt_eventregistration createdon:datetime',
    {
      singleNav: navs({
        msevtmgt_contact: 'contact',
        msevtmgt_event: 'msevtmgt_event',
        msevtmgt_registration: 'msevtmgt_eventregistration',
      }),
    },
  ),
];

/** Real-time form submissions: one row per submitted form, with the values as JSON text. */
const SUBMISSIONS: EntityDef[] = [
  table(
    'msdynmkt_marketingformsubmission',
    'msdynmkt_marketingformsubmissions',
    10462,
    'msdynmkt_name',
    'msdynmkt_name:string msdynmkt_marketingformid:lookup>msdynmkt_marketingform msdynmkt_contactid:lookup>contact ' +
      'msdynmkt_leadid:lookup>lead msdynmkt_submittedvalues:memo createdon:datetime',
    { singleNav: navs({ msdynmkt_marketingformid: 'msdynmkt_marketingform', msdynmkt_contactid: 'contact', msdynmkt_leadid: 'lead' }) },
  ),
];

/** Outbound marketing assets (older orgs; interactions come from msdyncrm_LoadInteractionsPublic). */
const OUTBOUND_ASSETS: EntityDef[] = [
  table(
    'msdyncrm_marketingemail',
    'msdyncrm_marketingemails',
    10200,
    'msdyncrm_name',
    'msdyncrm_name:string msdyncrm_subject:string msdyncrm_emailbody:memo',
  ),
  table('msdyncrm_marketingform', 'msdyncrm_marketingforms', 10201, 'msdyncrm_name', 'msdyncrm_name:string'),
  table('msdyncrm_website', 'msdyncrm_websites', 10202, 'msdyncrm_name', 'msdyncrm_name:string msdyncrm_url:string'),
];

export const MARKETING_ENTITY_DEFS: EntityDef[] = [...REALTIME_ASSETS, ...EVENTS, ...SUBMISSIONS, ...OUTBOUND_ASSETS, ...INTERACTION_DEFS];

/** Logical names of the marketing tables, e.g. for privilege lists. */
export const MARKETING_TABLES: string[] = MARKETING_ENTITY_DEFS.map((d) => d.logicalName);
