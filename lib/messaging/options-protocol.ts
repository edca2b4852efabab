// Options page → worker messages (org status, cache usage and clearing, diagnostics, saving the
// settings). Types only. The worker accepts them from the extension's own pages only, and only for
// CRM orgs (built-in Dynamics hosts or custom orgs the user added).
import type { OrgUsage } from '../cache/store';
import type { OrgRecord } from '../diagnostics/recorder';
import type { SettingsChange } from '../settings/settings';

export type { SettingsChange };

/** A request the worker refused or could not answer, in plain words. */
export interface Refused {
  ok: false;
  error: string;
}

/** A source's privileges for the signed-in user. */
export interface SourceAccess {
  id: string;
  label: string;
  requiredPrivileges: string[];
  /** 'unknown' when the privileges could not be read (signed out, or the org did not answer). */
  state: 'granted' | 'missing' | 'unknown';
  missing: string[];
}

export interface OrgStatus {
  ok: true;
  orgUrl: string;
  extensionVersion: string;
  session: 'ok' | 'signed-out' | 'error';
  /** Why the session or the privileges could not be read, in plain words. */
  message?: string;
  user?: { id: string; name?: string };
  /** The org's Dataverse version (RetrieveVersion). */
  orgVersion?: string;
  sources: SourceAccess[];
}

export interface CacheUsage {
  ok: true;
  /** Org origin → timelines cached and their estimated size. */
  orgs: Record<string, OrgUsage>;
  /** IndexedDB is not available: nothing is cached. */
  unavailable?: boolean;
}

export interface OrgDiagnostics {
  ok: true;
  orgUrl: string;
  /** Nothing recorded yet: no timeline of this org was loaded since the browser started. */
  record?: OrgRecord;
}

export type SaveSettingsReply = { ok: true } | { ok: false; errors: string[] };

export interface OrgRequest {
  orgUrl: string;
}

export interface OptionsToWorker {
  orgStatus(request: OrgRequest): OrgStatus | Refused;
  cacheUsage(): CacheUsage | Refused;
  /** One org's cache, or all of it without an org. */
  clearCache(request: { orgUrl?: string }): { ok: true; removed: number } | Refused;
  diagnostics(request: OrgRequest): OrgDiagnostics | Refused;
  /** Orgs the worker has seen (loaded timelines, cached ones), beside those in the settings. */
  knownOrgs(): { ok: true; orgs: string[] } | Refused;
  /** Changes the user's settings (validated whole, nothing half-applied); the worker uses them before any panel reloads. */
  changeSettings(request: SettingsChange): SaveSettingsReply;
}
