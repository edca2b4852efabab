// The records the user opened last in this org (from extension storage: there offline too).
import { t } from '../../lib/i18n';
import { orgLabel } from '../../lib/popup/org-choice';
import { RecordOption } from './RecordOption';
import { LIST_ID, optionId } from './ResultList';
import type { PopupRecord } from './use-popup';

export interface RecentRecordsProps {
  orgUrl: string;
  records: PopupRecord[];
  active: number;
  onSelect(index: number): void;
  onOpen(index: number): void;
}

export function RecentRecords({ orgUrl, records, active, onSelect, onOpen }: RecentRecordsProps) {
  return (
    <section class="tp-section" aria-labelledby="tp-recent-title">
      <h2 id="tp-recent-title" class="tp-heading">
        {t('popup.recent')}
      </h2>
      {records.length ? (
        <ul id={LIST_ID} role="listbox" class="tp-options" aria-labelledby="tp-recent-title">
          {records.map((record, i) => (
            <RecordOption
              key={`${record.entity}:${record.id}`}
              record={record}
              testId="recent-record"
              active={i === active}
              domId={optionId(i)}
              onSelect={() => onSelect(i)}
              onOpen={() => onOpen(i)}
            />
          ))}
        </ul>
      ) : (
        <p class="tp-status">{t('popup.noRecent', { org: orgLabel(orgUrl) })}</p>
      )}
    </section>
  );
}
