// The options page's requests (org status, cache usage and clearing, diagnostics). Not built yet.
import type { WorkerContext } from './context';

export function registerOptionsHandlers(context: WorkerContext): void {
  void context;
}
