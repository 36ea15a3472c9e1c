// The pages of the host's authentication window (see auth-window.ts): auth-start.html sends the
// user to Entra ID with MSAL's redirect; auth-end.html, where the redirect bridge goes on to,
// completes it and hands the token to the host with teams-js' authentication.notifySuccess.
import type { AuthenticationResult } from '@azure/msal-browser';
import { msalClientFactory, msalConfiguration, redirectBridgeUri } from './auth';
import type { AuthClientFactory } from './auth';
import { AUTH_END_PATH, encodeFailure, encodeToken, readAuthWindowRequest } from './auth-window';
import { readConfig } from './config';
import type { ConfigEnv } from './config';
import type { TeamsSdk } from './host';

type PageOptions = {
  window: Window;
  env: ConfigEnv;
  /** Shown on the page when something stops it: what happened, in the browser's language. */
  showStatus: (text: { nb: string; en: string }) => void;
  factory?: AuthClientFactory;
};

function clientFor(options: PageOptions) {
  const result = readConfig(options.env, options.window.location);
  if (!result.ok || result.config.mode !== 'tenant') return null;
  const config = result.config;
  return (options.factory ?? msalClientFactory).standard(
    msalConfiguration({
      clientId: config.clientId,
      authority: config.authority,
      scopes: config.scopes,
      redirectUri: redirectBridgeUri(options.window.location.origin),
    }),
  );
}

const NOT_SET_UP = {
  nb: 'Pålogging er ikke satt opp for denne installasjonen. Lukk vinduet.',
  en: 'Sign-in is not set up for this installation. Close this window.',
};

/** auth-start.html: off to Entra ID; the answer comes back to auth-end.html. */
export async function runAuthStart(options: PageOptions): Promise<void> {
  const request = readAuthWindowRequest(options.window.location.search);
  const client = await clientFor(options);
  if (!client || request.scopes.length === 0) {
    options.showStatus(NOT_SET_UP);
    return;
  }
  await client.acquireTokenRedirect({
    scopes: [...request.scopes],
    loginHint: request.loginHint ?? undefined,
    redirectStartPage: new URL(AUTH_END_PATH, options.window.location.origin).toString(),
  });
}

/**
 * auth-end.html: completes the redirect, then tells the host (which opened this window) how it
 * went; the host closes the window and answers the tab's authentication.authenticate.
 */
export async function runAuthEnd(
  options: PageOptions & { loadSdk?: () => Promise<Pick<TeamsSdk, 'app'> & AuthNotify> },
): Promise<void> {
  let answer: { success: true; text: string } | { success: false; text: string };
  try {
    const client = await clientFor(options);
    if (!client) {
      options.showStatus(NOT_SET_UP);
      return;
    }
    const result = await client.handleRedirectPromise();
    answer = result
      ? { success: true, text: encodeToken(tokenOf(result)) }
      : { success: false, text: encodeFailure({ errorCode: 'no_response' }) };
  } catch (error) {
    answer = { success: false, text: encodeFailure(error) };
  }
  try {
    const sdk = await (options.loadSdk ?? loadAuthSdk)();
    await sdk.app.initialize();
    if (answer.success) sdk.authentication.notifySuccess(answer.text);
    else sdk.authentication.notifyFailure(answer.text);
  } catch (error) {
    console.error('Oppfølging: the sign-in window could not reach its host.', error);
    options.showStatus({
      nb: 'Påloggingsvinduet fikk ikke kontakt med Teams. Lukk vinduet og prøv igjen fra Oppfølging.',
      en: 'The sign-in window could not reach Teams. Close this window and try again from Oppfølging.',
    });
  }
}

type AuthNotify = {
  authentication: {
    notifySuccess(result: string): void;
    notifyFailure(reason: string): void;
  };
};

const loadAuthSdk = () => import('@microsoft/teams-js');

function tokenOf(result: AuthenticationResult) {
  return {
    accessToken: result.accessToken,
    expiresOn: (result.expiresOn ?? new Date(Date.now() + 3600_000)).getTime(),
    scopes: result.scopes,
    account: {
      username: result.account.username,
      name: result.account.name ?? null,
      tenantId: result.account.tenantId,
    },
  };
}

/** The tab's side: opens the host's authentication window at a URL (see auth.ts, host-window). */
export function hostWindowOpener(sdk: TeamsSdk): (url: string) => Promise<string> {
  return (url) => sdk.authentication.authenticate({ url, width: 600, height: 640 });
}
