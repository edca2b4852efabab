// The popup's state: the org it works in, the quick search (debounced, stale answers dropped),
// the list the arrow keys move in (matches, or recent records when nothing is typed), and the
// summary of the active record (loaded when the selection rests, kept for the popup's life).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RecordRef, TimelineEntity } from '../../lib/crm/record-url';
import { t } from '../../lib/i18n';
import type { PopupStart, QuickSearchReply, RecordSummaryReply, TableResult } from '../../lib/messaging/popup-protocol';
import { chooseOrg, recentOf, type OrgChoice } from '../../lib/popup/org-choice';
import { rankHits } from '../../lib/popup/search-results';
import { normaliseQuery } from '../../lib/popup/search-query';

export interface PopupApi {
  /** Null when the worker cannot be reached or answers something unreadable. */
  start(): Promise<PopupStart | null>;
  search(orgUrl: string, query: string): Promise<QuickSearchReply | null>;
  summary(orgUrl: string, record: RecordRef): Promise<RecordSummaryReply | null>;
  open(orgUrl: string, record: RecordRef): Promise<boolean>;
  /** `?org=` of the page (used only when that org is known). */
  requestedOrg?: string | null;
  lastUsedOrg?: string | null;
  rememberOrg?(orgUrl: string): void;
  debounceMs?: number;
  summaryDelayMs?: number;
}

/** One row of either list. */
export interface PopupRecord extends RecordRef {
  name: string;
  company?: string;
  detail?: string;
}

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching'; query: string }
  | { state: 'done'; query: string; hits: PopupRecord[]; notices: Array<{ entity: TimelineEntity; result: TableResult }> }
  | { state: 'failed'; query: string; message: string };

export type SummaryState = { state: 'loading' } | { state: 'done'; reply: RecordSummaryReply };

export const recordKeyOf = (r: RecordRef) => `${r.entity}:${r.id}`;

export function usePopup(api: PopupApi) {
  const [start, setStart] = useState<PopupStart | null | undefined>(undefined);
  const [choice, setChoice] = useState<OrgChoice | null>(null);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ state: 'idle' });
  const [active, setActive] = useState(0);
  const [summaries, setSummaries] = useState<Record<string, SummaryState>>({});
  const [signedOut, setSignedOut] = useState<string | null>(null);
  const [openFailed, setOpenFailed] = useState(false);
  const searchSeq = useRef(0);
  const org = choice?.current ?? null;

  useEffect(() => {
    void api.start().then((s) => {
      setStart(s);
      if (s) setChoice(chooseOrg(s, api.requestedOrg, api.lastUsedOrg));
    });
  }, []);

  const chooseOrgUrl = (url: string) => {
    if (!choice || !choice.orgs.some((o) => o.url === url)) return;
    setChoice({ ...choice, current: url, fromTab: false });
    setSearch({ state: 'idle' });
    setSignedOut(null);
    setActive(0);
    api.rememberOrg?.(url);
  };

  const normalised = normaliseQuery(query);
  useEffect(() => {
    const seq = ++searchSeq.current;
    if (!org || !normalised) {
      setSearch({ state: 'idle' });
      return;
    }
    setSearch({ state: 'searching', query: normalised });
    const timer = setTimeout(async () => {
      const reply = await api.search(org, normalised).catch(() => null);
      if (seq !== searchSeq.current) return; // the user typed on
      setActive(0);
      if (!reply) return setSearch({ state: 'failed', query: normalised, message: t('popup.noWorker') });
      if (reply.state === 'refused') return setSearch({ state: 'failed', query: normalised, message: t('popup.refused') });
      if (reply.state === 'signed-out') {
        setSignedOut(reply.orgUrl);
        return setSearch({ state: 'idle' });
      }
      setSignedOut(null);
      const hits = rankHits(normalised, ...(['contact', 'lead'] as const).map((e) => okHits(reply.tables[e])));
      const notices = (['contact', 'lead'] as const)
        .filter((entity) => reply.tables[entity].state !== 'ok')
        .map((entity) => ({ entity, result: reply.tables[entity] }));
      setSearch({
        state: 'done',
        query: normalised,
        hits: hits.map(({ email, phone, ...hit }) => {
          const detail = email ?? phone;
          return detail ? { ...hit, detail } : hit;
        }),
        notices,
      });
    }, api.debounceMs ?? 200);
    return () => clearTimeout(timer);
  }, [org, normalised]);

  const items: PopupRecord[] = useMemo(() => {
    if (query.trim()) return normalised && search.state === 'done' && search.query === normalised ? search.hits : [];
    return recentOf(start?.recent ?? [], org).map((r) => ({ entity: r.entity, id: r.id, name: r.name }));
  }, [query, normalised, search, start, org]);
  const current = items[Math.min(active, items.length - 1)] ?? null;
  const currentKey = current && org ? `${org}|${recordKeyOf(current)}` : null;

  useEffect(() => {
    if (!current || !org || !currentKey || summaries[currentKey]) return;
    const timer = setTimeout(async () => {
      setSummaries((all) => ({ ...all, [currentKey]: { state: 'loading' } }));
      const reply = (await api.summary(org, { entity: current.entity, id: current.id }).catch(() => null)) ?? {
        state: 'error' as const,
        message: t('popup.noWorker'),
      };
      if (reply.state === 'signed-out') setSignedOut(reply.orgUrl);
      // A summary cut short by a newer one is asked for again when its record is chosen again.
      setSummaries((all) => {
        const next = { ...all };
        if (reply.state === 'cancelled') delete next[currentKey];
        else next[currentKey] = { state: 'done', reply };
        return next;
      });
    }, api.summaryDelayMs ?? 350);
    return () => clearTimeout(timer);
  }, [currentKey]);

  const move = (delta: number) => {
    if (!items.length) return;
    setActive((i) => (Math.min(i, items.length - 1) + delta + items.length) % items.length);
  };
  const openRecord = async (record: RecordRef | null = current) => {
    if (!record || !org) return false;
    const opened = await api.open(org, { entity: record.entity, id: record.id }).catch(() => false);
    setOpenFailed(!opened);
    return opened;
  };

  return {
    start,
    choice,
    org,
    query,
    setQuery: (value: string) => {
      setQuery(value);
      setActive(0);
    },
    normalised,
    search,
    items,
    active: current ? items.indexOf(current) : -1,
    setActive,
    current,
    summary: currentKey ? summaries[currentKey] : undefined,
    signedOut,
    openFailed,
    chooseOrg: chooseOrgUrl,
    move,
    open: openRecord,
  };
}

function okHits(result: TableResult) {
  return result.state === 'ok' ? result.hits : [];
}
