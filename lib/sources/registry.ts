// Every source the timeline knows. Adding a source: its own file, and one line here.
import { activitiesSource } from './activities';
import { casesSource } from './cases';
import { notesSource } from './notes';
import { postsSource } from './posts';
import type { TimelineSource } from './types';

export const SOURCES: readonly TimelineSource[] = [activitiesSource, notesSource, postsSource, casesSource];

export function sourceById(id: string): TimelineSource | undefined {
  return SOURCES.find((s) => s.id === id);
}
