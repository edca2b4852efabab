// One interaction: kind icon, title (a link to the record in the CRM), time, direction and
// the other party, status. Everything from the API is rendered as text.
import { KindIcon } from '../common/KindIcon';
import { formatTime, type DisplayZone } from '../../lib/timeline/display-zone';
import { CHANNEL_LABELS, KIND_LABELS, STATUS_LABELS, type Interaction, type MarketingChannel } from '../../lib/timeline/model';
import { Highlight } from '../common/Highlight';
import { MarketingDetails } from './MarketingDetails';
import { labelMap, t } from '../../lib/i18n';

export interface RowActions {
  hrefFor(item: Interaction): string | undefined;
  open(item: Interaction): void;
  /** Show every interaction with this marketing asset. */
  showAsset?(asset: { id: string; name: string }): void;
  /** Open the preview of what the contact received. */
  preview?(item: Interaction): void;
  selectedId?: string | undefined;
  /** Arrived since the user last opened this record. */
  isNew?(item: Interaction): boolean;
}

interface Props {
  item: Interaction;
  zone: DisplayZone;
  position: number;
  setSize: number;
  actions: RowActions;
  highlight?: readonly string[] | undefined;
}

function partyLine(item: Interaction): string | undefined {
  if (!item.counterpart) return undefined;
  if (item.direction === 'incoming') return t('row.to', { name: item.counterpart });
  if (item.direction === 'outgoing') return t('row.from', { name: item.counterpart });
  return t('row.with', { name: item.counterpart });
}

const OUTBOUND_LABELS = labelMap<MarketingChannel>('outboundKind', ['email', 'sms', 'push', 'web', 'form', 'event']);

/** "Marketing email", "Outbound marketing email", or the kind's own label. */
export function kindLabel(item: Interaction): string {
  if (!item.marketing) return KIND_LABELS[item.kind];
  return (item.marketing.origin === 'outbound' ? OUTBOUND_LABELS : CHANNEL_LABELS)[item.marketing.channel];
}

export function TimelineRow({ item, zone, position, setSize, actions, highlight }: Props) {
  const href = actions.hrefFor(item);
  const label = kindLabel(item);
  const fresh = actions.isNew?.(item) ?? false;
  const party = partyLine(item);
  const direction = item.direction ? t(item.direction === 'incoming' ? 'row.incoming' : 'row.outgoing') : undefined;
  return (
    <article
      class={`tp-row tp-kind-${item.kind}${actions.selectedId === item.id ? ' tp-row-selected' : ''}`}
      onClick={(e) => {
        // Links and buttons inside the row do their own thing.
        if ((e.target as HTMLElement).closest('a, button')) return;
        actions.preview?.(item);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) {
          e.preventDefault();
          actions.preview?.(item);
        }
      }}
      data-testid="timeline-item"
      data-id={item.id}
      data-kind={item.kind}
      data-source={item.source}
      data-asset={item.marketing?.asset?.id}
      data-new={fresh ? 'true' : undefined}
      tabIndex={0}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-label={t('row.label', { kind: label, title: item.title })}
    >
      <span class={`tp-row-icon${item.marketing ? ' tp-row-icon-marketing' : ''}`} title={label}>
        <KindIcon kind={item.kind} />
      </span>
      <div class="tp-row-main">
        <div class="tp-row-head">
          {href ? (
            <a
              class="tp-row-title"
              href={href}
              title={t('row.open')}
              onClick={(e) => {
                if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                actions.open(item);
              }}
            >
              <Highlight text={item.title} terms={highlight} />
            </a>
          ) : (
            <span class="tp-row-title">
              <Highlight text={item.title} terms={highlight} />
            </span>
          )}
          <time class="tp-row-time" dateTime={item.time}>
            {formatTime(item.time, zone)}
          </time>
        </div>
        <div class="tp-row-meta">
          {fresh && <span class="tp-new">{t('new')}</span>}
          <span class="tp-row-kind">{label}</span>
          {direction && <span class="tp-row-direction">{direction}</span>}
          {party && (
            <span class="tp-row-party">
              <Highlight text={party} terms={highlight} />
            </span>
          )}
          {item.status && (
            <span class={`tp-status tp-status-${item.status}`} title={item.statusLabel}>
              {STATUS_LABELS[item.status]}
            </span>
          )}
        </div>
        {item.summary && (
          <p class="tp-row-summary">
            <Highlight text={item.summary} terms={highlight} />
          </p>
        )}
        {item.marketing && <MarketingDetails info={item.marketing} zone={zone} rowId={item.id} onAsset={actions.showAsset} />}
        {item.facts && item.facts.length > 0 && (
          <ul class="tp-row-facts">
            {item.facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
