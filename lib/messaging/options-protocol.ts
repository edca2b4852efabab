// Options page → worker messages (org status, cache usage and clearing, diagnostics). Types only.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OptionsToWorker {}
