// The typed messenger for the protocol (@webext-core/messaging). This module only binds the
// protocol types to the library; senders are checked by the handlers in the worker.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { OptionsToWorker } from './options-protocol';
import type { PopupToWorker } from './popup-protocol';
import type { PanelToWorker, WorkerToPanel } from './protocol';

export type ProtocolMap = PanelToWorker & WorkerToPanel & PopupToWorker & OptionsToWorker;

export const messenger = defineExtensionMessaging<ProtocolMap>();
