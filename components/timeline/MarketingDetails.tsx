// The marketing part of a card: what happened to the message ("sent, delivered, opened 3×,
// clicked 'Pricing'"), the journey, what the contact received, and every event on demand.
import { useState } from 'preact/hooks';
import { formatDateTime, type DisplayZone } from '../../lib/timeline/display-zone';
import { t } from '../../lib/i18n';
import { ACTION_LABELS, type MarketingInfo } from '../../lib/timeline/model';

export function actionSummary(info: MarketingInfo): string {
  return info.actions
    .map(({ action, count, detail }) => {
      const label = count > 1 ? t('marketing.actionTimes', { action: ACTION_LABELS[action], count }) : ACTION_LABELS[action];
      return action === 'clicked' && detail ? t('marketing.actionDetail', { action: label, detail }) : label;
    })
    .join(', ');
}

interface Props {
  info: MarketingInfo;
  zone: DisplayZone;
  rowId: string;
  onAsset?: ((asset: { id: string; name: string }) => void) | undefined;
}

export function MarketingDetails({ info, zone, rowId, onAsset }: Props) {
  const [open, setOpen] = useState(false);
  const listId = `tp-events-${rowId.replace(/[^a-z0-9-]/gi, '-')}`;
  const received = info.content?.text ?? info.content?.title;
  return (
    <div class="tp-marketing">
      <p class="tp-marketing-actions" data-testid="marketing-actions">
        {actionSummary(info)}
      </p>
      {info.journey?.name && <p class="tp-marketing-journey">{t('marketing.journey', { name: info.journey.name })}</p>}
      {info.content?.subject && <p class="tp-marketing-content">{t('marketing.subject', { subject: info.content.subject })}</p>}
      {received && (
        <p class="tp-marketing-content">
          {info.content?.title && info.content.text
            ? t('marketing.titleText', { title: info.content.title, text: info.content.text })
            : received}
        </p>
      )}
      {onAsset && info.asset?.name && (
        <button
          type="button"
          class="tp-link-button tp-asset-button"
          onClick={() => onAsset({ id: info.asset!.id, name: info.asset!.name! })}
        >
          {t('marketing.asset')}
        </button>
      )}
      <button type="button" class="tp-link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open
          ? t('marketing.hideEvents')
          : info.events.length === 1
            ? t('marketing.showEvent')
            : t('marketing.showEvents', { count: info.events.length })}
      </button>
      {open && (
        <ol class="tp-events" id={listId} data-testid="marketing-events">
          {info.events.map((event) => (
            <li key={event.id} class="tp-event" data-action={event.action}>
              <span class="tp-event-action">{ACTION_LABELS[event.action]}</span>
              <time class="tp-event-time" dateTime={event.time}>
                {formatDateTime(event.time, zone)}
              </time>
              {event.details.length > 0 && (
                <dl class="tp-event-details">
                  {event.details.map(([label, value], i) => (
                    <div key={`${label}-${i}`}>
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
