// Marketing events → one card per message, visit, form submission or registration, with the
// platform's known duplicate events counted once.
import { labelMap, t } from '../../i18n';
import type {
  Interaction,
  InteractionKind,
  MarketingAction,
  MarketingChannel,
  MarketingEvent,
  MarketingInfo,
  MarketingOrigin,
} from '../../timeline/model';
import { MARKETING_ACTIONS } from '../../timeline/model';
import type { RawEvent } from './events';

export interface AssetNames {
  /** Asset id → name, subject and text, per table. */
  lookup(table: string, id: string): { name?: string; subject?: string; title?: string; text?: string } | undefined;
  journey(id: string): string | undefined;
}

const ASSET_TABLE: Record<string, Record<MarketingOrigin, string>> = {
  email: { 'real-time': 'msdynmkt_email', outbound: 'msdyncrm_marketingemail', dataverse: 'msdynmkt_email' },
  sms: { 'real-time': 'msdynmkt_sms', outbound: 'msdynmkt_sms', dataverse: 'msdynmkt_sms' },
  push: { 'real-time': 'msdynmkt_pushnotification', outbound: 'msdynmkt_pushnotification', dataverse: 'msdynmkt_pushnotification' },
  form: { 'real-time': 'msdynmkt_marketingform', outbound: 'msdyncrm_marketingform', dataverse: 'msdynmkt_marketingform' },
  event: { 'real-time': 'msevtmgt_event', outbound: 'msevtmgt_event', dataverse: 'msevtmgt_event' },
  web: { 'real-time': 'msdyncrm_website', outbound: 'msdyncrm_website', dataverse: 'msdyncrm_website' },
};

/** Card titles when the asset's name is not known. */
const FALLBACK_TITLE = labelMap<MarketingChannel>('cardTitle', ['email', 'sms', 'push', 'web', 'form', 'event']);

export function dedupeEvents(events: readonly RawEvent[]): RawEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.dedupeKey) ? false : (seen.add(e.dedupeKey), true)));
}

export function summariseActions(events: readonly MarketingEvent[]): MarketingInfo['actions'] {
  const counts = new Map<MarketingAction, { count: number; detail?: string }>();
  // Detail labels are written in the current language (lib/sources/marketing/events).
  const link = t('detail.link');
  const reply = t('detail.reply');
  for (const e of [...events].sort((a, b) => (a.time < b.time ? -1 : 1))) {
    const entry = counts.get(e.action) ?? { count: 0 };
    entry.count++;
    const detail = e.details.find(([label]) => label === link || label === reply)?.[1];
    if (detail && !entry.detail) entry.detail = detail;
    counts.set(e.action, entry);
  }
  return MARKETING_ACTIONS.filter((a) => counts.has(a)).map((action) => ({ action, ...counts.get(action)! }));
}

function hostOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address).host;
  } catch {
    return undefined;
  }
}

/** Groups deduplicated events into cards; `names` fills asset and journey names where known. */
export function buildCards(raw: readonly RawEvent[], origin: MarketingOrigin, source: string, names?: AssetNames): Interaction[] {
  const groups = new Map<string, RawEvent[]>();
  for (const e of dedupeEvents(raw)) {
    const list = groups.get(e.cardKey);
    if (list) list.push(e);
    else groups.set(e.cardKey, [e]);
  }
  const cards: Interaction[] = [];
  const pageLabel = t('detail.page');
  for (const [key, group] of groups) {
    const first = group[0]!;
    const channel = first.channel;
    const events = group.map((g) => g.event).sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
    const assetId =
      group.find((g) => g.messageId)?.messageId ??
      group.find((g) => g.formId)?.formId ??
      group.find((g) => g.eventId)?.eventId ??
      group.find((g) => g.websiteId)?.websiteId;
    const table = ASSET_TABLE[channel]![origin];
    const asset = assetId ? names?.lookup(table, assetId) : undefined;
    const journeyId = group.find((g) => g.journeyId)?.journeyId;
    const page = events.flatMap((e) => e.details).find(([label]) => label === pageLabel)?.[1];
    const title =
      asset?.name ?? group.find((g) => g.formName)?.formName ?? (channel === 'web' ? hostOf(page) : undefined) ?? FALLBACK_TITLE[channel];
    const content =
      asset && (asset.subject || asset.title || asset.text)
        ? {
            ...(asset.subject ? { subject: asset.subject } : {}),
            ...(asset.title ? { title: asset.title } : {}),
            ...(asset.text ? { text: asset.text } : {}),
          }
        : undefined;
    const marketing: MarketingInfo = {
      channel,
      origin,
      ...(assetId ? { asset: { id: assetId, table, ...(asset?.name ? { name: asset.name } : {}) } } : {}),
      ...(journeyId ? { journey: { id: journeyId, ...(names?.journey(journeyId) ? { name: names.journey(journeyId)! } : {}) } } : {}),
      events,
      actions: summariseActions(events),
      ...(content ? { content } : {}),
    };
    const kind: InteractionKind = channel;
    cards.push({ id: key, kind, source, title, time: events[0]!.time, marketing });
  }
  return cards;
}
