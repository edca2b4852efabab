// Popup → worker messages (quick search, recent records, a record's summary, opening it). Types
// only. The worker accepts them from the extension's own pages only, and only for CRM orgs.
import type { RecordRef, TimelineEntity } from '../crm/record-url';
import type { InteractionKind, MarketingChannel } from '../timeline/model';
import type { SourceState } from './protocol';

/** A record the user opened in a CRM tab (kept in extension storage, newest first). */
export interface RecentRecord extends RecordRef {
  orgUrl: string;
  /** The signed-in user (systemuserid) when known. */
  userId?: string;
  /** The record's name as the org last said it (text only). */
  name: string;
  openedAt: number;
}

export interface KnownOrg {
  url: string;
  label?: string;
}

export interface PopupStart {
  /** Orgs from the settings and from recent records. */
  orgs: KnownOrg[];
  recent: RecentRecord[];
  /** The org of the active tab, when it is a CRM page. */
  tabOrg?: string;
}

export interface SearchHit extends RecordRef {
  name: string;
  company?: string;
  email?: string;
  phone?: string;
}

/** One table's answer: its hits, or why it has none. */
export type TableResult =
  | { state: 'ok'; hits: SearchHit[] }
  /** The user's security role cannot read the table (403). */
  | { state: 'denied'; privilege?: string }
  | { state: 'error'; message: string };

export type QuickSearchReply =
  | { state: 'ok'; query: string; tables: Record<TimelineEntity, TableResult> }
  | { state: 'signed-out'; orgUrl: string }
  | { state: 'refused' };

export interface SummaryItem {
  id: string;
  kind: InteractionKind;
  /** Set on marketing interactions. */
  channel?: MarketingChannel;
  title: string;
  time: string;
}

export interface SummaryCount {
  kind: InteractionKind;
  /** Marketing interactions count by channel ("Marketing email"), the others by kind ("Email"). */
  channel?: MarketingChannel;
  count: number;
}

export interface SummarySource {
  id: string;
  label: string;
  state: SourceState;
  count?: number;
}

export type RecordSummaryReply =
  | {
      state: 'ok';
      record: RecordRef;
      /** Up to five, newest first. */
      latest: SummaryItem[];
      /** Most frequent first. */
      counts: SummaryCount[];
      total: number;
      sources: SummarySource[];
      /** False when the load was cut short (time limit); the numbers are what had arrived. */
      complete: boolean;
    }
  | { state: 'signed-out'; orgUrl: string }
  | { state: 'error'; message: string }
  /** A newer summary request (another record chosen) ended this one. */
  | { state: 'cancelled' }
  | { state: 'refused' };

export interface OrgRequest {
  orgUrl: string;
}

export interface PopupToWorker {
  popupStart(request: { tabUrl?: string }): PopupStart;
  quickSearch(request: OrgRequest & { query: string }): QuickSearchReply;
  recordSummary(request: OrgRequest & { record: RecordRef }): RecordSummaryReply;
  /** Opens the record in the org's CRM tab (or a new one) and focuses it. */
  openRecord(request: OrgRequest & { record: RecordRef }): { opened: boolean };
}
