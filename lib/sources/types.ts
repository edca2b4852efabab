// The one interface every timeline source implements (mirrors the native timeline's
// IRecordSource idea: a source knows its query, its privileges and its mapping).
import type { RecordRef, TimelineEntity } from '../crm/record-url';
import type { DataverseClient } from '../dataverse/client';
import type { Result } from '../dataverse/errors';
import type { Interaction, InteractionKind } from '../timeline/model';
import type { InteractionMapping } from './marketing/interaction-types';
import type { OrgMarketing } from './marketing/org-marketing';

/** What the user configured for the sources of one org (defaults in lib/settings/source-config). */
export interface SourceConfig {
  /** Months of real-time marketing interactions to show (the seed says 12; current docs 90 days). */
  realtimeMonths: number;
  /** CDM interaction table → entity set, for orgs that expose the journeys data as virtual tables. */
  mapping: InteractionMapping;
  /** Outbound interactions before this day (YYYY-MM-DD) are left out; unset: the documented cut-off. */
  outboundSince?: string;
}

export interface SourceContext {
  client: Pick<DataverseClient, 'getAllPages' | 'getPage' | 'getJson' | 'postJson'>;
  record: RecordRef;
  signal: AbortSignal;
  now: Date;
  /** Called with each page's interactions as it arrives, for progressive display. */
  onItems?: (items: Interaction[]) => void;
  config: SourceConfig;
  /** The org's marketing solutions (memoised per org by the worker). */
  orgMarketing(): Promise<Result<OrgMarketing>>;
}

export type Availability = { available: true; note?: string } | { available: false; reason: string };

export interface TimelineSource {
  id: string;
  label: string;
  kinds: readonly InteractionKind[];
  /** Read privileges the signed-in user needs; a source lacking one is not queried. */
  requiredPrivileges: readonly string[];
  appliesTo: readonly TimelineEntity[];
  /** Whether this org has what the source reads; an unavailable source is shown as off with the reason. */
  availability?(ctx: SourceContext): Promise<Availability>;
  fetch(ctx: SourceContext): Promise<Result<Interaction[]>>;
}
