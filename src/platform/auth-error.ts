// MSAL's failures, sorted into what the user can do about them. MSAL v5's `message` is a link
// to its docs, so this branches on the structured fields only: `errorCode`, `subError`, and
// `errorNo` (the AADSTS number Entra ID sent) — TEAMS-NOTES.md, "Authentication".

/**
 * - popup-blocked: the sign-in window could not open; allow popups and try again
 * - consent-required: the app lacks the permission (an admin must consent, or the user declined)
 * - user-cancelled: the user closed or cancelled the sign-in
 * - offline: no network (the host's broker says so, or the request never left)
 * - host-sign-in-unavailable: the host's Nested App Authentication is turned off or not
 *   available here; the tab can still sign in in the browser
 * - redirect-uri-not-registered: the app registration lacks the tab's redirect URIs (or has
 *   them under the wrong platform); only an administrator can add them
 * - not-configured: anything else in the app registration or the tab's configuration that does
 *   not fit (client id, tenant); only an administrator can fix it
 * - sign-in-failed: anything else (the host's broker, an expired session that would not renew)
 */
export type AuthErrorKind =
  | 'popup-blocked'
  | 'consent-required'
  | 'user-cancelled'
  | 'offline'
  | 'host-sign-in-unavailable'
  | 'redirect-uri-not-registered'
  | 'not-configured'
  | 'sign-in-failed';

export class AuthError extends Error {
  readonly kind: AuthErrorKind;
  /** MSAL's errorCode, with the AADSTS number when there was one (`invalid_request/AADSTS50011`), for support. */
  readonly code: string | null;

  constructor(
    kind: AuthErrorKind,
    message: string,
    options: { code?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AuthError';
    this.kind = kind;
    this.code = options.code ?? null;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups']);
// BrowserAuthErrorCodes.userCancelled and ClientAuthErrorCodes.userCanceled (NAA's spelling).
const CANCELLED = new Set(['user_cancelled', 'user_canceled']);
const CONSENT = new Set(['consent_required']);
// ClientAuthErrorCodes.noNetworkConnectivity (NAA's NO_NETWORK), BrowserAuthErrorCodes.noNetworkConnectivity
// and a fetch that never reached Entra ID.
const OFFLINE = new Set(['no_network_connectivity', 'network_error', 'post_request_failed']);
/**
 * NAA turned off or missing here. MSAL 5 maps the bridge's DISABLED status to
 * `nested_app_auth_bridge_disabled` and NESTED_APP_AUTH_UNAVAILABLE to its inner code or the
 * same one (NestedAppAuthAdapter, WebBrokerBridgeErrorMap); `unsupported_method` is a flow NAA
 * does not offer (a redirect).
 */
const HOST_UNAVAILABLE = new Set([
  'nested_app_auth_bridge_disabled',
  'bridge_disabled',
  'bridge_unavailable',
  'unsupported_method',
]);
/**
 * AADSTS65001 consent not granted, 65004 the user declined consent, 90094/90095 admin consent
 * required (learn.microsoft.com, "Microsoft Entra authentication and authorization error codes").
 */
const CONSENT_NUMBERS = new Set(['65001', '65004', '90094', '90095']);
/**
 * AADSTS50011 redirect URI mismatch (under NAA: `brk-multihub://<host>` missing), 500113 no
 * redirect URI registered, 9002326 redirect URI not of type SPA (cross-origin token redemption
 * refused).
 */
const REDIRECT_URI_NUMBERS = new Set(['50011', '500113', '9002326']);
/** AADSTS700016 app not found in the tenant, 50194 app not multi-tenant, 90002 tenant not found. */
const CONFIGURATION_NUMBERS = new Set(['700016', '50194', '90002']);
const CONFIGURATION_ERROR_NAMES = new Set([
  'BrowserConfigurationAuthError',
  'ClientConfigurationError',
]);
/**
 * Codes that mean "the token cannot be had silently; ask the user": InteractionRequiredAuthErrorCodes,
 * BrowserAuthErrorCodes.noAccountError (a standard client with nobody signed in yet), and
 * ClientAuthErrorCodes.noAccountFound: NAA's answer (ACCOUNT_UNAVAILABLE) when the host has no
 * account for a silent request.
 */
const INTERACTION_REQUIRED = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'no_tokens_found',
  'refresh_token_expired',
  'bad_token',
  'interrupted_user',
  'native_account_unavailable',
  'no_account_error',
  'no_account_found',
]);

/**
 * NAA's bridge statuses (MSAL's BridgeStatusCode), for a BridgeError that reaches the tab as it
 * is, not lifted to an MSAL error: the MSAL code each one becomes.
 */
const BRIDGE_STATUS_CODES: Record<string, string> = {
  USER_INTERACTION_REQUIRED: 'interaction_required',
  USER_CANCEL: 'user_canceled',
  NO_NETWORK: 'no_network_connectivity',
  DISABLED: 'nested_app_auth_bridge_disabled',
  ACCOUNT_UNAVAILABLE: 'no_account_found',
  NESTED_APP_AUTH_UNAVAILABLE: 'nested_app_auth_bridge_disabled',
};

type MsalErrorFields = {
  name: string;
  errorCode: string;
  subError: string;
  /** The AADSTS number: `errorNo` when Entra ID's answer was parsed, else read from the description. */
  aadsts: string;
};

const AADSTS = /AADSTS(\d+)/;

/**
 * MSAL's structured fields, read by shape: the tab does not load MSAL to look at an error. Under
 * NAA the host's answer carries Entra ID's error only in its description (BridgeError has no
 * errorNo, and MSAL drops its subError), so the AADSTS number is looked for there too.
 */
function readMsalError(error: unknown): MsalErrorFields | null {
  if (typeof error !== 'object' || error === null) return null;
  const field = (key: string): string => {
    const value: unknown = (error as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : '';
  };
  const fromDescription = (text: string) => AADSTS.exec(text)?.[1] ?? '';
  if ('errorCode' in error) {
    return {
      name: field('name'),
      errorCode: field('errorCode'),
      subError: field('subError'),
      aadsts:
        field('errorNo') ||
        fromDescription(field('errorMessage')) ||
        fromDescription(field('message')),
    };
  }
  const status = field('status');
  if (status !== '' && 'status' in error) {
    return {
      name: 'BridgeError',
      errorCode: BRIDGE_STATUS_CODES[status] ?? (field('code') || status.toLowerCase()),
      subError: field('subError'),
      aadsts: fromDescription(field('description')),
    };
  }
  return null;
}

/** True when a silent attempt failed only because the user must take part (sign in, consent). */
export function needsInteraction(error: unknown): boolean {
  const fields = readMsalError(error);
  if (!fields) return false;
  return (
    fields.name === 'InteractionRequiredAuthError' ||
    INTERACTION_REQUIRED.has(fields.errorCode) ||
    INTERACTION_REQUIRED.has(fields.subError)
  );
}

/** Any failure from MSAL (or our own) as an AuthError the UI can explain. */
export function toAuthError(error: unknown): AuthError {
  if (isAuthError(error)) return error;
  const fields = readMsalError(error);
  if (!fields) {
    const message = error instanceof Error ? error.message : String(error);
    return new AuthError('sign-in-failed', message, { cause: error });
  }
  const code = fields.aadsts ? `${fields.errorCode}/AADSTS${fields.aadsts}` : fields.errorCode;
  const make = (kind: AuthErrorKind) =>
    new AuthError(kind, `${kind}: ${code}`, { code, cause: error });

  if (POPUP_BLOCKED.has(fields.errorCode)) return make('popup-blocked');
  if (CONSENT.has(fields.errorCode) || CONSENT.has(fields.subError))
    return make('consent-required');
  if (CONSENT_NUMBERS.has(fields.aadsts)) return make('consent-required');
  if (REDIRECT_URI_NUMBERS.has(fields.aadsts)) return make('redirect-uri-not-registered');
  if (CANCELLED.has(fields.errorCode)) return make('user-cancelled');
  // Entra ID's answer when the user presses Cancel on its page: error=access_denied, suberror=cancel.
  if (fields.errorCode === 'access_denied' && fields.subError === 'cancel') {
    return make('user-cancelled');
  }
  if (OFFLINE.has(fields.errorCode)) return make('offline');
  if (HOST_UNAVAILABLE.has(fields.errorCode)) return make('host-sign-in-unavailable');
  if (CONFIGURATION_NUMBERS.has(fields.aadsts) || CONFIGURATION_ERROR_NAMES.has(fields.name)) {
    return make('not-configured');
  }
  return make('sign-in-failed');
}

/** True for the kinds only an administrator can fix: signing in again would fail the same way. */
export function needsAdministrator(kind: AuthErrorKind): boolean {
  return kind === 'not-configured' || kind === 'redirect-uri-not-registered';
}
