// A record's summary for the popup, from what a timeline load emitted: the newest few
// interactions, counts by channel, the total and each source's state.
import type { RecordRef } from '../crm/record-url';
import type { RecordSummaryReply, SummaryCount, SummaryItem } from '../messaging/popup-protocol';
import type { SourceStatus } from '../messaging/protocol';
import { mergeTimeline } from '../timeline/merge';
import type { Interaction } from '../timeline/model';

export const LATEST_COUNT = 5;

/** Long titles are cut: the popup shows one line each. */
const TITLE_MAX = 300;

function item(interaction: Interaction): SummaryItem {
  const channel = interaction.marketing?.channel;
  return {
    id: interaction.id,
    kind: interaction.kind,
    ...(channel ? { channel } : {}),
    title: interaction.title.slice(0, TITLE_MAX),
    time: interaction.time,
  };
}

/** Marketing interactions count by their channel, the others by kind; most frequent first. */
export function countByChannel(items: readonly Interaction[]): SummaryCount[] {
  const counts = new Map<string, SummaryCount>();
  for (const interaction of items) {
    const channel = interaction.marketing?.channel;
    const key = channel ? `m:${channel}` : interaction.kind;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { kind: interaction.kind, ...(channel ? { channel } : {}), count: 1 });
  }
  return [...counts.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : 1)).map(([, count]) => count);
}

export function buildSummary(
  record: RecordRef,
  itemsBySource: Readonly<Record<string, readonly Interaction[]>>,
  sources: readonly SourceStatus[],
  complete: boolean,
): Extract<RecordSummaryReply, { state: 'ok' }> {
  const all = mergeTimeline(Object.values(itemsBySource));
  return {
    state: 'ok',
    record,
    latest: all.slice(0, LATEST_COUNT).map(item),
    counts: countByChannel(all),
    total: all.length,
    sources: sources.map((s) => ({
      id: s.id,
      label: s.label,
      state: s.state,
      ...(s.count !== undefined ? { count: s.count } : {}),
    })),
    complete,
  };
}
