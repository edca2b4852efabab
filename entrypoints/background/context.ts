// What the worker's handler files share.
import type { TimelineCache } from '../../lib/cache/store';
import type { createTimelineService } from '../../lib/timeline/timeline-service';
import type { SettingsStore } from './settings-store';

export interface WorkerContext {
  service: ReturnType<typeof createTimelineService>;
  cache(): Promise<TimelineCache | null>;
  settings: SettingsStore;
  /** Origins of the custom orgs the user added (their pages are CRM pages too). */
  customOrigins(): string[];
}
