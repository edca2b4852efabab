// What the options page's sections ask of the page (wired in entrypoints/options/main.tsx): the
// worker's answers, and saving. Types only.
import type {
  CacheUsage,
  OrgDiagnostics,
  OrgStatus,
  Refused,
  SaveSettingsReply,
  SettingsChange,
} from '../../lib/messaging/options-protocol';

export interface OptionsApi {
  change(change: SettingsChange): Promise<SaveSettingsReply>;
  orgStatus(orgUrl: string): Promise<OrgStatus | Refused>;
  cacheUsage(): Promise<CacheUsage | Refused>;
  clearCache(orgUrl?: string): Promise<{ ok: true; removed: number } | Refused>;
  diagnostics(orgUrl: string): Promise<OrgDiagnostics | Refused>;
  copy(text: string): Promise<boolean>;
  download(filename: string, text: string): void;
  extensionVersion: string;
  browser?: string;
}
