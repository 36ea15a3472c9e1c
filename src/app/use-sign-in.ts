import { useCallback, useEffect, useState } from 'react';
import type { AuthError } from '../platform';
import type { AuthSession } from './auth-session';

export type SignInState = {
  /** The last failed sign-in, until a token comes through again. */
  error: AuthError | null;
  busy: boolean;
  /** Interactive sign-in; call it from a click, so that the host's popup is not blocked. */
  signIn(): void;
};

/** Listens to every failed sign-in and offers to sign in again. */
export function useSignIn(session: AuthSession, onSignedIn?: () => void): SignInState {
  const [error, setError] = useState<AuthError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => session.auth.onError(setError), [session]);
  // Any token that came through (a retried load, another request) means the user is signed in again.
  useEffect(() => session.onTokenReceived(() => setError(null)), [session]);

  const signIn = useCallback(() => {
    setBusy(true);
    session.auth
      .signIn()
      .then(() => {
        setError(null);
        onSignedIn?.();
      })
      // A failure has already reached onError, which shows it.
      .catch(() => undefined)
      .finally(() => setBusy(false));
  }, [session, onSignedIn]);

  return { error, busy, signIn };
}
