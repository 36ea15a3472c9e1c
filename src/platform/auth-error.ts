// MSAL's failures, sorted into what the user can do about them. MSAL v5's `message` is a link
// to its docs, so this branches on the structured fields only: `errorCode`, `subError`, and
// `errorNo` (the AADSTS number Entra ID sent) — TEAMS-NOTES.md, "Authentication".

/**
 * - popup-blocked: the sign-in window could not open; allow popups and try again
 * - consent-required: the app lacks the permission (an admin must consent, or the user declined)
 * - user-cancelled: the user closed or cancelled the sign-in
 * - sign-in-failed: anything else (network, the host's broker, an expired session that would not renew)
 * - not-configured: the app registration or the tab's configuration does not fit (client id,
 *   redirect URI, tenant); only an administrator can fix it
 */
export type AuthErrorKind =
  'popup-blocked' | 'consent-required' | 'user-cancelled' | 'sign-in-failed' | 'not-configured';

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
/**
 * AADSTS65001 consent not granted, 65004 the user declined consent, 90094/90095 admin consent
 * required (learn.microsoft.com, "Microsoft Entra authentication and authorization error codes").
 */
const CONSENT_NUMBERS = new Set(['65001', '65004', '90094', '90095']);
/**
 * AADSTS50011 redirect URI mismatch, 500113 no redirect URI registered, 700016 app not found in
 * the tenant, 50194 app not multi-tenant, 90002 tenant not found, 9002326 redirect URI not of
 * type SPA (cross-origin token redemption refused).
 */
const CONFIGURATION_NUMBERS = new Set(['50011', '500113', '700016', '50194', '90002', '9002326']);
const CONFIGURATION_ERROR_NAMES = new Set([
  'BrowserConfigurationAuthError',
  'ClientConfigurationError',
]);
/**
 * Codes that mean "the token cannot be had silently; ask the user": InteractionRequiredAuthErrorCodes,
 * and BrowserAuthErrorCodes.noAccountError (a standard client with nobody signed in yet).
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
]);

type MsalErrorFields = {
  name: string;
  errorCode: string;
  subError: string;
  errorNo: string;
};

/** MSAL's structured fields, read by shape: the tab does not load MSAL to look at an error. */
function readMsalError(error: unknown): MsalErrorFields | null {
  if (typeof error !== 'object' || error === null || !('errorCode' in error)) return null;
  const field = (key: string): string => {
    const value: unknown = (error as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : '';
  };
  return {
    name: field('name'),
    errorCode: field('errorCode'),
    subError: field('subError'),
    errorNo: field('errorNo'),
  };
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
  const code = fields.errorNo ? `${fields.errorCode}/AADSTS${fields.errorNo}` : fields.errorCode;
  const make = (kind: AuthErrorKind) =>
    new AuthError(kind, `${kind}: ${code}`, { code, cause: error });

  if (POPUP_BLOCKED.has(fields.errorCode)) return make('popup-blocked');
  if (CONSENT.has(fields.errorCode) || CONSENT.has(fields.subError))
    return make('consent-required');
  if (CONSENT_NUMBERS.has(fields.errorNo)) return make('consent-required');
  if (CANCELLED.has(fields.errorCode)) return make('user-cancelled');
  // Entra ID's answer when the user presses Cancel on its page: error=access_denied, suberror=cancel.
  if (fields.errorCode === 'access_denied' && fields.subError === 'cancel') {
    return make('user-cancelled');
  }
  if (CONFIGURATION_NUMBERS.has(fields.errorNo) || CONFIGURATION_ERROR_NAMES.has(fields.name)) {
    return make('not-configured');
  }
  return make('sign-in-failed');
}
