// @vitest-environment happy-dom
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../domain';
import { LanguageContext } from '../features/shared';
import { AuthError, type Auth, type AuthErrorKind } from '../platform';
import { createAuthSession, type AuthSession } from './auth-session';
import { SignInBanner } from './SignInBanner';

afterEach(cleanup);

/** Auth as the shell sees it, with failures the test sends and a sign-in it settles. */
function fakeSession() {
  const listeners = new Set<(error: AuthError) => void>();
  let finishSignIn: (outcome: 'ok' | AuthError) => void = () => undefined;
  const auth: Auth = {
    getToken: () => Promise.resolve('token'),
    signIn: vi.fn(
      () =>
        new Promise<void>((resolve, reject) => {
          finishSignIn = (outcome) => {
            if (outcome === 'ok') {
              resolve();
            } else {
              for (const listener of listeners) listener(outcome);
              reject(outcome);
            }
          };
        }),
    ),
    account: () => null,
    signOut: () => Promise.resolve(),
    onError(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const session = createAuthSession(auth);
  const fail = (kind: AuthErrorKind) =>
    act(() => {
      for (const listener of listeners) listener(new AuthError(kind, kind));
    });
  return { session, auth, fail, finish: (outcome: 'ok' | AuthError) => finishSignIn(outcome) };
}

function renderBanner(session: AuthSession, language: Language, onSignedIn = vi.fn()) {
  render(
    <FluentProvider theme={teamsLightTheme}>
      <LanguageContext.Provider value={language}>
        <SignInBanner session={session} onSignedIn={onSignedIn} />
      </LanguageContext.Provider>
    </FluentProvider>,
  );
  return onSignedIn;
}

describe('the sign-in banner', () => {
  it('says nothing while sign-in works', () => {
    const { session } = fakeSession();
    renderBanner(session, 'nb');
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.body.textContent).toBe('');
  });

  it('tells what happened when the popup was blocked, and signs in from the button', async () => {
    const { session, auth, fail, finish } = fakeSession();
    const onSignedIn = renderBanner(session, 'nb');
    fail('popup-blocked');
    expect(screen.getByText('Påloggingsvinduet ble blokkert.')).toBeTruthy();
    expect(screen.getByText(/Tillat popup-vinduer for denne siden/)).toBeTruthy();
    expect(screen.getByText(/Det du har skrevet og ikke lagret, er tatt vare på/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Logg på' }));
    expect(auth.signIn).toHaveBeenCalledTimes(1);
    act(() => finish('ok'));
    await waitFor(() => expect(screen.queryByText('Påloggingsvinduet ble blokkert.')).toBeNull());
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('shows the new reason when signing in again fails, in English', async () => {
    const { session, fail, finish } = fakeSession();
    const onSignedIn = renderBanner(session, 'en');
    fail('sign-in-failed');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    act(() => finish(new AuthError('consent-required', 'consent')));
    await screen.findByText('Oppfølging has not been allowed to use SharePoint on your behalf.');
    expect(screen.getByText(/Ask your IT administrator to grant admin consent/)).toBeTruthy();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('goes away once a token comes through again', () => {
    const { session, fail } = fakeSession();
    renderBanner(session, 'en');
    fail('user-cancelled');
    expect(screen.getByText('Sign-in was cancelled.')).toBeTruthy();
    act(() => session.tokenReceived());
    expect(screen.queryByText('Sign-in was cancelled.')).toBeNull();
  });

  it('offers no button when only an administrator can help', () => {
    const { session, fail } = fakeSession();
    renderBanner(session, 'en');
    fail('not-configured');
    expect(screen.getByText('Sign-in is not set up correctly for this installation.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });
});
