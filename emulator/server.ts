// The local Microsoft Graph: startEmulator() serves the Graph v1.0 endpoints the tab uses over
// real HTTP, from one state kept in a JSON data file. Used by `npm start`, `npm run emulator`,
// the tests and the benchmark; the tab never imports it.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorRuntime } from './http/emulator-runtime';
import { FaultQueue, parseFaultSpec } from './http/faults';
import type { FaultSpec } from './http/faults';
import { setVersioning } from './http/control-routes';
import { createRequestListener } from './http/request-handler';
import { DEMO_LIST_TITLE, buildSeedState } from './seed/seed';
import { Store } from './sharepoint/store';

export type { FaultSpec } from './http/faults';

export type EmulatorOptions = {
  /** 0 = any free port; default 4010. */
  port?: number;
  /** Default '127.0.0.1' (loopback only; `localhost` then also answers on ::1 when it can). */
  host?: string;
  /** JSON state file; created from the seed when missing. */
  dataFile: string;
  /** Default 'demo' = fixtures/iom-plan-2011.json; 'empty' = the same list without items. */
  seed?: 'demo' | 'empty';
  /** Generated measures (case 99/00001) added when seeding, for paging tests and the benchmark. */
  extraMeasures?: number;
  /** Added to every /v1.0 response. */
  latencyMs?: number;
  /**
   * The site's time zone when seeding (IANA name; default Europe/Oslo): date-only values are
   * stored as midnight there, as SharePoint stores them in the site's regional setting.
   */
  timeZone?: string;
  /** Nothing on the console (otherwise: writes, failed requests and unexpected errors). */
  quiet?: boolean;
};

export type EmulatorHandle = {
  /** `http://localhost:PORT` (answers on 127.0.0.1 and, when available, ::1). */
  origin: string;
  /** origin + '/v1.0' */
  baseUrl: string;
  /** 'demo.sharepoint.com:/sites/hum' */
  sitePath: string;
  /** 'demo.sharepoint.com,<guid>,<guid>' */
  siteId: string;
  /** The id of the measures list. */
  listId: string;
  /** 'Oppfølgingstiltak' */
  listTitle: string;
  setLatency(ms: number): void;
  /** The same as POST /_emulator/faults. */
  injectFaults(fault: FaultSpec): void;
  /** The same as POST /_emulator/outage. */
  setOutage(down: boolean): void;
  /** The same as POST /_emulator/versioning: a list's versioning settings (by title or id). */
  setVersioning(
    list: string,
    settings: { enabled: boolean; majorVersionLimit?: number },
  ): Promise<void>;
  /** /v1.0 requests received since start (CORS preflights not counted; a $batch counts once). */
  requestCount(): number;
  close(): Promise<void>;
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections would hold close() open until they time out.
    server.closeAllConnections();
  });
}

export async function startEmulator(options: EmulatorOptions): Promise<EmulatorHandle> {
  const seed = options.seed ?? 'demo';
  const extra = options.extraMeasures ?? 0;
  const store = await Store.open(options.dataFile, () =>
    buildSeedState(seed, extra, options.timeZone),
  );
  const host = options.host ?? '127.0.0.1';
  const runtime: EmulatorRuntime = {
    store,
    faults: new FaultQueue(),
    latencyMs: options.latencyMs ?? 0,
    down: false,
    requestCount: 0,
    quiet: options.quiet ?? false,
    fallbackOrigin: '',
  };
  const listener = createRequestListener(runtime);
  const primary = createServer(listener);
  const servers = [primary];
  const port = await listen(primary, options.port ?? 4010, host);
  const loopback = LOOPBACK.has(host);
  if (loopback && host !== '::1') {
    // `localhost` may resolve to ::1 first (browsers, Node's fetch): answer there too when possible.
    const ipv6 = createServer(listener);
    await listen(ipv6, port, '::1').then(
      () => servers.push(ipv6),
      () => undefined,
    );
  }
  const origin = loopback
    ? `http://localhost:${port}`
    : `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  runtime.fallbackOrigin = origin;

  const measuresList = () =>
    store.state.lists.find((list) => list.displayName === DEMO_LIST_TITLE) ?? store.state.lists[0];
  let closed: Promise<void> | null = null;
  return {
    origin,
    baseUrl: `${origin}/v1.0`,
    get sitePath() {
      return `${store.state.site.hostname}:${store.state.site.path}`;
    },
    get siteId() {
      return store.state.site.id;
    },
    get listId() {
      return measuresList()?.id ?? '';
    },
    get listTitle() {
      return measuresList()?.displayName ?? DEMO_LIST_TITLE;
    },
    setLatency(ms: number) {
      runtime.latencyMs = Math.max(0, ms);
    },
    injectFaults(fault: FaultSpec) {
      runtime.faults.add(parseFaultSpec(fault));
    },
    setOutage(down: boolean) {
      runtime.down = down;
    },
    async setVersioning(list, settings) {
      setVersioning(runtime, { list, ...settings });
      await store.commit();
    },
    requestCount: () => runtime.requestCount,
    close() {
      closed ??= Promise.all(servers.map(closeServer)).then(() => store.close());
      return closed;
    },
  };
}
