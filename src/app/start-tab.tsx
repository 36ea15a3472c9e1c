import { StrictMode, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import {
  createAuth,
  createTabConfigHost,
  hostWindowOpener,
  initializeHost,
  readConfig,
  readSubEntity,
  readTabSettings,
  redirectBridgeUri,
  resolveListLocation,
  toAuthError,
  type AuthClientFactory,
  type ConfigEnv,
  type Host,
  type TenantConfig,
} from '../platform';
import { App } from './App';
import { createAuthSession, type AuthSession } from './auth-session';
import { browserStorage } from './browser-storage';
import { createDemoCaller } from './demo-caller';
import { rememberMeasureInFocus, takeMeasureToReturnTo } from './return-to-measure';
import { toRuntimeConfig } from './runtime-config';
import {
  ConfigProblemsPage,
  HostNotAnsweringPage,
  LoadFailedPage,
  NoSitePage,
  SignInFailedPage,
} from './StartupPage';
import { TabFrame } from './TabFrame';
import { createThrottleSignal } from './throttle-signal';

export type StartOptions = {
  root: Root;
  window: Window;
  /** Vite's `import.meta.env`: the build's configuration. */
  env: ConfigEnv;
  /** Makes MSAL's clients; tests pass a fake. Default: @azure/msal-browser, loaded on demand. */
  authFactory?: AuthClientFactory;
};

/** The display while the host has not answered yet: the browser's language, the light theme. */
const WAITING_HOST: Pick<Host, 'context' | 'onThemeChange'> = {
  context: { mode: 'unreachable', reason: 'timed-out' },
  onThemeChange: () => () => undefined,
};

/** The name Teams gives a new channel tab. */
const TAB_DISPLAY_NAME = 'Oppfølging';

/**
 * Starts the tab: checks the configuration, finds out where it runs (Teams, Outlook, the
 * Microsoft 365 app, or a page of its own), signs in (tenant mode), then shows the configuration
 * page or the plan. Anything that stops it shows a page saying what to do, never a blank tab.
 */
export async function startTab({
  root,
  window: win,
  env,
  authFactory,
}: StartOptions): Promise<void> {
  // The Graph client and the services over it come in a chunk of their own, fetched from the
  // first moment beside the host's answer and the sign-in (teams-js and MSAL load on demand too):
  // nothing waits for them before the first request to Graph needs them.
  const servicesModule = import('./create-services');
  // Awaited below on every path that reaches Graph; a page that stops earlier never asks.
  servicesModule.catch(() => undefined);
  const result = readConfig(env, win.location);
  const frame = (host: Pick<Host, 'context' | 'onThemeChange'>, page: ReactNode) =>
    root.render(
      <StrictMode>
        <TabFrame host={host}>{page}</TabFrame>
      </StrictMode>,
    );
  // Before rendering anything, so the first paint already has the host's theme and language;
  // a host that takes long gets a page saying so (in the browser's language) meanwhile.
  const host = await initializeHost(win, {
    onSlow: () => frame(WAITING_HOST, <HostNotAnsweringPage waiting href={win.location.href} />),
  });
  const render = (page: ReactNode) => frame(host, page);

  if (host.context.mode === 'unreachable') {
    render(<HostNotAnsweringPage waiting={false} href={win.location.href} />);
    return;
  }
  if (!result.ok) {
    render(<ConfigProblemsPage problems={result.problems} />);
    return;
  }
  const config = result.config;
  const hosted = host.context.mode === 'hosted' ? host.context : null;
  const search = win.location.search;
  const params = new URLSearchParams(search);
  const returnTo = takeMeasureToReturnTo(browserStorage('sessionStorage'));
  // A Teams deep link's sub-entity: a measure to open, or a view a manager sent.
  const linked = readSubEntity(hosted?.subPageId ?? null);
  const teamsTab =
    hosted?.appId && hosted.pageId ? { appId: hosted.appId, entityId: hosted.pageId } : null;
  const throttle = createThrottleSignal();

  const begin = async (signInNow: boolean) => {
    let session: AuthSession | null = null;
    if (config.mode === 'tenant') {
      try {
        session = createAuthSession(await signInSetup(config, host, win, authFactory));
      } catch (error) {
        // A sign-in by redirect came back refused or cancelled: say so, and let the user retry.
        render(<SignInFailedPage error={toAuthError(error)} onSignIn={() => void begin(true)} />);
        return;
      }
    }
    const tokens = session && {
      auth: session.auth,
      scopes: config.mode === 'tenant' ? config.scopes : [],
      onToken: session.tokenReceived,
    };
    const demoCaller = config.mode === 'demo' ? createDemoCaller() : null;
    const loadFailed = (error: unknown) => {
      console.error('Oppfølging: a part of the tab did not load.', error);
      render(<LoadFailedPage onReload={() => win.location.reload()} />);
    };
    let services: Awaited<typeof servicesModule>;
    try {
      services = await servicesModule;
    } catch (error) {
      loadFailed(error);
      return;
    }
    const { createGraphClients, createListSetup, createServices } = services;
    const clients = createGraphClients(config.graphBaseUrl, tokens, throttle, demoCaller);

    if (params.get('view') === 'config' || hosted?.frame === 'settings') {
      const teams =
        host.sdk && hosted?.frame === 'settings'
          ? createTabConfigHost(host.sdk, {
              pageOrigin: win.location.origin,
              displayName: TAB_DISPLAY_NAME,
            })
          : null;
      // The configuration page and provisioning are needed once per tab, not on every visit.
      const configureModule = await import('./ConfigureView').catch((error: unknown) => {
        loadFailed(error);
        return null;
      });
      if (!configureModule) return;
      const { ConfigureView } = configureModule;
      render(
        <ConfigureView
          session={session}
          pageOrigin={win.location.origin}
          setup={{
            lists: createListSetup(clients),
            teams,
            savedSettings: teams
              ? () => teams.savedSettings()
              : () => Promise.resolve(readTabSettings(search)),
            defaultLocation: (saved) => resolveListLocation(config, host.context, saved),
          }}
        />,
      );
    } else {
      const tab = readTabSettings(search);
      const location = resolveListLocation(config, host.context, tab);
      if (location.site === null) {
        render(<NoSitePage />);
      } else {
        const runtime = toRuntimeConfig(config, {
          site: location.site,
          list: location.list,
          plan: tab.plan,
        });
        render(
          <App
            config={runtime}
            services={createServices(runtime, clients.client, throttle)}
            session={session}
            demoCaller={demoCaller}
            hostUser={hosted?.user ?? null}
            linkedMeasureId={
              (linked?.kind === 'measure' ? linked.id : null) ?? params.get('measure') ?? returnTo
            }
            linkedViewQuery={linked?.kind === 'view' ? linked.query : null}
            teamsTab={teamsTab}
          />,
        );
      }
    }
    // "Sign in" on the failure page: a click, so the host's popup may open.
    if (signInNow) void session?.auth.signIn().catch(() => undefined);
  };
  await begin(false);
}

/**
 * MSAL for the tab: Nested App Authentication where the host offers it, the host's
 * authentication window where it does not, redirects on a page of its own.
 */
function signInSetup(
  config: TenantConfig,
  host: Host,
  win: Window,
  factory: AuthClientFactory | undefined,
) {
  const hosted = host.context.mode === 'hosted' ? host.context : null;
  return createAuth({
    settings: {
      clientId: config.clientId,
      authority: config.authority,
      scopes: config.scopes,
      redirectUri: redirectBridgeUri(win.location.origin),
    },
    flow: host.signInChannel,
    hostWindow: host.sdk ? hostWindowOpener(host.sdk) : undefined,
    factory,
    hints: hosted?.user ?? undefined,
    beforeRedirect: () => rememberMeasureInFocus(browserStorage('sessionStorage'), win.document),
  });
}
