import type { app, authentication, nestedAppAuth, pages } from '@microsoft/teams-js';
import { isStandaloneWindow, themeFromHost, toHostedContext } from './host-context';
import type { FrameWindow, HostContext, HostTheme } from './host-context';

export type {
  HostContext,
  HostedContext,
  HostTheme,
  StandaloneContext,
  UnreachableHostContext,
} from './host-context';

/** The parts of teams-js the tab uses; tests pass a fake with the same shape. */
export type TeamsSdk = {
  app: Pick<typeof app, 'initialize' | 'getContext' | 'registerOnThemeChangeHandler'>;
  pages: Pick<typeof pages, 'getConfig'> & {
    config: Pick<typeof pages.config, 'registerOnSaveHandler' | 'setConfig' | 'setValidityState'>;
  };
  nestedAppAuth: Pick<typeof nestedAppAuth, 'isNAAChannelRecommended'>;
  authentication: Pick<typeof authentication, 'authenticate'>;
};

/**
 * How the tab signs in where it runs:
 * - `nested`: Nested App Authentication, the host brokers the tokens (NAA recommended and its
 *   bridge is there);
 * - `host-window`: the host's authentication window (`authentication.authenticate`), which runs
 *   MSAL's redirect on a page of its own: a host without NAA, where a popup from the tab's frame
 *   would never hear back (MSAL answers popups over a BroadcastChannel);
 * - `redirect`: a page of its own goes to Entra ID and back.
 */
export type SignInChannel = 'nested' | 'host-window' | 'redirect';

export type Host = {
  readonly context: HostContext;
  /** Calls the listener on every live theme change from the host; returns the unsubscribe. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /** teams-js, initialised: for the channel tab's configuration page. Null when not hosted. */
  readonly sdk: TeamsSdk | null;
  readonly signInChannel: SignInChannel;
};

export type HostWindow = FrameWindow & { readonly nestedAppAuthBridge?: unknown };

export type InitializeHostOptions = {
  /**
   * After how long without an answer to `app.initialize()` the host counts as slow. The tab
   * keeps waiting (teams-js itself gives up only after 60 s); `onSlow` lets it tell the user.
   */
  slowAfterMs?: number;
  /** Called once when the host has not answered within `slowAfterMs`. */
  onSlow?: () => void;
  /** Loads teams-js; replaced in tests. The default is a dynamic import, so standalone pages never fetch it. */
  loadSdk?: () => Promise<TeamsSdk>;
};

export const DEFAULT_SLOW_HOST_MS = 4000;

const loadTeamsJs = (): Promise<TeamsSdk> => import('@microsoft/teams-js');

/**
 * Finds out where the tab runs. On its own (not framed, not opened by another window, no native
 * host) it answers at once without loading teams-js. Framed, or in a phone's web view, it loads
 * teams-js and waits for the host as long as teams-js does: a slow host is still a host, never a
 * reason to run as a page of its own (whose redirect sign-in MSAL refuses inside a frame).
 */
export async function initializeHost(
  win: HostWindow,
  options: InitializeHostOptions = {},
): Promise<Host> {
  if (isStandaloneWindow(win)) return notHosted({ mode: 'standalone', reason: 'top-level' });

  const slow = setTimeout(() => options.onSlow?.(), options.slowAfterMs ?? DEFAULT_SLOW_HOST_MS);
  let sdk: TeamsSdk;
  let context: app.Context;
  try {
    sdk = await (options.loadSdk ?? loadTeamsJs)();
    await sdk.app.initialize();
    context = await sdk.app.getContext();
  } catch (error) {
    console.warn('Oppfølging: the host did not answer teams-js.', error);
    const timedOut = error instanceof Error && /timed out/i.test(error.message);
    return notHosted({ mode: 'unreachable', reason: timedOut ? 'timed-out' : 'failed' });
  } finally {
    clearTimeout(slow);
  }

  const listeners = new Set<(theme: HostTheme) => void>();
  sdk.app.registerOnThemeChangeHandler((theme) => {
    const mapped = themeFromHost(theme);
    for (const listener of listeners) listener(mapped);
  });
  return {
    context: toHostedContext(context),
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sdk,
    signInChannel: hostedSignInChannel(sdk, win),
  };
}

/**
 * NAA only where the host recommends it and its bridge is there (teams-js injects it during
 * app.initialize in a frame; a phone's host provides it itself): without the bridge MSAL would
 * quietly hand back a standard client, whose popups never complete inside the host.
 */
function hostedSignInChannel(sdk: TeamsSdk, win: HostWindow): SignInChannel {
  let recommended = false;
  try {
    recommended = sdk.nestedAppAuth.isNAAChannelRecommended();
  } catch {
    // An old host without runtime capabilities: no NAA.
  }
  return recommended && win.nestedAppAuthBridge ? 'nested' : 'host-window';
}

function notHosted(context: HostContext): Host {
  return {
    context,
    onThemeChange: () => () => undefined,
    sdk: null,
    signInChannel: 'redirect',
  };
}
