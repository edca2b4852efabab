// Popup → worker messages (quick search, a record's summary). Types only.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PopupToWorker {}
