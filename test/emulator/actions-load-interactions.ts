// msdyncrm_LoadInteractionsPublic: the deprecated outbound marketing action that returns one
// contact's interactions of one type (reference dataverse.md §3.3, fixtures/
// msdyncrm-loadinteractionspublic-response.json). `Data` is the JSON array as a string;
// `NextSkipToken` pages on. Rows come from store-outbound.ts, newest first.
import type { ApiRequest } from './api-types.ts';
import { GUID_RE } from './ids.ts';
import type { Row, Store } from './model.ts';
import { ODataError } from './odata/errors.ts';
import { checkRead } from './privileges.ts';
import { outboundInteractionsOf } from './store-outbound.ts';

/** The valid InteractionType values the documentation lists. */
export const OUTBOUND_INTERACTION_TYPES = [
  'ActivityContactBlocked',
  'ActivityContactDispatched',
  'ActivityContactProcessingFailed',
  'CreateCrmActivityContactProcessed',
  'CreateCustomChannelActivityContactProcessed',
  'CustomChannelResponse',
  'CustomerJourneyContactRecordUpdated',
  'EmailBlockBounced',
  'EmailBlocked',
  'EmailClicked',
  'EmailContainsBlockListedLinks',
  'EmailDelivered',
  'EmailFeedbackLoop',
  'EmailForwarded',
  'EmailHardBounced',
  'EmailOpened',
  'EmailSendingFailed',
  'EmailSent',
  'EmailSoftBounced',
  'EmailSubscriptionSubmit',
  'EventCheckIn',
  'EventRegistration',
  'FormSubmitted',
  'FormVisited',
  'InvalidRecipientAddress',
  'InvalidSenderAddress',
  'LeadScoreBoost',
  'OutOfEmailCredits',
  'PassThroughActivityContactProcessed',
  'RedirectLinkClicked',
  'SchedulerActivityContactProcessed',
  'SegmentRelationshipEdited',
  'SegmentSubscribed',
  'SegmentUnsubscribed',
  'SplitterActivityContactProcessed',
  'SurveyResponse',
  'TriggerActivityContactProcessed',
  'TriggerCrmWorkflowActivityContactProcessed',
  'WebsiteClicked',
  'WebsiteVisited',
];

const PARAMETERS = ['InteractionType', 'ContactId', 'DateFrom', 'DateTo', 'Top', 'SkipToken'];
const DEFAULT_TOP = 100;
/** pk: the real upper bound is undocumented; larger values are served as this many. */
const MAX_TOP = 1000;
const DAY = 86_400_000;

/** 0x80040203 InvalidArgument: the platform's 400 for a bad parameter value. */
function invalid(message: string): ODataError {
  return new ODataError(400, '0x80040203', message);
}

function stringParam(params: Record<string, unknown>, name: string): string | undefined {
  const v = params[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalid(`The parameter '${name}' must be an Edm.String.`);
  return v;
}

/** MM-DD-YYYY → start of that UTC day (ms). */
function parseDay(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text.trim());
  const t = m ? Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) : NaN;
  if (!m || Number.isNaN(t) || new Date(t).getUTCDate() !== Number(m[2]))
    throw invalid(`The parameter '${name}' must be a date in the format MM-DD-YYYY, got '${text}'.`);
  return t;
}

interface Query {
  type: string;
  contact: string;
  from?: number;
  to?: number;
}

/** The skip token names the query it belongs to, so a token from another query is refused. */
function encodeToken(q: Query, offset: number): string {
  return Buffer.from(JSON.stringify({ ...q, offset }), 'utf8').toString('base64url');
}

function decodeToken(token: string, q: Query): number {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Query & { offset: number };
    if (t.type === q.type && t.contact === q.contact && t.from === q.from && t.to === q.to && Number.isInteger(t.offset) && t.offset >= 0)
      return t.offset;
  } catch {
    // falls through to the 400
  }
  throw invalid('The SkipToken is not valid for this request.');
}

export function loadInteractionsPublic(store: Store, req: ApiRequest, params: Record<string, unknown>): Record<string, unknown> {
  checkRead(req.user, store, ['msdyncrm_marketingemail']);
  for (const key of Object.keys(params)) {
    if (!key.includes('@') && !PARAMETERS.includes(key))
      throw new ODataError(
        400,
        '0x80060888',
        `The parameter '${key}' in the request payload is not a valid parameter for the operation 'msdyncrm_LoadInteractionsPublic'.`,
      );
  }
  const type = stringParam(params, 'InteractionType');
  const contact = stringParam(params, 'ContactId');
  if (!contact) throw invalid('ContactId is required.');
  if (!GUID_RE.test(contact.replace(/[{}]/g, ''))) throw invalid(`ContactId '${contact}' is not a valid Guid.`);
  if (!type) throw invalid('InteractionType is required.');
  if (!OUTBOUND_INTERACTION_TYPES.includes(type)) throw invalid(`'${type}' is not a valid InteractionType.`);
  const from = parseDay('DateFrom', stringParam(params, 'DateFrom'));
  const to = parseDay('DateTo', stringParam(params, 'DateTo'));
  const topParam = params.Top ?? DEFAULT_TOP;
  if (typeof topParam !== 'number' || !Number.isInteger(topParam) || topParam < 1)
    throw invalid(`The parameter 'Top' must be a positive Edm.Int32, got '${String(topParam)}'.`);
  const top = Math.min(topParam, MAX_TOP);

  const q: Query = { type, contact: contact.toLowerCase().replace(/[{}]/g, ''), from, to };
  const skipToken = stringParam(params, 'SkipToken');
  const offset = skipToken ? decodeToken(skipToken, q) : 0;

  // DateTo is inclusive: the whole of that day counts.
  const inRange = (r: Row) => {
    const t = Date.parse(String(r.Timestamp));
    return (from === undefined || t >= from) && (to === undefined || t < to + DAY);
  };
  const matched = outboundInteractionsOf(store, q.contact)
    .filter((r) => r.InteractionType === type && inRange(r))
    .sort(
      (a, b) => String(b.Timestamp).localeCompare(String(a.Timestamp)) || String(a.InteractionId).localeCompare(String(b.InteractionId)),
    );
  const page = matched.slice(offset, offset + top);
  const next = offset + top < matched.length ? encodeToken(q, offset + top) : null;
  return { Data: JSON.stringify(page), NextSkipToken: next };
}
