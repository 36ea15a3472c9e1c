// @vitest-environment happy-dom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthClient, AuthClientFactory, ConfigEnv } from '../platform';
import { startTab } from './start-tab';

// The start of the tab on a page of its own (happy-dom's window is top-level, so teams-js is
// never loaded): what the user sees when the configuration is wrong, when there is no site,
// and when a sign-in by redirect came back refused.

const TENANT: ConfigEnv = {
  VITE_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
  VITE_TENANT_ID: 'contoso.onmicrosoft.com',
};

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  localStorage.clear();
  sessionStorage.clear();
});

function setBrowserLanguage(language: string) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
}

/** MSAL's client for a page coming back from Entra ID (or not), nobody signed in. */
function fakeMsal(returning: { error?: unknown } = {}) {
  let first = true;
  const client = {
    handleRedirectPromise: vi.fn(() => {
      const fail = first && returning.error !== undefined;
      first = false;
      return fail ? Promise.reject(returning.error) : Promise.resolve(null);
    }),
    acquireTokenSilent: vi.fn(() => Promise.reject(new Error('not expected'))),
    acquireTokenPopup: vi.fn(() => Promise.reject(new Error('not expected'))),
    acquireTokenRedirect: vi.fn(() => Promise.resolve()),
    getAccount: vi.fn(() => null),
    getAllAccounts: vi.fn((): ReturnType<AuthClient['getAllAccounts']> => []),
    getActiveAccount: vi.fn(() => null),
    setActiveAccount: vi.fn(),
  };
  const factory: AuthClientFactory = {
    nestable: () => Promise.reject(new Error('a page of its own signs in by redirect')),
    standard: () => Promise.resolve(client as unknown as AuthClient),
  };
  return { client, factory };
}

describe('starting the tab', () => {
  it('lists every configuration problem in English for an English browser', async () => {
    setBrowserLanguage('en-US');
    await startTab({
      root,
      window,
      env: { VITE_CLIENT_ID: 'abc', VITE_SITE: 'not a site', VITE_SCOPES: 'Sites.Read All!' },
    });
    await screen.findByRole('heading', { level: 1, name: 'Oppfølging is not set up yet' });
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      expect.stringContaining('VITE_CLIENT_ID is "abc", which is not a GUID.'),
      expect.stringContaining('VITE_TENANT_ID is missing.'),
      expect.stringContaining('VITE_SITE is "not a site", which is not a SharePoint address.'),
      expect.stringContaining('VITE_SCOPES contains something that is not a permission name'),
    ]);
    // Set by an effect after the first paint.
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('speaks Norwegian to a Norwegian browser', async () => {
    setBrowserLanguage('nb-NO');
    await startTab({ root, window, env: { VITE_TENANT_ID: 'contoso.onmicrosoft.com' } });
    await screen.findByRole('heading', { level: 1, name: 'Oppfølging er ikke ferdig satt opp' });
    expect(screen.getByRole('listitem').textContent).toContain('VITE_CLIENT_ID mangler.');
  });

  it('says how to choose a site when neither the tab, a team nor VITE_SITE names one', async () => {
    setBrowserLanguage('nb-NO');
    const { factory } = fakeMsal();
    await startTab({ root, window, env: TENANT, authFactory: factory });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Fanen vet ikke hvilken SharePoint-liste den skal vise',
    });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Legg Oppfølging til som fane i en kanal'),
      expect.stringContaining('VITE_SITE'),
    ]);
  });

  it('explains a sign-in cancelled on Entra ID’s page, and signs in again on request', async () => {
    setBrowserLanguage('en-GB');
    const cancelled = { name: 'ServerError', errorCode: 'access_denied', subError: 'cancel' };
    const { client, factory } = fakeMsal({ error: cancelled });
    await startTab({ root, window, env: TENANT, authFactory: factory });
    await screen.findByRole('heading', { level: 1, name: 'Could not sign in' });
    expect(screen.getByText('Sign-in was cancelled.')).toBeTruthy();
    expect(screen.getByText(/What you have typed and not saved is kept/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(client.acquireTokenRedirect).toHaveBeenCalledTimes(1));
    expect(client.acquireTokenRedirect).toHaveBeenCalledWith(
      expect.objectContaining({ scopes: ['https://graph.microsoft.com/Sites.ReadWrite.All'] }),
    );
  });

  it('offers no sign-in button when only an administrator can fix the registration', async () => {
    setBrowserLanguage('en-GB');
    const mismatch = { name: 'ServerError', errorCode: 'invalid_request', errorNo: '50011' };
    const { factory } = fakeMsal({ error: mismatch });
    await startTab({ root, window, env: TENANT, authFactory: factory });
    await screen.findByText('The app registration lacks the tab’s redirect URIs.');
    expect(screen.getByText(/brk-multihub:\/\//)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });
});
