// The one interface every timeline source implements (mirrors the native timeline's
// IRecordSource idea: a source knows its query, its privileges and its mapping).
import type { RecordRef, TimelineEntity } from '../crm/record-url';
import type { DataverseClient } from '../dataverse/client';
import type { Result } from '../dataverse/errors';
import type { Interaction, InteractionKind } from '../timeline/model';

export interface SourceContext {
  client: Pick<DataverseClient, 'getAllPages' | 'getPage' | 'getJson'>;
  record: RecordRef;
  signal: AbortSignal;
  now: Date;
  /** Called with each page's interactions as it arrives, for progressive display. */
  onItems?: (items: Interaction[]) => void;
}

export interface TimelineSource {
  id: string;
  label: string;
  kinds: readonly InteractionKind[];
  /** Read privileges the signed-in user needs; a source lacking one is not queried. */
  requiredPrivileges: readonly string[];
  appliesTo: readonly TimelineEntity[];
  fetch(ctx: SourceContext): Promise<Result<Interaction[]>>;
}
