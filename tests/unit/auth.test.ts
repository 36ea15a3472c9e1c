import {
  AuthError,
  BrowserAuthError,
  BrowserAuthErrorCodes,
  ClientAuthError,
  InteractionRequiredAuthError,
  ServerError,
} from '@azure/msal-browser';
import type { AccountInfo, AuthenticationResult, Configuration } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { createAuth, redirectBridgeUri } from '../../src/platform/auth';
import type { AuthClient, AuthClientFactory, AuthOptions } from '../../src/platform/auth';
import { authErrorMessages, describeAuthError } from '../../src/platform/auth-messages';
import { isAuthError, needsAdministrator, toAuthError } from '../../src/platform/auth-error';
import type { AuthError as TabAuthError } from '../../src/platform/auth-error';
import { encodeFailure, encodeToken } from '../../src/platform/auth-window';

const kari: AccountInfo = {
  homeAccountId: 'kari.tenant-1',
  environment: 'login.microsoftonline.com',
  tenantId: 'tenant-1',
  username: 'kari@contoso.no',
  localAccountId: 'kari',
  name: 'Kari Nordmann',
};

function result(token: string, account: AccountInfo = kari): AuthenticationResult {
  return { accessToken: token, account } as AuthenticationResult;
}

/** MSAL's client as far as the tab uses it, with a token cache the test controls. */
class FakeMsal implements AuthClient {
  accounts: AccountInfo[] = [];
  active: AccountInfo | null = null;
  silent: (account: AccountInfo | undefined) => Promise<AuthenticationResult> = () =>
    Promise.reject(new InteractionRequiredAuthError('no_tokens_found', 'c'));
  popup: () => Promise<AuthenticationResult> = () => Promise.resolve(result('popup-token'));
  redirectAnswer: AuthenticationResult | null = null;
  redirectError: unknown = null;

  acquireTokenSilent = vi.fn((request: Parameters<AuthClient['acquireTokenSilent']>[0]) =>
    this.silent(request.account),
  );
  acquireTokenPopup = vi.fn<AuthClient['acquireTokenPopup']>(() => this.popup());
  acquireTokenRedirect = vi.fn<AuthClient['acquireTokenRedirect']>(() => Promise.resolve());
  handleRedirectPromise = vi.fn(() =>
    this.redirectError ? Promise.reject(this.redirectError) : Promise.resolve(this.redirectAnswer),
  );
  getAccount = vi.fn(
    (filter: { loginHint?: string; tenantId?: string }) =>
      this.accounts.find(
        (account) =>
          (!filter.loginHint || account.username === filter.loginHint) &&
          (!filter.tenantId || account.tenantId === filter.tenantId),
      ) ?? null,
  );
  getAllAccounts = vi.fn(() => this.accounts);
  getActiveAccount = vi.fn(() => this.active);
  setActiveAccount = vi.fn((account: AccountInfo | null) => {
    this.active = account;
  });
  logoutRedirect = vi.fn<AuthClient['logoutRedirect']>(() => Promise.resolve());
}

function factoryFor(client: FakeMsal) {
  const made: { kind: 'nestable' | 'standard'; configuration: Configuration }[] = [];
  const factory: AuthClientFactory = {
    nestable: (configuration) => {
      made.push({ kind: 'nestable', configuration });
      return Promise.resolve(client);
    },
    standard: (configuration) => {
      made.push({ kind: 'standard', configuration });
      return Promise.resolve(client);
    },
  };
  return { factory, made };
}

const settings: AuthOptions['settings'] = {
  clientId: '11111111-2222-3333-4444-555555555555',
  authority: 'https://login.microsoftonline.com/tenant-1',
  scopes: ['https://graph.microsoft.com/Sites.ReadWrite.All'],
  redirectUri: redirectBridgeUri('https://tab.example.org'),
};

async function failureOf(promise: Promise<unknown>): Promise<TabAuthError> {
  try {
    await promise;
  } catch (error) {
    if (isAuthError(error)) return error;
    throw new Error(`expected an AuthError, got ${String(error)}`);
  }
  throw new Error('expected a failure');
}

describe('createAuth in Teams, Outlook and the Microsoft 365 app (nested app authentication)', () => {
  const nested = (client: FakeMsal) =>
    createAuth({
      settings,
      flow: 'nested',
      hints: { loginHint: 'kari@contoso.no', tenantId: 'tenant-1' },
      factory: factoryFor(client).factory,
    });

  it('creates a nestable client with the tab settings and a sessionStorage cache', async () => {
    const client = new FakeMsal();
    const { factory, made } = factoryFor(client);
    await createAuth({ settings, flow: 'nested', factory });
    expect(made).toEqual([
      {
        kind: 'nestable',
        configuration: {
          auth: {
            clientId: settings.clientId,
            authority: settings.authority,
            redirectUri: 'https://tab.example.org/auth-redirect.html',
          },
          cache: { cacheLocation: 'sessionStorage' },
        },
      },
    ]);
    expect(client.handleRedirectPromise).not.toHaveBeenCalled();
  });

  it("gets the token silently for the host's user, without a popup", async () => {
    const client = new FakeMsal();
    client.accounts = [{ ...kari, username: 'ola@contoso.no' }, kari];
    client.silent = (account) => Promise.resolve(result(`silent-for-${account?.username}`));
    const auth = await nested(client);
    await expect(auth.getToken()).resolves.toBe('silent-for-kari@contoso.no');
    expect(client.getAccount).toHaveBeenCalledWith({
      loginHint: 'kari@contoso.no',
      tenantId: 'tenant-1',
    });
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: settings.scopes,
      account: kari,
    });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
    expect(auth.account()).toEqual({
      name: 'Kari Nordmann',
      username: 'kari@contoso.no',
      tenantId: 'tenant-1',
    });
  });

  it('asks the host without an account when none is cached yet', async () => {
    const client = new FakeMsal();
    client.silent = () => Promise.resolve(result('from-host'));
    const auth = await nested(client);
    await expect(auth.getToken()).resolves.toBe('from-host');
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: settings.scopes,
      account: undefined,
    });
  });

  it('opens one popup when interaction is required, shared by parallel requests', async () => {
    const client = new FakeMsal();
    const auth = await nested(client);
    const tokens = await Promise.all([auth.getToken(), auth.getToken(), auth.getToken()]);
    expect(tokens).toEqual(['popup-token', 'popup-token', 'popup-token']);
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
    expect(client.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: settings.scopes,
      loginHint: 'kari@contoso.no',
    });
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('uses the popup for the account the user signed in with next time', async () => {
    const client = new FakeMsal();
    const auth = await nested(client);
    await auth.getToken();
    client.silent = (account) => Promise.resolve(result(`silent-for-${account?.username}`));
    await expect(auth.getToken()).resolves.toBe('silent-for-kari@contoso.no');
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('says so when the popup is blocked, and the sign-in button tries again', async () => {
    const client = new FakeMsal();
    client.popup = () =>
      Promise.reject(new BrowserAuthError(BrowserAuthErrorCodes.popupWindowError, 'c'));
    const auth = await nested(client);
    const error = await failureOf(auth.getToken());
    expect(error.kind).toBe('popup-blocked');
    expect(error.code).toBe('popup_window_error');

    client.popup = () => Promise.resolve(result('after-click'));
    await auth.signIn();
    client.silent = () => Promise.resolve(result('cached'));
    await expect(auth.getToken()).resolves.toBe('cached');
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(2);
  });

  it.each([
    [
      'user closed the popup',
      new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, 'c'),
      'user-cancelled',
    ],
    ['user cancelled in the host', new ClientAuthError('user_canceled', 'c'), 'user-cancelled'],
    [
      'user pressed Cancel on the Entra ID page',
      new ServerError('access_denied', 'c', 'The user cancelled the flow', 'cancel'),
      'user-cancelled',
    ],
    [
      'user declined the permissions',
      new ServerError('access_denied', 'c', 'AADSTS65004: declined', '', '65004'),
      'consent-required',
    ],
    [
      'admin consent missing',
      new ServerError('invalid_grant', 'c', 'AADSTS65001: not consented', '', '65001'),
      'consent-required',
    ],
    [
      'consent required in the answer',
      new InteractionRequiredAuthError('consent_required', 'c'),
      'consent-required',
    ],
    [
      'redirect URI not registered',
      new ServerError('invalid_request', 'c', 'AADSTS50011', '', '50011'),
      'redirect-uri-not-registered',
    ],
    [
      'the broker is unavailable',
      new ClientAuthError('nested_app_auth_bridge_disabled', 'c'),
      'host-sign-in-unavailable',
    ],
    ['something else', new Error('boom'), 'sign-in-failed'],
  ] as const)('explains a failed popup: %s', async (_case, failure, kind) => {
    const client = new FakeMsal();
    client.popup = () => Promise.reject(failure);
    const auth = await nested(client);
    const error = await failureOf(auth.getToken());
    expect(error.kind).toBe(kind);
    expect(authErrorMessages.nb[error.kind].action).not.toBe('');
    expect(authErrorMessages.en[error.kind].title).not.toBe('');
  });

  it('does not open a popup when the silent attempt failed for another reason', async () => {
    const client = new FakeMsal();
    client.silent = () => Promise.reject(new BrowserAuthError('no_network_connectivity', 'c'));
    const auth = await nested(client);
    const error = await failureOf(auth.getToken());
    expect(error.kind).toBe('offline');
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });
});

/**
 * A BridgeError (what the host answers NAA's bridge) as MSAL 5.30 hands it to the tab:
 * NestedAppAuthAdapter.fromBridgeError → bridgeErrorToWebBrokerBridgeError → toAuthError in
 * webBrokerBridge/WebBrokerBridgeErrorMap.ts. Note what it keeps: the status picks the class,
 * `code` becomes errorCode, `description` becomes errorMessage, and `subError` is dropped.
 */
function liftedByMsal(bridge: {
  status: string;
  code?: string;
  subError?: string;
  description?: string;
}): Error {
  switch (bridge.status) {
    case 'USER_INTERACTION_REQUIRED':
      return new InteractionRequiredAuthError(bridge.code ?? '', '', bridge.description);
    case 'TRANSIENT_ERROR':
    case 'PERSISTENT_ERROR':
      return new ServerError(bridge.code ?? '', '', bridge.description);
    case 'USER_CANCEL':
      return new ClientAuthError('user_canceled', '');
    case 'NO_NETWORK':
      return new ClientAuthError('no_network_connectivity', '');
    case 'ACCOUNT_UNAVAILABLE':
      return new ClientAuthError('no_account_found', '');
    case 'DISABLED':
      return new ClientAuthError('nested_app_auth_bridge_disabled', '');
    case 'NESTED_APP_AUTH_UNAVAILABLE':
      return new ClientAuthError(
        bridge.code || 'nested_app_auth_bridge_disabled',
        '',
        bridge.description,
      );
    default:
      return new AuthError(bridge.code || 'unknown_error', '', bridge.description);
  }
}

describe("NAA's bridge errors", () => {
  const nested = (client: FakeMsal, hostWindow?: (url: string) => Promise<string>) =>
    createAuth({
      settings,
      flow: 'nested',
      hints: { loginHint: 'kari@contoso.no', tenantId: 'tenant-1' },
      factory: factoryFor(client).factory,
      hostWindow,
    });

  it('asks the user to sign in when the host has no account for a silent request', async () => {
    const client = new FakeMsal();
    client.silent = () => Promise.reject(liftedByMsal({ status: 'ACCOUNT_UNAVAILABLE' }));
    const auth = await nested(client);
    await expect(auth.getToken()).resolves.toBe('popup-token');
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('asks the user when the host says interaction is required', async () => {
    const client = new FakeMsal();
    client.silent = () =>
      Promise.reject(
        liftedByMsal({
          status: 'USER_INTERACTION_REQUIRED',
          code: 'invalid_grant',
          description:
            'AADSTS50076: Due to a configuration change … you must use multi-factor authentication.',
        }),
      );
    const auth = await nested(client);
    await expect(auth.getToken()).resolves.toBe('popup-token');
  });

  it.each([
    [
      'a wrong redirect URI (brk-multihub missing)',
      {
        status: 'PERSISTENT_ERROR',
        code: 'invalid_request',
        description:
          "AADSTS50011: The redirect URI 'brk-multihub://oppfolging.example.no' specified in the request does not match the redirect URIs configured for the application.",
      },
      'redirect-uri-not-registered',
      'invalid_request/AADSTS50011',
    ],
    [
      'missing admin consent',
      {
        status: 'PERSISTENT_ERROR',
        code: 'invalid_grant',
        subError: 'consent_required',
        description:
          'AADSTS65001: The user or administrator has not consented to use the application.',
      },
      'consent-required',
      'invalid_grant/AADSTS65001',
    ],
    [
      'an app unknown in the tenant',
      {
        status: 'PERSISTENT_ERROR',
        code: 'unauthorized_client',
        description: "AADSTS700016: Application with identifier '1111' was not found.",
      },
      'not-configured',
      'unauthorized_client/AADSTS700016',
    ],
    [
      'NAA turned off',
      { status: 'DISABLED' },
      'host-sign-in-unavailable',
      'nested_app_auth_bridge_disabled',
    ],
    [
      'NAA unavailable here',
      { status: 'NESTED_APP_AUTH_UNAVAILABLE' },
      'host-sign-in-unavailable',
      'nested_app_auth_bridge_disabled',
    ],
    ['the user cancelled', { status: 'USER_CANCEL' }, 'user-cancelled', 'user_canceled'],
    ['no network', { status: 'NO_NETWORK' }, 'offline', 'no_network_connectivity'],
    [
      'a passing failure',
      { status: 'TRANSIENT_ERROR', code: 'temporarily_unavailable' },
      'sign-in-failed',
      'temporarily_unavailable',
    ],
  ] as const)('names what to do about %s', async (_case, bridge, kind, code) => {
    const client = new FakeMsal();
    client.popup = () => Promise.reject(liftedByMsal(bridge));
    const auth = await nested(client);
    const error = await failureOf(auth.getToken());
    expect({ kind: error.kind, code: error.code }).toEqual({ kind, code });
    // The raw BridgeError, should one reach the tab unlifted, reads the same.
    expect(toAuthError(bridge).kind).toBe(kind);
  });

  it("names the redirect URIs the administrator must add, with the tab's host", () => {
    const error = toAuthError(
      liftedByMsal({
        status: 'PERSISTENT_ERROR',
        code: 'invalid_request',
        description: 'AADSTS50011: no match',
      }),
    );
    const text = describeAuthError(authErrorMessages.en, error, 'oppfolging.example.no');
    expect(text.action).toContain('brk-multihub://oppfolging.example.no');
    expect(text.action).toContain('https://oppfolging.example.no/auth-redirect.html');
    expect(needsAdministrator(error.kind)).toBe(true);
  });

  it("signs in through the host's window when NAA turns out to be disabled", async () => {
    const client = new FakeMsal();
    client.silent = () => Promise.reject(liftedByMsal({ status: 'DISABLED' }));
    const opened: string[] = [];
    const hostWindow = (url: string) => {
      opened.push(url);
      return Promise.resolve(
        encodeToken({
          accessToken: 'window-token',
          expiresOn: Date.now() + 3600_000,
          scopes: settings.scopes.slice(),
          account: { username: 'kari@contoso.no', name: 'Kari Nordmann', tenantId: 'tenant-1' },
        }),
      );
    };
    const auth = await nested(client, hostWindow);
    await expect(auth.getToken()).resolves.toBe('window-token');
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
    const start = new URL(opened[0] ?? '');
    expect(start.origin + start.pathname).toBe('https://tab.example.org/auth-start.html');
    expect(start.searchParams.get('loginHint')).toBe('kari@contoso.no');
    // The window's token is kept in memory: no second window for the next request.
    await expect(auth.getToken()).resolves.toBe('window-token');
    expect(opened).toHaveLength(1);
    expect(auth.account()).toEqual({
      username: 'kari@contoso.no',
      name: 'Kari Nordmann',
      tenantId: 'tenant-1',
    });
  });
});

describe("createAuth in a host without NAA (the host's authentication window)", () => {
  const windowAuth = (hostWindow: (url: string) => Promise<string>) =>
    createAuth({
      settings,
      flow: 'host-window',
      hostWindow,
      hints: { loginHint: 'kari@contoso.no' },
    });

  it('reports the failure the end page sent, mapped like any other', async () => {
    const failure = new ServerError(
      'invalid_client',
      '',
      'AADSTS9002326: Cross-origin token redemption is permitted only for the Single-Page Application client-type.',
    );
    const auth = await windowAuth(() => Promise.reject(new Error(encodeFailure(failure))));
    const error = await failureOf(auth.getToken());
    expect(error.kind).toBe('redirect-uri-not-registered');
  });

  it('tells a closed window from a blocked one', async () => {
    const closed = await windowAuth(() => Promise.reject(new Error('CancelledByUser')));
    expect((await failureOf(closed.getToken())).kind).toBe('user-cancelled');
    const blocked = await windowAuth(() => Promise.reject(new Error('FailedToOpenWindow')));
    expect((await failureOf(blocked.getToken())).kind).toBe('popup-blocked');
  });

  it('opens the window again once the token is about to expire', async () => {
    let calls = 0;
    const auth = await windowAuth(() => {
      calls += 1;
      return Promise.resolve(
        encodeToken({
          accessToken: `window-${calls}`,
          expiresOn: Date.now() + 60_000,
          scopes: [],
          account: { username: 'kari@contoso.no', name: null, tenantId: 'tenant-1' },
        }),
      );
    });
    await expect(auth.getToken()).resolves.toBe('window-1');
    await expect(auth.getToken()).resolves.toBe('window-2');
  });
});

describe('createAuth on a standalone page (redirect flow)', () => {
  it('signs out through Entra ID and comes back to the tab', async () => {
    const client = new FakeMsal();
    client.redirectAnswer = result('from-redirect');
    const auth = await createAuth({
      settings,
      flow: 'redirect',
      factory: factoryFor(client).factory,
    });
    expect(auth.account()?.username).toBe('kari@contoso.no');
    await auth.signOut();
    expect(client.logoutRedirect).toHaveBeenCalledWith({
      account: kari,
      postLogoutRedirectUri: 'https://tab.example.org/',
    });
    expect(client.active).toBeNull();
  });

  it('completes a sign-in coming back from Entra ID and uses its account', async () => {
    const client = new FakeMsal();
    client.redirectAnswer = result('from-redirect');
    client.silent = (account) => Promise.resolve(result(`silent-for-${account?.username}`));
    const { factory, made } = factoryFor(client);
    const auth = await createAuth({ settings, flow: 'redirect', factory });
    expect(made.map((m) => m.kind)).toEqual(['standard']);
    expect(client.setActiveAccount).toHaveBeenCalledWith(kari);
    await expect(auth.getToken()).resolves.toBe('silent-for-kari@contoso.no');
  });

  it('stores what the user typed before it leaves for Entra ID, and never settles', async () => {
    const client = new FakeMsal();
    const events: string[] = [];
    client.acquireTokenRedirect.mockImplementation(() => {
      events.push('redirect');
      return Promise.resolve();
    });
    const auth = await createAuth({
      settings,
      flow: 'redirect',
      factory: factoryFor(client).factory,
      beforeRedirect: () => {
        events.push('drafts saved');
      },
    });
    let settled = false;
    void auth.getToken().finally(() => {
      settled = true;
    });
    await vi.waitFor(() => expect(events).toEqual(['drafts saved', 'redirect']));
    await Promise.resolve();
    expect(settled).toBe(false);
    // Nobody is signed in: there is nothing to try silently.
    expect(client.acquireTokenSilent).not.toHaveBeenCalled();
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
    expect(client.acquireTokenRedirect).toHaveBeenCalledWith({
      scopes: settings.scopes,
      loginHint: undefined,
    });
  });

  it('redirects when the signed-in session needs the user again', async () => {
    const client = new FakeMsal();
    client.accounts = [kari];
    client.silent = () => Promise.reject(new InteractionRequiredAuthError('login_required', 'c'));
    const auth = await createAuth({
      settings,
      flow: 'redirect',
      factory: factoryFor(client).factory,
    });
    void auth.getToken();
    await vi.waitFor(() => expect(client.acquireTokenRedirect).toHaveBeenCalledTimes(1));
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: settings.scopes,
      account: kari,
    });
  });

  it('reports a sign-in the user cancelled on the Entra ID page', async () => {
    const client = new FakeMsal();
    client.redirectError = new ServerError('access_denied', 'c', 'The user cancelled', 'cancel');
    const error = await failureOf(
      createAuth({ settings, flow: 'redirect', factory: factoryFor(client).factory }),
    );
    expect(error.kind).toBe('user-cancelled');
  });
});

describe('toAuthError', () => {
  it('branches on the error code, not on the message', () => {
    const misleading = new BrowserAuthError(BrowserAuthErrorCodes.popupWindowError, 'c');
    misleading.message = 'user_cancelled consent_required';
    expect(toAuthError(misleading).kind).toBe('popup-blocked');
  });
});

describe('createAuth with scopes asked for on the spot', () => {
  const manage = ['https://graph.microsoft.com/Sites.Manage.All'];

  it('asks for extra scopes only when a caller needs them', async () => {
    const client = new FakeMsal();
    const auth = await createAuth({
      settings,
      flow: 'nested',
      factory: factoryFor(client).factory,
    });
    await auth.getToken(manage);
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: manage, account: undefined });
    expect(client.acquireTokenPopup).toHaveBeenCalledWith({ scopes: manage, loginHint: undefined });
  });

  it('lets a second interaction wait until the first one has ended', async () => {
    const client = new FakeMsal();
    let finishFirst: (value: AuthenticationResult) => void = () => undefined;
    const popups: string[][] = [];
    client.acquireTokenPopup.mockImplementation((request) => {
      popups.push(request.scopes);
      if (popups.length === 1) {
        return new Promise<AuthenticationResult>((resolve) => {
          finishFirst = resolve;
        });
      }
      return Promise.resolve(result('manage-token'));
    });
    const auth = await createAuth({
      settings,
      flow: 'nested',
      factory: factoryFor(client).factory,
    });
    const first = auth.getToken();
    const second = auth.getToken(manage);
    await vi.waitFor(() => expect(popups).toHaveLength(1));
    finishFirst(result('read-write-token'));
    await expect(first).resolves.toBe('read-write-token');
    await expect(second).resolves.toBe('manage-token');
    expect(popups).toEqual([[...settings.scopes], manage]);
  });
});

describe('auth.onError', () => {
  it('tells the shell what went wrong, since Graph only sees "unauthorized"', async () => {
    const client = new FakeMsal();
    client.popup = () =>
      Promise.reject(new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, 'c'));
    const auth = await createAuth({
      settings,
      flow: 'nested',
      factory: factoryFor(client).factory,
    });
    const seen: string[] = [];
    const stop = auth.onError((error) => seen.push(error.kind));
    await auth.getToken().catch(() => undefined);
    await auth.signIn().catch(() => undefined);
    stop();
    await auth.getToken().catch(() => undefined);
    expect(seen).toEqual(['user-cancelled', 'user-cancelled']);
  });
});
