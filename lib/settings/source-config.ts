// Defaults of the per-org source configuration (edited on the options page).
import { DEFAULT_MAPPING } from '../sources/marketing/interaction-types';
import { DEFAULT_REALTIME_MONTHS } from '../sources/marketing/windows';
import type { SourceConfig } from '../sources/types';

export const DEFAULT_SOURCE_CONFIG: SourceConfig = {
  realtimeMonths: DEFAULT_REALTIME_MONTHS,
  mapping: DEFAULT_MAPPING,
};
