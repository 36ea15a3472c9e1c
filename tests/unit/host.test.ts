import type { app } from '@microsoft/teams-js';
import { describe, expect, it, vi } from 'vitest';
import { initializeHost } from '../../src/platform/host';
import type { TeamsSdk } from '../../src/platform/host';
import {
  frameFromHost,
  isFramelessHost,
  isStandaloneWindow,
  languageFromLocale,
  themeFromHost,
} from '../../src/platform/host-context';
import { normalizeSiteAddress, siteAddressFromUrl } from '../../src/platform/site-address';
import {
  buildContentUrl,
  readTabSettings,
  resolveListLocation,
} from '../../src/platform/tab-settings';
import type { TenantConfig } from '../../src/platform/config';
import { createTabConfigHost } from '../../src/platform/tab-config';

describe('host context mapping', () => {
  it('speaks bokmål for every Norwegian locale and English otherwise', () => {
    for (const locale of ['nb-NO', 'nn-NO', 'no', 'NB', 'nb_NO']) {
      expect(languageFromLocale(locale)).toBe('nb');
    }
    for (const locale of ['en-US', 'sv-SE', 'da-DK', '', null, undefined]) {
      expect(languageFromLocale(locale)).toBe('en');
    }
  });

  it('maps the host themes and falls back to the light one', () => {
    expect(themeFromHost('dark')).toBe('dark');
    expect(themeFromHost('contrast')).toBe('contrast');
    expect(themeFromHost('default')).toBe('default');
    expect(themeFromHost('glitter')).toBe('default');
    expect(themeFromHost(undefined)).toBe('default');
  });

  it('tells the configuration page from the content page', () => {
    expect(frameFromHost('settings')).toBe('settings');
    expect(frameFromHost('content')).toBe('content');
    expect(frameFromHost('remove')).toBe('other');
  });
});

describe('site addresses', () => {
  it('turns a team site URL into the Graph address of the site', () => {
    expect(siteAddressFromUrl('https://contoso.sharepoint.com/sites/team')).toBe(
      'contoso.sharepoint.com:/sites/team',
    );
    expect(siteAddressFromUrl('https://contoso.sharepoint.com/sites/team/')).toBe(
      'contoso.sharepoint.com:/sites/team',
    );
    expect(siteAddressFromUrl('https://contoso.sharepoint.com')).toBe('contoso.sharepoint.com:/');
    expect(siteAddressFromUrl('http://contoso.sharepoint.com/sites/team')).toBeNull();
    expect(siteAddressFromUrl('not a url')).toBeNull();
  });

  it('refuses what is not a site address', () => {
    expect(normalizeSiteAddress('hum')).toBeNull();
    expect(normalizeSiteAddress('contoso.sharepoint.com/sites/hum')).toBeNull();
    expect(normalizeSiteAddress('contoso.sharepoint.com:/sites/hum/')).toBe(
      'contoso.sharepoint.com:/sites/hum',
    );
  });
});

describe('standalone detection', () => {
  it('is standalone only without a parent frame and without an opener', () => {
    const top = { self: {} as Window, opener: null } as {
      self: Window;
      opener: unknown;
      parent: Window;
    };
    top.parent = top.self;
    expect(isStandaloneWindow(top)).toBe(true);
    expect(isStandaloneWindow({ ...top, opener: {} })).toBe(false);
    expect(isStandaloneWindow({ ...top, parent: {} as Window })).toBe(false);
  });

  it("takes a phone's frameless host for a host, not for a page of its own", () => {
    const self = {};
    const phone = {
      self,
      parent: self,
      opener: null,
      nativeInterface: { framelessPostMessage() {} },
    };
    expect(isStandaloneWindow(phone)).toBe(false);
    expect(isFramelessHost(phone)).toBe(true);
    expect(isFramelessHost({ self, parent: {}, opener: null })).toBe(false);
  });
});

function framedWindow() {
  return { self: {}, parent: {}, opener: null };
}

function teamsContext(overrides: Partial<app.Context> = {}): app.Context {
  return {
    app: {
      locale: 'nb-NO',
      theme: 'dark',
      sessionId: 's',
      host: { name: 'Teams', clientType: 'web', sessionId: 'h' },
    },
    page: { id: 'oppfolging', frameContext: 'content', subPageId: '17' },
    user: {
      id: 'u1',
      loginHint: 'kari@contoso.no',
      userPrincipalName: 'kari@contoso.no',
      displayName: 'Kari Nordmann',
      tenant: { id: 'tenant-1' },
    },
    sharePointSite: { teamSiteUrl: 'https://contoso.sharepoint.com/sites/HUM-seksjonen' },
    dialogParameters: {},
    ...overrides,
  } as app.Context;
}

function fakeSdk(
  options: { initialize?: () => Promise<void>; context?: app.Context; naa?: boolean } = {},
) {
  let themeHandler: ((theme: string) => void) | undefined;
  const sdk = {
    app: {
      initialize: vi.fn(options.initialize ?? (() => Promise.resolve())),
      getContext: vi.fn(() => Promise.resolve(options.context ?? teamsContext())),
      registerOnThemeChangeHandler: vi.fn((handler: (theme: string) => void) => {
        themeHandler = handler;
      }),
    },
    pages: {
      getConfig: vi.fn(),
      config: { registerOnSaveHandler: vi.fn(), setConfig: vi.fn(), setValidityState: vi.fn() },
    },
    nestedAppAuth: { isNAAChannelRecommended: vi.fn(() => options.naa ?? false) },
    authentication: { authenticate: vi.fn(() => Promise.resolve('')) },
  } satisfies TeamsSdk;
  return { sdk, changeTheme: (theme: string) => themeHandler?.(theme) };
}

describe('initializeHost', () => {
  it('does not load teams-js at all on a page of its own', async () => {
    const loadSdk = vi.fn(() => Promise.resolve(fakeSdk().sdk));
    const self = {};
    const host = await initializeHost({ self, parent: self, opener: null }, { loadSdk });
    expect(host.context).toEqual({ mode: 'standalone', reason: 'top-level' });
    expect(host.sdk).toBeNull();
    expect(loadSdk).not.toHaveBeenCalled();
  });

  it('reads language, theme, user, team site and deep link from the host', async () => {
    const { sdk } = fakeSdk();
    const host = await initializeHost(framedWindow(), { loadSdk: () => Promise.resolve(sdk) });
    expect(host.context).toEqual({
      mode: 'hosted',
      hostName: 'Teams',
      hostClientType: 'web',
      language: 'nb',
      locale: 'nb-NO',
      theme: 'dark',
      user: {
        loginHint: 'kari@contoso.no',
        userPrincipalName: 'kari@contoso.no',
        tenantId: 'tenant-1',
        displayName: 'Kari Nordmann',
      },
      teamSite: 'contoso.sharepoint.com:/sites/HUM-seksjonen',
      pageId: 'oppfolging',
      // The fake host names no app id: links to a view then are the page's own address.
      appId: null,
      subPageId: '17',
      frame: 'content',
    });
    expect(sdk.app.initialize).toHaveBeenCalledTimes(1);
  });

  it('follows live theme changes until the listener unsubscribes', async () => {
    const { sdk, changeTheme } = fakeSdk();
    const host = await initializeHost(framedWindow(), { loadSdk: () => Promise.resolve(sdk) });
    const seen: string[] = [];
    const unsubscribe = host.onThemeChange((theme) => seen.push(theme));
    changeTheme('contrast');
    changeTheme('default');
    unsubscribe();
    changeTheme('dark');
    expect(seen).toEqual(['contrast', 'default']);
  });

  it('keeps waiting for a slow host, says so meanwhile, and is hosted when it answers', async () => {
    let answer: () => void = () => undefined;
    const { sdk } = fakeSdk({
      initialize: () => new Promise<void>((resolve) => (answer = resolve)),
    });
    const onSlow = vi.fn();
    const starting = initializeHost(framedWindow(), {
      loadSdk: () => Promise.resolve(sdk),
      slowAfterMs: 10,
      onSlow,
    });
    await vi.waitFor(() => expect(onSlow).toHaveBeenCalledTimes(1));
    expect(sdk.app.getContext).not.toHaveBeenCalled();
    answer();
    const host = await starting;
    expect(host.context).toMatchObject({ mode: 'hosted', hostName: 'Teams' });
    expect(onSlow).toHaveBeenCalledTimes(1);
  });

  it('never falls back to a page of its own when teams-js gives up', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { sdk } = fakeSdk({
      initialize: () => Promise.reject(new Error('SDK initialization timed out.')),
    });
    const host = await initializeHost(framedWindow(), { loadSdk: () => Promise.resolve(sdk) });
    expect(host.context).toEqual({ mode: 'unreachable', reason: 'timed-out' });
    expect(host.signInChannel).toBe('redirect');
    warn.mockRestore();
  });

  it('is unreachable, not standalone, when teams-js refuses to start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { sdk } = fakeSdk({
      initialize: () => Promise.reject(new Error('No Parent window found')),
    });
    const host = await initializeHost(framedWindow(), { loadSdk: () => Promise.resolve(sdk) });
    expect(host.context).toEqual({ mode: 'unreachable', reason: 'failed' });
    warn.mockRestore();
  });

  it('signs in with NAA only where the host recommends it and its bridge is there', async () => {
    const bridge = { postMessage() {}, addEventListener() {}, removeEventListener() {} };
    const open = (naa: boolean, win: object) =>
      initializeHost(win as ReturnType<typeof framedWindow>, {
        loadSdk: () => Promise.resolve(fakeSdk({ naa }).sdk),
      });
    expect(
      (await open(true, { ...framedWindow(), nestedAppAuthBridge: bridge })).signInChannel,
    ).toBe('nested');
    expect((await open(true, framedWindow())).signInChannel).toBe('host-window');
    expect(
      (await open(false, { ...framedWindow(), nestedAppAuthBridge: bridge })).signInChannel,
    ).toBe('host-window');
    const self = {};
    expect((await open(true, { self, parent: self, opener: null })).signInChannel).toBe('redirect');
  });

  it('opens the personal tab in Outlook without a team site or deep link', async () => {
    const context = teamsContext({
      app: {
        locale: 'en-GB',
        theme: 'default',
        sessionId: 's',
        host: { name: 'Outlook', clientType: 'desktop', sessionId: 'h' },
      } as app.AppInfo,
      page: { id: 'personal', frameContext: 'content' } as app.PageInfo,
      sharePointSite: undefined,
    });
    const { sdk } = fakeSdk({ context });
    const host = await initializeHost(framedWindow(), { loadSdk: () => Promise.resolve(sdk) });
    expect(host.context).toMatchObject({
      mode: 'hosted',
      hostName: 'Outlook',
      language: 'en',
      theme: 'default',
      teamSite: null,
      subPageId: null,
    });
  });
});

describe('tab settings', () => {
  const tenant: TenantConfig = {
    mode: 'tenant',
    clientId: 'c',
    tenantId: 't',
    authority: 'https://login.microsoftonline.com/t',
    site: 'contoso.sharepoint.com:/sites/central',
    list: 'Oppfølgingstiltak',
    scopes: [],
    graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  };
  const channel = {
    mode: 'hosted',
    teamSite: 'contoso.sharepoint.com:/sites/team',
  } as Parameters<typeof resolveListLocation>[1];

  it('round-trips the site and list through the content URL', () => {
    const url = buildContentUrl('https://tab.example.org', {
      site: 'contoso.sharepoint.com:/sites/hum',
      list: 'Oppfølgingstiltak 2026',
    });
    expect(url.startsWith('https://tab.example.org/?')).toBe(true);
    expect(readTabSettings(new URL(url).search)).toEqual({
      site: 'contoso.sharepoint.com:/sites/hum',
      list: 'Oppfølgingstiltak 2026',
    });
  });

  it("prefers the tab's own settings, then the team's site, then VITE_SITE", () => {
    expect(
      resolveListLocation(tenant, channel, { site: 'contoso.sharepoint.com:/sites/x', list: 'L' }),
    ).toEqual({ site: 'contoso.sharepoint.com:/sites/x', list: 'L', source: 'tab' });
    expect(resolveListLocation(tenant, channel, {})).toEqual({
      site: 'contoso.sharepoint.com:/sites/team',
      list: 'Oppfølgingstiltak',
      source: 'team-site',
    });
    expect(resolveListLocation(tenant, { mode: 'standalone', reason: 'top-level' }, {})).toEqual({
      site: 'contoso.sharepoint.com:/sites/central',
      list: 'Oppfølgingstiltak',
      source: 'config',
    });
    expect(
      resolveListLocation(
        { ...tenant, site: null },
        { mode: 'standalone', reason: 'top-level' },
        {},
      ),
    ).toEqual({ site: null, list: 'Oppfølgingstiltak', source: 'none' });
  });
});

describe('the channel tab configuration page', () => {
  type SaveEvent = Parameters<
    Parameters<TeamsSdk['pages']['config']['registerOnSaveHandler']>[0]
  >[0];

  function saveEvent() {
    const event = {} as SaveEvent;
    const outcome = new Promise<string>((resolve) => {
      event.notifySuccess = () => resolve('saved');
      event.notifyFailure = (reason?: string) => resolve(`failed: ${reason}`);
    });
    return { event, outcome };
  }

  it('saves the chosen site and list into the content URL Teams stores', async () => {
    const { sdk } = fakeSdk();
    sdk.pages.config.setConfig.mockResolvedValue(undefined);
    const tab = createTabConfigHost(sdk, {
      pageOrigin: 'https://tab.example.org',
      displayName: 'Oppfølging',
    });
    tab.setValid(true);
    tab.onSave(() =>
      Promise.resolve({ site: 'contoso.sharepoint.com:/sites/team', list: 'Tiltak' }),
    );
    const { event, outcome } = saveEvent();
    sdk.pages.config.registerOnSaveHandler.mock.calls[0]?.[0](event);
    await expect(outcome).resolves.toBe('saved');
    expect(sdk.pages.config.setValidityState).toHaveBeenCalledWith(true);
    const saved = sdk.pages.config.setConfig.mock.calls[0]?.[0];
    // A new tab gets an entity id of its own, so deep links tell two tabs of a channel apart.
    expect(saved?.entityId).toMatch(/^oppfolging-[0-9a-f-]{36}$/);
    expect(saved?.suggestedDisplayName).toBe('Oppfølging');
    expect(readTabSettings(new URL(saved?.contentUrl ?? '').search)).toEqual({
      site: 'contoso.sharepoint.com:/sites/team',
      list: 'Tiltak',
    });
  });

  it('keeps the dialog open with the reason when saving fails', async () => {
    const { sdk } = fakeSdk();
    const tab = createTabConfigHost(sdk, {
      pageOrigin: 'https://tab.example.org',
      displayName: 'O',
    });
    tab.onSave(() => Promise.reject(new Error('Du har ikke tilgang til listen «Tiltak».')));
    const { event, outcome } = saveEvent();
    sdk.pages.config.registerOnSaveHandler.mock.calls[0]?.[0](event);
    await expect(outcome).resolves.toBe('failed: Du har ikke tilgang til listen «Tiltak».');
    expect(sdk.pages.config.setConfig).not.toHaveBeenCalled();
  });

  it('gives each new tab its own entity id, and keeps it when a tab is reconfigured', async () => {
    const saveWith = async (saved: { entityId?: string; contentUrl: string } | null) => {
      const { sdk } = fakeSdk();
      if (saved) sdk.pages.getConfig.mockResolvedValue(saved);
      else sdk.pages.getConfig.mockRejectedValue(new Error('no config yet'));
      const tab = createTabConfigHost(sdk, {
        pageOrigin: 'https://tab.example.org',
        displayName: 'O',
      });
      tab.onSave(() =>
        Promise.resolve({ site: 'contoso.sharepoint.com:/sites/team', list: 'Tiltak' }),
      );
      const { event, outcome } = saveEvent();
      sdk.pages.config.registerOnSaveHandler.mock.calls[0]?.[0](event);
      await outcome;
      return sdk.pages.config.setConfig.mock.calls[0]?.[0]?.entityId;
    };
    const first = await saveWith(null);
    const second = await saveWith({ contentUrl: '' });
    expect(first).not.toBe(second);
    expect(first?.length).toBeLessThanOrEqual(64);
    await expect(
      saveWith({ entityId: 'oppfolging-kept', contentUrl: 'https://tab.example.org/' }),
    ).resolves.toBe('oppfolging-kept');
  });

  it('reads back what a tab being reconfigured saved earlier', async () => {
    const { sdk } = fakeSdk();
    sdk.pages.getConfig.mockResolvedValue({
      contentUrl:
        'https://tab.example.org/?site=contoso.sharepoint.com%3A%2Fsites%2Fteam&list=Tiltak',
    });
    const tab = createTabConfigHost(sdk, {
      pageOrigin: 'https://tab.example.org',
      displayName: 'O',
    });
    await expect(tab.savedSettings()).resolves.toEqual({
      site: 'contoso.sharepoint.com:/sites/team',
      list: 'Tiltak',
    });
    sdk.pages.getConfig.mockResolvedValue({ contentUrl: '' });
    await expect(tab.savedSettings()).resolves.toEqual({});
  });
});
