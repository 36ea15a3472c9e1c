import type { AccountInfo, Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { AuthError, needsInteraction, toAuthError } from './auth-error';
import { authStartUrl, decodeAnswer, decodeFailure } from './auth-window';
import type { AuthWindowToken } from './auth-window';
import type { SignInChannel } from './host';

export { AuthError, isAuthError, needsAdministrator, toAuthError } from './auth-error';
export type { AuthErrorKind } from './auth-error';

/** The part of MSAL's client this module uses; tests pass a fake with the same shape. */
export type AuthClient = Pick<
  IPublicClientApplication,
  | 'acquireTokenSilent'
  | 'acquireTokenPopup'
  | 'acquireTokenRedirect'
  | 'handleRedirectPromise'
  | 'getAccount'
  | 'getAllAccounts'
  | 'getActiveAccount'
  | 'setActiveAccount'
  | 'logoutRedirect'
>;

/** Makes MSAL clients; the default loads @azure/msal-browser only when the tab signs in (not in demo mode). */
export type AuthClientFactory = {
  /** Nested App Authentication; call only after teams-js' app.initialize() (TEAMS-NOTES.md). */
  nestable(configuration: Configuration): Promise<AuthClient>;
  standard(configuration: Configuration): Promise<AuthClient>;
};

export type AuthSettings = {
  clientId: string;
  /** `https://login.microsoftonline.com/<tenant>`. */
  authority: string;
  /** Full scope URIs. */
  scopes: readonly string[];
  /**
   * The redirect bridge page (`<origin>/auth-redirect.html`): where Entra ID sends the answer of
   * a redirect, a popup or a hidden iframe (MSAL v5).
   */
  redirectUri: string;
};

export type AuthOptions = {
  settings: AuthSettings;
  /**
   * `nested`: inside Teams, Outlook or the Microsoft 365 app with Nested App Authentication
   * (silent, then a popup the host brokers). `host-window`: inside a host without it (the host's
   * authentication window runs the redirect, see auth-window.ts). `redirect`: a standalone page
   * (silent, then the page goes to Entra ID and back).
   */
  flow: SignInChannel;
  /** The host's hints for choosing the account (app.getContext().user). */
  hints?: { loginHint?: string | null; tenantId?: string | null };
  factory?: AuthClientFactory;
  /**
   * Opens the host's authentication window at a URL and resolves with what its end page
   * reported (teams-js `authentication.authenticate`). Needed for `host-window`; with `nested`
   * it is the way out when the host turns out to have NAA disabled or unavailable.
   */
  hostWindow?: (url: string) => Promise<string>;
  /**
   * Runs before the page leaves for Entra ID (redirect flow), so the shell can store what the
   * user has typed and not yet saved.
   */
  beforeRedirect?: () => void | Promise<void>;
};

export type SignedInAccount = { name: string | null; username: string; tenantId: string };

export type Auth = {
  /**
   * An access token: silent when possible, interactive when required. For the configured
   * scopes, or for others asked for on the spot (the configuration page creating the list
   * needs Sites.Manage.All; the user consents then, not at every sign-in).
   */
  getToken(scopes?: readonly string[]): Promise<string>;
  /**
   * Interactive sign-in, for a "Sign in" button: a popup opened from a click is not blocked.
   * In the redirect flow the page leaves and the promise does not settle.
   */
  signIn(): Promise<void>;
  /** Who is signed in, once known. */
  account(): SignedInAccount | null;
  /**
   * Signs out on a page of its own (redirect flow): MSAL forgets the account and its tokens and
   * Entra ID ends the session, then sends the browser back to the tab. Inside a Microsoft 365
   * host the host owns the sign-in: only the tab's own hold on the account is dropped.
   */
  signOut(): Promise<void>;
  /**
   * Tells the listener about every failed sign-in, typed: the Graph client reports a failed
   * token only as "unauthorized", so the shell listens here to say what happened and offer
   * "Sign in". Returns the unsubscribe.
   */
  onError(listener: (error: AuthError) => void): () => void;
};

export const msalClientFactory: AuthClientFactory = {
  async nestable(configuration) {
    const msal = await import('@azure/msal-browser');
    return msal.createNestablePublicClientApplication(configuration);
  },
  async standard(configuration) {
    const msal = await import('@azure/msal-browser');
    return msal.createStandardPublicClientApplication(configuration);
  },
};

export function msalConfiguration(settings: AuthSettings): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri: settings.redirectUri,
    },
    // sessionStorage, not localStorage: tokens leave with the tab (TEAMS-NOTES.md, "Cache").
    cache: { cacheLocation: 'sessionStorage' },
  };
}

/** One way of getting tokens: MSAL's client (nested or redirect), or the host's window. */
type Channel = {
  /** A token without the user, or null when the user must take part. */
  silent(wanted: string[]): Promise<string | null>;
  interactive(wanted: string[]): Promise<string>;
  account(): SignedInAccount | null;
  signOut(): Promise<void>;
};

/**
 * Sets up sign-in for the tab. In the redirect flow this first completes a sign-in that is
 * coming back from Entra ID; its failure (the user cancelled on Entra ID's page) rejects here.
 */
export async function createAuth(options: AuthOptions): Promise<Auth> {
  const { settings, flow } = options;
  const scopes = [...settings.scopes];
  const loginHint = options.hints?.loginHint ?? undefined;
  const windowChannel = options.hostWindow
    ? hostWindowChannel(options.hostWindow, new URL(settings.redirectUri).origin, loginHint)
    : null;

  let channel: Channel;
  if (flow === 'host-window') {
    if (!windowChannel) throw new AuthError('sign-in-failed', 'host-window needs hostWindow');
    channel = windowChannel;
  } else {
    channel = await msalChannel(options);
  }

  // NAA turned off or unavailable in this host: the host's own window still signs in.
  const run = async <T>(operation: (current: Channel) => Promise<T>): Promise<T> => {
    try {
      return await operation(channel);
    } catch (error) {
      const authError = toAuthError(error);
      if (authError.kind !== 'host-sign-in-unavailable' || !windowChannel) throw authError;
      if (channel === windowChannel) throw authError;
      channel = windowChannel;
      return operation(channel);
    }
  };

  // One interaction at a time (MSAL refuses a second one): parallel Graph requests for the same
  // scopes share it instead of opening several popups; other scopes wait for it to end.
  let interaction: { key: string; promise: Promise<string> } | null = null;
  const interact = async (wanted: string[]): Promise<string> => {
    const key = wanted.join(' ');
    while (interaction && interaction.key !== key) {
      await interaction.promise.catch(() => undefined);
    }
    if (interaction) return interaction.promise;
    const promise = run((current) => current.interactive(wanted)).finally(() => {
      interaction = null;
    });
    interaction = { key, promise };
    return promise;
  };

  const listeners = new Set<(error: AuthError) => void>();
  const reported = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      const authError = toAuthError(error);
      for (const listener of listeners) listener(authError);
      throw authError;
    }
  };

  return {
    getToken(requested) {
      const wanted = requested ? [...requested] : scopes;
      return reported(async () => {
        if (interaction?.key === wanted.join(' ')) return interaction.promise;
        return (await run((current) => current.silent(wanted))) ?? interact(wanted);
      });
    },
    signIn() {
      return reported(async () => {
        await interact(scopes);
      });
    },
    onError(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    account: () => channel.account(),
    signOut: () => channel.signOut(),
  };
}

async function msalChannel(options: AuthOptions): Promise<Channel> {
  const { settings } = options;
  const flow = options.flow === 'nested' ? 'nested' : 'redirect';
  const factory = options.factory ?? msalClientFactory;
  const loginHint = options.hints?.loginHint ?? undefined;
  const tenantId = options.hints?.tenantId ?? undefined;

  let client: AuthClient;
  try {
    const configuration = msalConfiguration(settings);
    client =
      flow === 'nested'
        ? await factory.nestable(configuration)
        : await factory.standard(configuration);
    if (flow === 'redirect') {
      const returning = await client.handleRedirectPromise();
      if (returning) client.setActiveAccount(returning.account);
    }
  } catch (error) {
    throw toAuthError(error);
  }

  const currentAccount = (): AccountInfo | null => {
    const active = client.getActiveAccount();
    if (active) return active;
    if (loginHint || tenantId) {
      const hinted = client.getAccount({ loginHint, tenantId });
      if (hinted) return hinted;
    }
    // The redirect flow without hints: the one account this browser tab signed in with.
    return flow === 'redirect' ? (client.getAllAccounts()[0] ?? null) : null;
  };

  const popup = async (wanted: string[]): Promise<string> => {
    const result = await client.acquireTokenPopup({ scopes: wanted, loginHint });
    client.setActiveAccount(result.account);
    return result.accessToken;
  };

  const redirect = async (wanted: string[]): Promise<string> => {
    await options.beforeRedirect?.();
    await client.acquireTokenRedirect({ scopes: wanted, loginHint });
    // The page is on its way to Entra ID; nothing waiting for this token will run again.
    return new Promise<string>(() => undefined);
  };

  return {
    async silent(wanted) {
      const account = currentAccount() ?? undefined;
      // A standard client needs an account for a silent request; NAA asks the host without one.
      if (!account && flow === 'redirect') return null;
      try {
        const result = await client.acquireTokenSilent({ scopes: wanted, account });
        client.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        if (needsInteraction(error)) return null;
        throw toAuthError(error);
      }
    },
    interactive: (wanted) => (flow === 'nested' ? popup(wanted) : redirect(wanted)),
    account() {
      const account = currentAccount();
      if (!account) return null;
      return { name: account.name ?? null, username: account.username, tenantId: account.tenantId };
    },
    async signOut() {
      const account = currentAccount();
      client.setActiveAccount(null);
      if (flow !== 'redirect') return;
      try {
        await client.logoutRedirect({
          account: account ?? undefined,
          postLogoutRedirectUri: new URL('/', settings.redirectUri).toString(),
        });
      } catch (error) {
        throw toAuthError(error);
      }
    },
  };
}

/** Tokens stay in memory at least this long before they expire; later ones are fetched anew. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * Sign-in through the host's authentication window: the tokens it hands back live in the tab's
 * memory until they are about to expire; then the window opens again (Entra ID's own session
 * usually lets it close at once).
 */
function hostWindowChannel(
  open: (url: string) => Promise<string>,
  pageOrigin: string,
  loginHint: string | undefined,
): Channel {
  const tokens = new Map<string, AuthWindowToken>();
  let account: SignedInAccount | null = null;
  return {
    silent(wanted) {
      const token = tokens.get(wanted.join(' '));
      const fresh = token && token.expiresOn - EXPIRY_MARGIN_MS > Date.now();
      return Promise.resolve(fresh ? token.accessToken : null);
    },
    async interactive(wanted) {
      let answer: string;
      try {
        answer = await open(
          authStartUrl(pageOrigin, { scopes: wanted, loginHint: loginHint ?? null }),
        );
      } catch (error) {
        throw toAuthError(decodeFailure(error instanceof Error ? error.message : String(error)));
      }
      let token: AuthWindowToken;
      try {
        token = decodeAnswer(answer);
      } catch (failure) {
        throw toAuthError(failure);
      }
      tokens.set(wanted.join(' '), token);
      account = token.account;
      return token.accessToken;
    },
    account: () => account,
    // The host owns the session: the tab only forgets the tokens its window brought back.
    signOut() {
      tokens.clear();
      account = null;
      return Promise.resolve();
    },
  };
}

/** The redirect bridge page's address for a page origin; register it as an SPA redirect URI. */
export function redirectBridgeUri(pageOrigin: string): string {
  return new URL('/auth-redirect.html', pageOrigin).toString();
}
