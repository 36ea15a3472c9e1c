import type { Services } from '../features/services';
import { createGraphClient, createGraphMeasuresApi, saveToDrive } from '../graph';
import type { RuntimeConfig } from './runtime-config';
import { createThrottleSignal } from './throttle-signal';

/** The one place the tab's side effects are built: one Graph client for the measures list and the document library. */
export function createServices(config: RuntimeConfig): Services {
  const throttle = createThrottleSignal();
  // Demo mode needs no token: the emulator accepts anonymous requests (GRAPH-NOTES.md, "customHosts").
  const client = createGraphClient({ baseUrl: config.graphBaseUrl, onThrottled: throttle.emit });
  return {
    measures: createGraphMeasuresApi(client, { site: config.site, list: config.list }),
    async saveToDocuments(path, data) {
      const saved = await saveToDrive(client, config.site, path, data);
      return { name: saved.name, webUrl: saved.webUrl };
    },
    onThrottle: throttle.subscribe,
  };
}
