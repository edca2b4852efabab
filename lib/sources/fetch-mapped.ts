// The common shape of a one-query source: every page of `path` with annotations, each row mapped
// (rows that do not map are dropped), pages handed on as they arrive.
import type { Row } from '../dataverse/client';
import { ok, type Result } from '../dataverse/errors';
import type { Interaction } from '../timeline/model';
import type { SourceContext } from './types';

export async function fetchMapped(
  ctx: SourceContext,
  path: string,
  normalise: (row: Row) => Interaction | null,
): Promise<Result<Interaction[]>> {
  const map = (rows: Row[]) => rows.flatMap((r) => normalise(r) ?? []);
  const result = await ctx.client.getAllPages(path, { signal: ctx.signal, annotations: true, onPage: (rows) => ctx.onItems?.(map(rows)) });
  return result.ok ? ok(map(result.value)) : result;
}
