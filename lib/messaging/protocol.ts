// The one message protocol between the panel (content script) and the worker, split by direction.
// Types only; the messenger that carries them is in ./messenger.ts.
import type { RecordRef } from '../crm/record-url';
import type { Interaction } from '../timeline/model';

export type SourceState = 'loading' | 'ok' | 'denied' | 'error' | 'off';

export interface SourceStatus {
  id: string;
  label: string;
  state: SourceState;
  /** What the user reads next to the source. */
  message: string;
  count?: number;
  /** Privileges the user lacks (state 'denied'). */
  missing?: string[];
  /** Items shown are from the cache because this source failed. */
  stale?: boolean;
  fetchedAt?: number;
}

export type SessionState =
  { state: 'checking' } | { state: 'ok'; userId: string } | { state: 'signed-out'; message: string } | { state: 'error'; message: string };

export interface TimelineUpdate {
  requestId: string;
  record: RecordRef;
  session: SessionState;
  sources: SourceStatus[];
  /** Items of the sources whose items changed since the last update (whole lists, not deltas). */
  items?: Record<string, Interaction[]>;
  /** Set while the items shown come from the cache saved at this time. */
  cachedAt?: number;
  /** The cache could not be read or written: the timeline lives in memory only. */
  memoryOnly?: boolean;
  done: boolean;
}

export interface OpenTimelineRequest {
  requestId: string;
  record: RecordRef;
  /** The CRM user's language (BCP 47), for the words the worker puts in the timeline. */
  language?: string;
}

/** What the worker needs to fetch a preview: the interaction's id and kind, and for marketing its keys. */
export interface PreviewRequest {
  record: RecordRef;
  id: string;
  kind: string;
  marketing?: {
    origin: 'real-time' | 'outbound' | 'dataverse';
    channel: string;
    assetId?: string;
    journeyId?: string;
    journeyRunId?: string;
  };
}

export type PreviewResult = { kind: 'html'; html: string; label: string; subject?: string } | { kind: 'unavailable'; message: string };

/** Panel (content script) → worker. The org is taken from the sender's tab URL, never from the message. */
export interface PanelToWorker {
  openTimeline(request: OpenTimelineRequest): { accepted: boolean; reason?: string };
  getPreview(request: PreviewRequest): PreviewResult;
  closeTimeline(request: { requestId: string }): void;
}

/** Worker → panel (sent to the tab and frame that opened the timeline). */
export interface WorkerToPanel {
  timelineUpdate(update: TimelineUpdate): void;
  /** The browser command (keyboard shortcut) to open or collapse the panel. */
  togglePanel(): void;
}
