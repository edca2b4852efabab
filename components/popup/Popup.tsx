// The popup: the org, the quick search with its matches (or the recent records), and the active
// record's summary. Keyboard first: the search box has the focus; arrows move; Enter opens.
import { t } from '../../lib/i18n';
import { MIN_QUERY_LENGTH } from '../../lib/popup/search-query';
import { OrgPicker } from './OrgPicker';
import { PopupMessage } from './PopupMessage';
import { QuickSearch } from './QuickSearch';
import { RecentRecords } from './RecentRecords';
import { RecordSummary } from './RecordSummary';
import { ResultList } from './ResultList';
import { usePopup, type PopupApi } from './use-popup';

export interface PopupProps {
  api: PopupApi;
  /** Called once a record was opened (the real popup closes then). */
  onOpened?(): void;
}

export function Popup({ api, onOpened }: PopupProps) {
  const p = usePopup(api);
  const open = async (index?: number) => {
    const record = index === undefined ? p.current : p.items[index];
    if (record && (await p.open(record))) onOpened?.();
  };

  let body;
  if (p.start === undefined) body = <p class="tp-status">{t('popup.loading')}</p>;
  else if (p.start === null) body = <PopupMessage state="no-worker" message={t('popup.noWorker')} />;
  else if (!p.choice?.current) body = <PopupMessage state="no-org" />;
  else {
    const org = p.choice.current;
    const typedTooLittle = p.query.trim().length > 0 && !p.normalised;
    body = (
      <>
        <OrgPicker choice={{ ...p.choice, current: org }} onChoose={p.chooseOrg} />
        {p.signedOut === org && <PopupMessage state="signed-out" orgUrl={org} />}
        <QuickSearch
          value={p.query}
          active={p.active}
          hasOptions={p.items.length > 0}
          onInput={p.setQuery}
          onMove={p.move}
          onEnter={() => void open()}
        />
        {typedTooLittle && <p class="tp-status">{t('popup.searchHint', { min: MIN_QUERY_LENGTH })}</p>}
        {p.normalised ? (
          <ResultList search={p.search} active={p.active} onSelect={p.setActive} onOpen={(i) => void open(i)} />
        ) : (
          !typedTooLittle && (
            <RecentRecords orgUrl={org} records={p.items} active={p.active} onSelect={p.setActive} onOpen={(i) => void open(i)} />
          )
        )}
        {p.current && <RecordSummary record={p.current} summary={p.summary} openFailed={p.openFailed} onOpen={() => void open()} />}
      </>
    );
  }
  return (
    <main class="tp-popup">
      <h1 class="tp-title">{t('popup.title')}</h1>
      {body}
    </main>
  );
}
