import type { Client } from '@microsoft/microsoft-graph-client';
import type { Services } from '../features/shared';
import {
  checkListAccess,
  createGraphClient,
  createGraphContributionsApi,
  createGraphMeasuresApi,
  createGraphPlansApi,
  createMeasuresBatch,
  PLANS_LIST_TITLE,
  readMyDepartment,
  saveToDrive,
  type ListSetupApi,
} from '../graph';
import { toScopeUris, type Auth } from '../platform';
import type { DemoCaller } from './demo-caller';
import type { RuntimeConfig } from './runtime-config';
import type { ThrottleSignal } from './throttle-signal';

/** How the tab gets its tokens: none in demo mode, the signed-in user's in a tenant. */
export type TokenSource = {
  auth: Auth;
  /** The configured scopes (full URIs), asked for at sign-in. */
  scopes: readonly string[];
  /** Told after every token the tab got, so the shell can show who is signed in. */
  onToken?: () => void;
};

/** The Graph clients of the tab: one for everyday work, one allowed to create lists. */
export type GraphClients = {
  client: Client;
  /**
   * The same Graph, with Sites.Manage.All on top of the configured scopes: only the
   * configuration page's "create the list" uses it, so users consent to it then, not at sign-in.
   */
  manageClient: Client;
};

export function createGraphClients(
  graphBaseUrl: string,
  tokens: TokenSource | null,
  throttle: ThrottleSignal,
  demoCaller: DemoCaller | null = null,
): GraphClients {
  if (!tokens) {
    // Demo mode signs no one in: its requests carry an unsigned token for whom it acts as, so the
    // emulator names that person in createdBy / lastModifiedBy as Graph names a caller.
    const client = createGraphClient({
      baseUrl: graphBaseUrl,
      onThrottled: throttle.emit,
      unsignedToken: demoCaller?.token,
    });
    return { client, manageClient: client };
  }
  const { auth, scopes, onToken } = tokens;
  const tokenFor = (wanted?: readonly string[]) => async () => {
    const token = await auth.getToken(wanted);
    onToken?.();
    return token;
  };
  const manageScopes = [...scopes, ...toScopeUris(['Sites.Manage.All'])];
  return {
    client: createGraphClient({
      baseUrl: graphBaseUrl,
      getToken: tokenFor(),
      onThrottled: throttle.emit,
    }),
    manageClient: createGraphClient({
      baseUrl: graphBaseUrl,
      getToken: tokenFor(manageScopes),
      onThrottled: throttle.emit,
    }),
  };
}

/** The one place the tab's side effects are built: the measures list and the document library, over one client. */
export function createServices(
  config: RuntimeConfig,
  client: Client,
  throttle: ThrottleSignal,
): Services {
  const location = { site: config.site, list: config.list };
  return {
    measures: createGraphMeasuresApi(client, location),
    plans: createGraphPlansApi(client, { site: config.site, list: PLANS_LIST_TITLE }),
    createMeasures: (measures, onProgress) =>
      createMeasuresBatch(client, location, measures, onProgress ? { onProgress } : {}),
    myDepartment: () => readMyDepartment(client),
    async saveToDocuments(path, data, ifExists) {
      const saved = await saveToDrive(client, config.site, path, data, ifExists);
      return { name: saved.name, webUrl: saved.webUrl };
    },
    onThrottle: throttle.subscribe,
    contributions: createGraphContributionsApi(client, { site: config.site }),
  };
}

/**
 * The configuration page's narrow door to Graph: checking with the everyday client, creating the
 * list with the one that may manage the site's lists.
 */
export function createListSetup({ client, manageClient }: GraphClients): ListSetupApi {
  return {
    checkAccess: (location) => checkListAccess(client, location),
    // Provisioning runs once per site: its code loads when the button is pressed.
    provision: async (location) =>
      (await import('../graph/provision-list')).provisionAllLists(manageClient, location),
  };
}
