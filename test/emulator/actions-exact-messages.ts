// msdynmkt_EmailRetrieveExactMessages: the exact copy of real-time journey e-mails a profile was
// sent (reference dataverse.md §3.5, fixtures/msdynmkt-emailretrieveexactmessages-response.json).
// Each requested id `<profileId>_<journeyId>_<journeyRunId>_<messageTemplateId>` that matches an
// EmailSent interaction of that profile maps to the template's HTML with the profile's name filled
// in; other ids are left out of both maps. Copies are kept for one year, as the docs say.
import type { ApiRequest } from './api-types.ts';
import { interactionTable } from './entities-interactions.ts';
import { GUID_RE } from './ids.ts';
import type { EntityDef, Row, Store } from './model.ts';
import { ODataError } from './odata/errors.ts';
import { rowById, rowsWhere } from './odata/indexes.ts';
import { privilegeDenied } from './privileges.ts';
import { userHasPrivilege } from './users.ts';

const PARAMETERS = ['ProfileId', 'MessageEntityName', 'Interactions'];
const RETENTION = 365 * 86_400_000;

/** Processes (workflow, OTC 4703): the table prvReadWorkflow belongs to, for the 403's text. */
const WORKFLOW: EntityDef = {
  logicalName: 'workflow',
  entitySetName: 'workflows',
  privilegeName: 'Workflow',
  objectTypeCode: 4703,
  primaryKey: 'workflowid',
  primaryName: 'name',
  attributes: [],
  singleNav: {},
  collectionNav: {},
};

function invalid(message: string): ODataError {
  return new ODataError(400, '0x80040203', message);
}

interface Requested {
  id: string;
  journeyId: string;
  runId: string;
  templateId: string;
}

function parseInteractions(text: unknown): Requested[] {
  if (typeof text !== 'string') throw invalid("The parameter 'Interactions' must be a JSON array serialised as a string.");
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    throw invalid("The parameter 'Interactions' is not valid JSON.");
  }
  if (!Array.isArray(list)) throw invalid("The parameter 'Interactions' must be a JSON array.");
  return list.map((item: unknown) => {
    const { id, properties } = (item ?? {}) as { id?: unknown; properties?: Record<string, unknown> };
    if (typeof id !== 'string' || !properties) throw invalid('Each interaction needs an id and properties.');
    return {
      id,
      journeyId: String(properties.msdynmkt_journeyid ?? '').toLowerCase(),
      runId: String(properties.msdynmkt_journeyrunid ?? '').toLowerCase(),
      templateId: String(properties.msdynmkt_messagetemplateid ?? '').toLowerCase(),
    };
  });
}

/** `{{contact.firstname}}`-style placeholders, filled from the contact or lead row. */
function personalise(html: string, profile: Row | undefined): string {
  return html.replace(/\{\{\s*(?:contact|lead)\.(\w+)\s*\}\}/g, (_, column: string) => {
    const value = profile?.[column.toLowerCase()];
    return typeof value === 'string' ? value : '';
  });
}

export function emailRetrieveExactMessages(
  store: Store,
  req: ApiRequest,
  params: Record<string, unknown>,
  now: Date,
): Record<string, unknown> {
  if (!userHasPrivilege(req.user, 'prvReadWorkflow')) throw privilegeDenied(req.user, store, WORKFLOW, 'prvReadWorkflow');
  for (const key of Object.keys(params)) {
    if (!key.includes('@') && !PARAMETERS.includes(key))
      throw new ODataError(
        400,
        '0x80060888',
        `The parameter '${key}' in the request payload is not a valid parameter for the operation 'msdynmkt_EmailRetrieveExactMessages'.`,
      );
  }
  const profileId = typeof params.ProfileId === 'string' ? params.ProfileId.toLowerCase().replace(/[{}]/g, '') : '';
  if (!GUID_RE.test(profileId)) throw invalid("The parameter 'ProfileId' must be the id of a contact or lead.");
  if (params.MessageEntityName !== 'msdynmkt_email') throw invalid("The parameter 'MessageEntityName' must be 'msdynmkt_email'.");
  const requested = parseInteractions(params.Interactions);

  const profile = rowById(store, 'contact', profileId) ?? rowById(store, 'lead', profileId);
  const sent = rowsWhere(store, interactionTable('EmailSent'), 'ProfileId', profileId, true);
  const exactMessagesMap: Record<string, unknown> = {};
  const interactionToMessageMap: Record<string, string> = {};
  for (const r of requested) {
    const hit = sent.find(
      (s) =>
        String(s.CustomerJourneyId).toLowerCase() === r.journeyId &&
        String(s.JourneyRunId).toLowerCase() === r.runId &&
        String(s.MessageId).toLowerCase() === r.templateId &&
        now.getTime() - Date.parse(String(s.Timestamp)) <= RETENTION,
    );
    const template = hit ? rowById(store, 'msdynmkt_email', r.templateId) : undefined;
    if (!template) continue;
    exactMessagesMap[r.id] = {
      msdynmkt_name: template.msdynmkt_name ?? null,
      msdynmkt_marketingemailid: template.msdynmkt_emailid ?? null,
      msdynmkt_fromname: template.msdynmkt_fromname ?? null,
      msdynmkt_fromemail: template.msdynmkt_fromemail ?? null,
      msdynmkt_emailbody: personalise(String(template.msdynmkt_emailbody ?? ''), profile),
    };
    interactionToMessageMap[r.id] = r.id;
  }
  return { ApiResponseData: JSON.stringify({ exactMessagesMap, interactionToMessageMap }), ResultCode: 200, Error: null };
}
