// The host's authentication window (teams-js `authentication.authenticate`), for hosts without
// Nested App Authentication. The tab asks the host to open auth-start.html; that page runs
// MSAL's redirect to Entra ID; Entra ID answers the redirect bridge (auth-redirect.html), which
// goes on to auth-end.html; the end page hands the token to the host (notifySuccess), and the
// host hands it to the tab. The window is a top-level page of the tab's origin, so the redirect
// works there, where a popup from the tab's frame would never hear back. Pure: the pages
// themselves are in auth-window-pages.ts.

export const AUTH_START_PATH = '/auth-start.html';
export const AUTH_END_PATH = '/auth-end.html';

/** What the tab asks the window for. */
export type AuthWindowRequest = { scopes: readonly string[]; loginHint: string | null };

/** What the window hands back: a token for the tab's memory (never stored). */
export type AuthWindowToken = {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresOn: number;
  scopes: string[];
  account: { username: string; name: string | null; tenantId: string };
};

/** MSAL's error fields, carried across as JSON so the tab can tell the user what to do. */
export type AuthWindowFailure = {
  name: string;
  errorCode: string;
  subError: string;
  errorNo: string;
  errorMessage: string;
};

export function authStartUrl(pageOrigin: string, request: AuthWindowRequest): string {
  const url = new URL(AUTH_START_PATH, pageOrigin);
  url.searchParams.set('scopes', request.scopes.join(' '));
  if (request.loginHint) url.searchParams.set('loginHint', request.loginHint);
  return url.toString();
}

export function readAuthWindowRequest(search: string): AuthWindowRequest {
  const params = new URLSearchParams(search);
  const scopes = (params.get('scopes') ?? '').split(' ').filter((scope) => scope !== '');
  return { scopes, loginHint: params.get('loginHint') || null };
}

export function encodeToken(token: AuthWindowToken): string {
  return JSON.stringify({ type: 'token', ...token });
}

export function encodeFailure(error: unknown): string {
  const field = (key: string): string => {
    if (typeof error !== 'object' || error === null) return '';
    const value: unknown = (error as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : '';
  };
  const failure: AuthWindowFailure = {
    name: field('name'),
    errorCode: field('errorCode') || 'unknown_error',
    subError: field('subError'),
    errorNo: field('errorNo'),
    errorMessage: field('errorMessage') || (error instanceof Error ? error.message : ''),
  };
  return JSON.stringify({ type: 'failure', ...failure });
}

/** The window's answer (notifySuccess) as a token; anything else is a failure to report. */
export function decodeAnswer(answer: string): AuthWindowToken {
  const parsed = parse(answer);
  if (
    parsed?.type === 'token' &&
    typeof parsed.accessToken === 'string' &&
    typeof parsed.expiresOn === 'number' &&
    typeof parsed.account === 'object' &&
    parsed.account !== null
  ) {
    const account = parsed.account as Record<string, unknown>;
    return {
      accessToken: parsed.accessToken,
      expiresOn: parsed.expiresOn,
      scopes: Array.isArray(parsed.scopes) ? parsed.scopes.map(String) : [],
      account: {
        username: String(account.username ?? ''),
        name: typeof account.name === 'string' ? account.name : null,
        tenantId: String(account.tenantId ?? ''),
      },
    };
  }
  throw decodeFailure(answer);
}

/**
 * Why the window failed, shaped like MSAL's error: the end page's own JSON, or the host's
 * reasons (teams-js passes `CancelledByUser` when the user closes the window and
 * `FailedToOpenWindow` when it could not open one).
 */
export function decodeFailure(reason: string): AuthWindowFailure {
  const parsed = parse(reason);
  if (parsed?.type === 'failure' && typeof parsed.errorCode === 'string') {
    const text = (key: string) => (typeof parsed[key] === 'string' ? parsed[key] : '');
    return {
      name: text('name'),
      errorCode: parsed.errorCode,
      subError: text('subError'),
      errorNo: text('errorNo'),
      errorMessage: text('errorMessage'),
    };
  }
  const errorCode =
    reason === 'CancelledByUser'
      ? 'user_cancelled'
      : reason === 'FailedToOpenWindow'
        ? 'popup_window_error'
        : 'auth_window_failed';
  return { name: 'AuthWindowError', errorCode, subError: '', errorNo: '', errorMessage: reason };
}

function parse(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
