// The panel's state for one record, fed by worker updates. Updates for any other request
// (the previous record, a stale worker) are dropped: the panel never shows another record's data.
import { recordKey, type RecordRef } from '../crm/record-url';
import type { SessionState, SourceStatus, TimelineUpdate } from '../messaging/protocol';
import { mergeTimeline } from './merge';
import type { Interaction } from './model';

export interface PanelModel {
  record: RecordRef;
  requestId: string;
  session: SessionState;
  sources: SourceStatus[];
  itemsBySource: Record<string, Interaction[]>;
  cachedAt?: number;
  memoryOnly?: boolean;
  done: boolean;
  /** The worker could not be reached or refused the request. */
  failure?: string;
}

export type PanelDataState = 'loading' | 'ready' | 'error';

export function initialModel(record: RecordRef, requestId: string): PanelModel {
  return { record, requestId, session: { state: 'checking' }, sources: [], itemsBySource: {}, done: false };
}

export function applyUpdate(model: PanelModel, update: TimelineUpdate): PanelModel {
  if (update.requestId !== model.requestId || recordKey(update.record) !== recordKey(model.record)) return model;
  const next: PanelModel = {
    ...model,
    session: update.session,
    sources: update.sources,
    itemsBySource: update.items ? { ...model.itemsBySource, ...update.items } : model.itemsBySource,
    done: update.done,
  };
  if (update.memoryOnly) next.memoryOnly = true;
  if (update.cachedAt !== undefined) next.cachedAt = update.cachedAt;
  else delete next.cachedAt;
  return next;
}

export function timelineItems(model: PanelModel): Interaction[] {
  return mergeTimeline(Object.values(model.itemsBySource));
}

export function panelDataState(model: PanelModel, itemCount: number): PanelDataState {
  if (model.failure) return 'error';
  if (model.session.state === 'signed-out' || model.session.state === 'error') return 'error';
  if (!model.done) return 'loading';
  const failed = model.sources.filter((s) => s.state === 'error' || s.state === 'denied').length;
  const queried = model.sources.filter((s) => s.state !== 'off').length;
  return itemCount === 0 && queried > 0 && failed === queried ? 'error' : 'ready';
}
