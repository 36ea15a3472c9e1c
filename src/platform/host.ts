import type { app, pages } from '@microsoft/teams-js';
import { isStandaloneWindow, themeFromHost, toHostedContext } from './host-context';
import type { FrameWindow, HostContext, HostTheme } from './host-context';

export type { HostContext, HostedContext, HostTheme, StandaloneContext } from './host-context';

/** The parts of teams-js the tab uses; tests pass a fake with the same shape. */
export type TeamsSdk = {
  app: Pick<typeof app, 'initialize' | 'getContext' | 'registerOnThemeChangeHandler'>;
  pages: Pick<typeof pages, 'getConfig'> & {
    config: Pick<typeof pages.config, 'registerOnSaveHandler' | 'setConfig' | 'setValidityState'>;
  };
};

export type Host = {
  readonly context: HostContext;
  /** Calls the listener on every live theme change from the host; returns the unsubscribe. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /** teams-js, initialised: for the channel tab's configuration page. Null when standalone. */
  readonly sdk: TeamsSdk | null;
};

export type InitializeHostOptions = {
  /**
   * How long to wait for the host to answer `app.initialize()`. teams-js itself gives up only
   * after 60 s when the frame's parent is not a Microsoft host (TEAMS-NOTES.md).
   */
  timeoutMs?: number;
  /** Loads teams-js; replaced in tests. The default is a dynamic import, so standalone pages never fetch it. */
  loadSdk?: () => Promise<TeamsSdk>;
};

export const DEFAULT_HOST_TIMEOUT_MS = 5000;

const loadTeamsJs = (): Promise<TeamsSdk> => import('@microsoft/teams-js');

/**
 * Finds out where the tab runs. On its own (not framed, not opened by another window) it
 * answers at once without loading teams-js; framed, it loads teams-js and waits at most
 * `timeoutMs` for the host before it falls back to standalone.
 */
export async function initializeHost(
  win: FrameWindow,
  options: InitializeHostOptions = {},
): Promise<Host> {
  if (isStandaloneWindow(win)) return standaloneHost('top-level');

  const timeoutMs = options.timeoutMs ?? DEFAULT_HOST_TIMEOUT_MS;
  let sdk: TeamsSdk;
  let context: app.Context;
  try {
    sdk = await (options.loadSdk ?? loadTeamsJs)();
    const answered = await withinTime(sdk.app.initialize(), timeoutMs);
    if (!answered) return standaloneHost('no-answer');
    context = await sdk.app.getContext();
  } catch (error) {
    // A framed page whose parent is no Microsoft host still works as a plain web page.
    console.warn('Oppfølging: teams-js did not start; running standalone.', error);
    return standaloneHost('failed');
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
  };
}

function standaloneHost(reason: 'top-level' | 'no-answer' | 'failed'): Host {
  return {
    context: { mode: 'standalone', reason },
    onThemeChange: () => () => undefined,
    sdk: null,
  };
}

/** True when the promise settles in time (rethrowing its rejection), false on timeout. */
async function withinTime(promise: Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
