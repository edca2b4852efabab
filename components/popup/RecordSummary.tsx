// The active record at a glance: its latest interactions, counts by channel, and "Open".
import { t } from '../../lib/i18n';
import type { RecordSummaryReply, SummaryCount, SummarySource } from '../../lib/messaging/popup-protocol';
import { CHANNEL_LABELS, KIND_LABELS } from '../../lib/timeline/model';
import { recordKeyOf, type PopupRecord, type SummaryState } from './use-popup';

export interface RecordSummaryProps {
  record: PopupRecord;
  summary: SummaryState | undefined;
  openFailed: boolean;
  onOpen(): void;
}

const countLabel = (c: SummaryCount) => (c.channel ? CHANNEL_LABELS[c.channel] : KIND_LABELS[c.kind]);
const sourceNames = (sources: SummarySource[]) => sources.map((s) => s.label).join(', ');

function formatDay(time: string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date);
}

function stateOf(summary: SummaryState | undefined): string {
  if (!summary || summary.state === 'loading') return 'loading';
  const { reply } = summary;
  return reply.state === 'ok' ? 'ready' : reply.state === 'signed-out' ? 'signed-out' : 'error';
}

function Body({ reply, entity }: { reply: RecordSummaryReply; entity: PopupRecord['entity'] }) {
  if (reply.state === 'signed-out') return null; // said once, above the search box
  if (reply.state !== 'ok') {
    const message =
      reply.state === 'error' ? t('popup.summaryError', { message: reply.message }) : reply.state === 'refused' ? t('popup.refused') : '';
    return <p class="tp-notice">{message}</p>;
  }
  const denied = reply.sources.filter((s) => s.state === 'denied');
  const failed = reply.sources.filter((s) => s.state === 'error');
  return (
    <>
      <p class="tp-total" data-testid="summary-total" data-count={reply.total}>
        {reply.total === 1 ? t('popup.summaryTotalOne') : t('popup.summaryTotal', { count: reply.total })}
      </p>
      {reply.total === 0 && <p class="tp-status">{t('popup.summaryNone', { entity: t(`popup.entity.${entity}`).toLowerCase() })}</p>}
      {reply.counts.length > 0 && (
        <ul class="tp-counts" aria-label={t('popup.summaryCounts')}>
          {reply.counts.map((c) => (
            <li
              key={`${c.kind}:${c.channel ?? ''}`}
              data-testid="summary-count"
              data-kind={c.kind}
              data-channel={c.channel ?? ''}
              data-count={c.count}
              aria-label={t('popup.summaryCount', { label: countLabel(c), count: c.count })}
            >
              <span class="tp-count-label">{countLabel(c)}</span> <span class="tp-count">{c.count}</span>
            </li>
          ))}
        </ul>
      )}
      {reply.latest.length > 0 && (
        <>
          <h3 class="tp-heading">{t('popup.summaryLatest')}</h3>
          <ol class="tp-latest">
            {reply.latest.map((item) => (
              <li key={item.id} data-testid="summary-item" data-id={item.id} data-kind={item.kind}>
                <span class="tp-latest-kind">{item.channel ? CHANNEL_LABELS[item.channel] : KIND_LABELS[item.kind]}</span>
                <span class="tp-latest-title">{item.title}</span>
                <time class="tp-latest-time" dateTime={item.time}>
                  {formatDay(item.time)}
                </time>
              </li>
            ))}
          </ol>
        </>
      )}
      {!reply.complete && <p class="tp-notice">{t('popup.summaryPartial')}</p>}
      {denied.length > 0 && <p class="tp-notice">{t('popup.summaryDenied', { sources: sourceNames(denied) })}</p>}
      {failed.length > 0 && <p class="tp-notice">{t('popup.summaryFailed', { sources: sourceNames(failed) })}</p>}
    </>
  );
}

export function RecordSummary({ record, summary, openFailed, onOpen }: RecordSummaryProps) {
  const name = record.name || t('popup.unnamed');
  return (
    <section
      class="tp-summary"
      data-testid="record-summary"
      data-record={recordKeyOf(record)}
      data-state={stateOf(summary)}
      aria-live="polite"
    >
      <header class="tp-summary-head">
        <h2 class="tp-summary-name">{name}</h2>
        <button type="button" class="tp-open" data-testid="open-record" title={t('popup.openTitle', { name })} onClick={onOpen}>
          {t('popup.open')}
        </button>
      </header>
      {openFailed && (
        <p class="tp-notice" role="alert">
          {t('popup.openFailed')}
        </p>
      )}
      {!summary || summary.state === 'loading' ? (
        <p class="tp-status">{t('popup.summaryLoading')}</p>
      ) : (
        <Body reply={summary.reply} entity={record.entity} />
      )}
    </section>
  );
}
