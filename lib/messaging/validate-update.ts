// What the panel accepts from the worker: a timeline update of the right shape. The worker is ours,
// but a stale or mismatched worker (an extension update mid-session) must give an error state for
// that update, never an exception in the panel. Items are checked for what the panel needs to
// render them; their other fields are read defensively where they are shown.
import * as v from 'valibot';
import type { TimelineUpdate } from './protocol';

const Text = v.pipe(v.string(), v.maxLength(1_000_000));

const ItemSchema = v.looseObject({ id: Text, kind: Text, source: Text, title: v.string(), time: Text });

const SourceStatusSchema = v.looseObject({
  id: Text,
  label: v.string(),
  state: v.picklist(['loading', 'ok', 'denied', 'error', 'off']),
  message: v.string(),
  count: v.optional(v.number()),
  missing: v.optional(v.array(v.string())),
  stale: v.optional(v.boolean()),
  fetchedAt: v.optional(v.number()),
});

const SessionSchema = v.variant('state', [
  v.object({ state: v.literal('checking') }),
  v.object({ state: v.literal('ok'), userId: v.string() }),
  v.object({ state: v.literal('signed-out'), message: v.string() }),
  v.object({ state: v.literal('error'), message: v.string() }),
]);

const UpdateSchema = v.looseObject({
  requestId: Text,
  record: v.object({ entity: v.picklist(['contact', 'lead']), id: Text }),
  session: SessionSchema,
  sources: v.array(SourceStatusSchema),
  items: v.optional(v.record(v.string(), v.array(ItemSchema))),
  cachedAt: v.optional(v.number()),
  memoryOnly: v.optional(v.boolean()),
  done: v.boolean(),
});

export function parseTimelineUpdate(data: unknown): TimelineUpdate | null {
  const result = v.safeParse(UpdateSchema, data);
  return result.success ? (result.output as unknown as TimelineUpdate) : null;
}
