// What the worker's handler files share.
import type { TimelineCache } from '../../lib/cache/store';
import type { RecordRef } from '../../lib/crm/record-url';
import type { createTimelineService } from '../../lib/timeline/timeline-service';
import type { SettingsStore } from './settings-store';

export interface WorkerContext {
  service: ReturnType<typeof createTimelineService>;
  cache(): Promise<TimelineCache | null>;
  settings: SettingsStore;
  /** Origins of the custom orgs the user added (their pages are CRM pages too). */
  customOrigins(): string[];
  /** Called when a panel opens a record's timeline (recent records, visited orgs listen). */
  timelineOpened: TimelineOpenedListener[];
}

export type TimelineOpenedListener = (opened: { orgUrl: string; record: RecordRef; tabId: number }) => void;
