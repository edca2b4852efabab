// Typed, versioned extension storage items (WXT storage). Each carries a version from the
// first day so later shapes migrate instead of being misread.
import { storage } from 'wxt/utils/storage';

/** The panel is collapsed to its slim tab (remembered across records and visits). */
export const panelCollapsed = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false, version: 1 });

/** The timeline filters of each org and user (see stored-filters.ts), restored on the next record. */
export const timelineFilters = storage.defineItem<Record<string, unknown>>('local:timelineFilters', { fallback: {}, version: 1 });

/** When the user last opened each record (org|user|entity|id → ms), for "new since your last visit". */
export const lastVisits = storage.defineItem<Record<string, number>>('local:lastVisits', { fallback: {}, version: 1 });

/** The options page's settings (see settings.ts), validated on every read. */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null, version: 1 });

/** Records the user opened, newest first (see recent-records.ts), for the popup, offline too. */
export const recentRecordsItem = storage.defineItem<unknown[]>('local:recentRecords', { fallback: [], version: 1 });
