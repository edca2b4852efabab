// Custom orgs (on-premises, own domain): permissions and the content script registered for them. Not built yet.
import type { WorkerContext } from './context';

export function registerCustomOrgs(context: WorkerContext): void {
  void context;
}
