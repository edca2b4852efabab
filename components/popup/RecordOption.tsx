// One contact or lead in the popup's lists: its name, kind and company (API text, as text).
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { recordKeyOf, type PopupRecord } from './use-popup';

export interface RecordOptionProps {
  record: PopupRecord;
  testId: 'quick-search-result' | 'recent-record';
  active: boolean;
  /** Id of the element, for the search box's aria-activedescendant. */
  domId: string;
  onSelect(): void;
  onOpen(): void;
}

export function RecordOption({ record, testId, active, domId, onSelect, onOpen }: RecordOptionProps) {
  const item = useRef<HTMLLIElement>(null);
  // The active option stays in view as the arrow keys move through a list longer than the popup.
  useEffect(() => {
    if (active) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return (
    <li
      ref={item}
      id={domId}
      role="option"
      aria-selected={active}
      class={`tp-option${active ? ' tp-option-active' : ''}`}
      data-testid={testId}
      data-record={recordKeyOf(record)}
      onMouseDown={(e) => e.preventDefault() /* the search box keeps the focus */}
      onClick={onSelect}
      onDblClick={onOpen}
    >
      <span class="tp-option-name">{record.name || t('popup.unnamed')}</span>
      <span class={`tp-badge tp-badge-${record.entity}`}>{t(`popup.entity.${record.entity}`)}</span>
      {(record.company || record.detail) && (
        <span class="tp-option-detail">{[record.company, record.detail].filter(Boolean).join(' · ')}</span>
      )}
    </li>
  );
}
