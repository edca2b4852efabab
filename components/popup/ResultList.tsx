// The quick search's matches, and a line for each table that could not be searched.
import { t } from '../../lib/i18n';
import type { SearchState } from './use-popup';
import { RecordOption } from './RecordOption';
import type { TableResult } from '../../lib/messaging/popup-protocol';
import type { TimelineEntity } from '../../lib/crm/record-url';

export const LIST_ID = 'tp-popup-list';
export const optionId = (index: number) => `tp-option-${index}`;

export interface ResultListProps {
  search: SearchState;
  active: number;
  onSelect(index: number): void;
  onOpen(index: number): void;
}

function noticeText(entity: TimelineEntity, result: TableResult): string {
  const table = t(`popup.table.${entity}`);
  if (result.state === 'denied')
    return result.privilege ? t('popup.denied', { table, privilege: result.privilege }) : t('popup.deniedUnknown', { table });
  return result.state === 'error' ? t('popup.tableError', { table, message: result.message }) : '';
}

export function ResultList({ search, active, onSelect, onOpen }: ResultListProps) {
  if (search.state === 'idle') return null;
  if (search.state === 'searching')
    return (
      <p class="tp-status" role="status">
        {t('popup.searching')}
      </p>
    );
  if (search.state === 'failed')
    return (
      <p class="tp-message" data-testid="popup-message" data-state="error" role="alert">
        {search.message}
      </p>
    );
  return (
    <section class="tp-section" aria-label={t('popup.results')}>
      {search.notices.map(({ entity, result }) => (
        <p key={entity} class="tp-notice" data-testid="search-notice" data-entity={entity} data-state={result.state}>
          {noticeText(entity, result)}
        </p>
      ))}
      {search.hits.length ? (
        <ul id={LIST_ID} role="listbox" class="tp-options" aria-label={t('popup.results')}>
          {search.hits.map((hit, i) => (
            <RecordOption
              key={`${hit.entity}:${hit.id}`}
              record={hit}
              testId="quick-search-result"
              active={i === active}
              domId={optionId(i)}
              onSelect={() => onSelect(i)}
              onOpen={() => onOpen(i)}
            />
          ))}
        </ul>
      ) : (
        <p class="tp-status" role="status">
          {t('popup.noMatch', { query: search.query })}
        </p>
      )}
    </section>
  );
}
