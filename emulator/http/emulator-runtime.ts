import type { FaultQueue } from './faults';
import type { Store } from '../sharepoint/store';

/** What the request handler and the control endpoints share. */
export type EmulatorRuntime = {
  store: Store;
  faults: FaultQueue;
  latencyMs: number;
  down: boolean;
  requestCount: number;
  quiet: boolean;
  /** The origin to use when a request has no Host header. */
  fallbackOrigin: string;
};
