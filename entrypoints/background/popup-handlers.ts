// The popup's requests (quick search, a record's summary). Not built yet.
import type { WorkerContext } from './context';

export function registerPopupHandlers(context: WorkerContext): void {
  void context;
}
