// Fetching what a contact received, for the preview: a Sales email's body, a note's text, the exact
// copy of a real-time marketing email (msdynmkt_EmailRetrieveExactMessages, reference §3.5) or, when
// that is unavailable, the email template's content, labelled as such. The HTML is untrusted: the panel
// sanitises it and shows it in a sandboxed frame.
import type { DataverseClient, Row } from '../dataverse/client';
import { guidLiteral, str } from '../dataverse/query';
import { t } from '../i18n';
import type { PreviewRequest, PreviewResult } from '../messaging/protocol';
import { errorText } from '../timeline/error-text';

type Client = Pick<DataverseClient, 'getJson' | 'postJson'>;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function row(client: Client, path: string, signal?: AbortSignal): Promise<{ ok: true; row: Row } | { ok: false; message: string }> {
  const result = await client.getJson(path, { ...(signal ? { signal } : {}) });
  if (!result.ok) return { ok: false, message: errorText(result.error) };
  return result.value && typeof result.value === 'object'
    ? { ok: true, row: result.value as Row }
    : { ok: false, message: t('preview.noRecord') };
}

/** The exact copy of a real-time email, when the org keeps one (feature switch, one year). */
export async function exactCopy(client: Client, req: PreviewRequest, signal?: AbortSignal): Promise<string | null> {
  const m = req.marketing;
  if (!m?.assetId || !m.journeyId || !m.journeyRunId) return null;
  const key = `${req.record.id}_${m.journeyId}_${m.journeyRunId}_${m.assetId}`;
  const interactions = [
    {
      id: key,
      properties: { msdynmkt_journeyid: m.journeyId, msdynmkt_journeyrunid: m.journeyRunId, msdynmkt_messagetemplateid: m.assetId },
    },
  ];
  const result = await client.postJson(
    'msdynmkt_EmailRetrieveExactMessages',
    { ProfileId: req.record.id, MessageEntityName: 'msdynmkt_email', Interactions: JSON.stringify(interactions) },
    { ...(signal ? { signal } : {}) },
  );
  if (!result.ok) return null;
  const body = result.value as { ResultCode?: unknown; ApiResponseData?: unknown } | null;
  if (body?.ResultCode !== 200 || typeof body.ApiResponseData !== 'string') return null; // ResultCode ≠ 200 is a failure
  try {
    const data = JSON.parse(body.ApiResponseData) as {
      exactMessagesMap?: Record<string, { msdynmkt_emailbody?: unknown }>;
      interactionToMessageMap?: Record<string, string>;
    };
    const messageKey = data.interactionToMessageMap?.[key] ?? key;
    const html = data.exactMessagesMap?.[messageKey]?.msdynmkt_emailbody;
    return typeof html === 'string' && html ? html : null;
  } catch {
    return null;
  }
}

export async function loadPreview(client: Client, req: PreviewRequest, signal?: AbortSignal): Promise<PreviewResult> {
  const m = req.marketing;
  if (m?.channel === 'email' && m.assetId && GUID.test(m.assetId)) {
    if (m.origin === 'real-time') {
      const html = await exactCopy(client, req, signal);
      if (html) return { kind: 'html', html, label: t('preview.exactCopy') };
    }
    const outbound = m.origin === 'outbound';
    const table = outbound ? 'msdyncrm_marketingemails' : 'msdynmkt_emails';
    const prefix = outbound ? 'msdyncrm' : 'msdynmkt';
    const template = await row(client, `${table}(${guidLiteral(m.assetId)})?$select=${prefix}_emailbody,${prefix}_subject`, signal);
    if (!template.ok) return { kind: 'unavailable', message: template.message };
    const html = str(template.row, `${prefix}_emailbody`);
    const subject = str(template.row, `${prefix}_subject`);
    if (!html) return { kind: 'unavailable', message: t('preview.templateEmpty') };
    return {
      kind: 'html',
      html,
      label: t('preview.templateCopy'),
      ...(subject ? { subject } : {}),
    };
  }
  if (!m && req.kind === 'email' && GUID.test(req.id)) {
    const email = await row(client, `emails(${guidLiteral(req.id)})?$select=subject,description`, signal);
    if (!email.ok) return { kind: 'unavailable', message: email.message };
    const subject = str(email.row, 'subject');
    return { kind: 'html', html: str(email.row, 'description') ?? '', label: t('preview.emailBody'), ...(subject ? { subject } : {}) };
  }
  if (!m && req.kind === 'note' && GUID.test(req.id)) {
    const note = await row(client, `annotations(${guidLiteral(req.id)})?$select=subject,notetext`, signal);
    if (!note.ok) return { kind: 'unavailable', message: note.message };
    const subject = str(note.row, 'subject');
    return { kind: 'html', html: str(note.row, 'notetext') ?? '', label: t('preview.note'), ...(subject ? { subject } : {}) };
  }
  return { kind: 'unavailable', message: t('preview.none') };
}
