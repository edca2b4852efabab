// Small display helpers of the options page.
import { t } from '../../lib/i18n';

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return t('options.size.kb', { value: Math.max(bytes / 1024, bytes ? 0.1 : 0).toFixed(1) });
  return t('options.size.mb', { value: (bytes / (1024 * 1024)).toFixed(1) });
}

export function formatTime(ms: number | undefined): string {
  return ms === undefined ? t('options.diag.never') : new Date(ms).toLocaleString();
}

/** A whole number within bounds from an input's text, or null. */
export function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

export function hostOf(orgUrl: string): string {
  try {
    return new URL(orgUrl).host;
  } catch {
    return orgUrl;
  }
}
