// Every source the timeline knows. Adding a source: its own file, and one line here.
import { activitiesSource } from './activities';
import { casesSource } from './cases';
import { marketingEventsSource } from './marketing-events';
import { marketingFormsSource } from './marketing-forms';
import { notesSource } from './notes';
import { outboundMarketingSource } from './outbound-marketing';
import { postsSource } from './posts';
import { realtimeMarketingSource } from './realtime-marketing';
import type { TimelineSource } from './types';

export const SOURCES: readonly TimelineSource[] = [
  activitiesSource,
  notesSource,
  postsSource,
  casesSource,
  realtimeMarketingSource,
  marketingFormsSource,
  marketingEventsSource,
  outboundMarketingSource,
];
