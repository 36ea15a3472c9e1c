// A tenant-mode build of the tab (MSAL sign-in, Graph at graph.microsoft.com) in every kind of
// Microsoft 365 host the project's Teams test host emulates: Teams with Nested App
// Authentication (a fake bridge answers MSAL), a host without it (the host's authentication
// window runs MSAL's redirect against a fake Entra ID), a phone (no frame, nativeInterface),
// and a slow host. Graph is the test's emulator; the tokens the tab sends are checked on it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { expectAttribute, expectNone, launchBrowser, screenshot } from '../support/browser';
import { buildTenantTab, TENANT_SETTINGS } from '../support/tenant-build';
import {
  openInTeams,
  openOnPhone,
  routeMicrosoftCloud,
  routeTeamsWorld,
  TAB_ORIGIN,
  type HostOptions,
  type LegacyContext,
} from '../support/teams-host/teams-world';
import type { MicrosoftCloud } from '../support/teams-host/microsoft-cloud';

let browser: Browser;
let buildDir: string;
let app: RunningApp;
let context: BrowserContext;
let page: Page;
let cloud: MicrosoftCloud;

const kari = {
  oid: '2f0c7d1e-1111-4222-8333-944455556666',
  tid: TENANT_SETTINGS.VITE_TENANT_ID,
  username: 'kari.nordmann@contoso.no',
  name: 'Kari Nordmann',
};

const teamsContext: LegacyContext = {
  locale: 'nb-NO',
  theme: 'default',
  hostName: 'Teams',
  hostClientType: 'web',
  frameContext: 'content',
  entityId: 'oppfolging-19-channel-thread-tacv2',
  loginHint: kari.username,
  userPrincipalName: kari.username,
  userObjectId: kari.oid,
  userDisplayName: kari.name,
  tid: kari.tid,
  teamName: 'HUM-seksjonen',
  channelName: 'Oppfølging',
  teamSiteUrl: 'https://contoso.sharepoint.com/sites/HUM-seksjonen',
};

/** A configured channel tab: its content URL names the emulator's demo site and list. */
const TAB_PATH = `/?${new URLSearchParams({ site: 'demo.sharepoint.com:/sites/hum', list: 'Oppfølgingstiltak' })}`;

beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'oppf-tenant-'));
  [browser] = await Promise.all([launchBrowser(), buildTenantTab(buildDir)]);
});
afterAll(async () => {
  await browser?.close();
  await rm(buildDir, { recursive: true, force: true });
});
beforeEach(async () => {
  app = await startApp({ outDir: buildDir });
  context = await browser.newContext({
    viewport: { width: 1100, height: 800 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    reducedMotion: 'reduce',
  });
  await routeTeamsWorld(context, { upstream: app.url.replace(/\/$/, '') });
  cloud = await routeMicrosoftCloud(context, { user: kari, graphUpstream: app.emulator.origin });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
  await app.close();
});

function inTeams(options: Partial<HostOptions> = {}) {
  return openInTeams(page, { tabPath: TAB_PATH, context: teamsContext, ...options });
}

/** The plan has loaded from Graph: the user is asked whom they report for, then sees measures. */
async function planShown(frame: FrameLocator | Page) {
  await frame.getByText('Hvem rapporterer du for?').waitFor();
  await frame.getByRole('article').first().waitFor();
}

/** The bearer tokens Graph has seen, without repeats. */
function tokensSeen(): string[] {
  return [...new Set(cloud.graphAuthorizations)];
}

describe('Teams with Nested App Authentication', () => {
  it('signs in silently through the host, and Graph gets the host’s token', async () => {
    const teams = await inTeams({ naa: true });
    await planShown(teams.frame);
    expect(tokensSeen()).toEqual(['Bearer naa-silent-token-1']);
    const methods = (await teams.bridgeRequests()).map((request) => request.method);
    expect(methods).toEqual(['GetInitContext', 'GetToken']);
    expect((await teams.bridgeRequests())[1]?.scope).toContain(
      'https://graph.microsoft.com/Sites.ReadWrite.All',
    );
    expect(await teams.authWindows()).toEqual([]);
    await screenshot(page, 'host-teams-naa');
  });

  it('asks the host for an interactive sign-in when the bridge says so', async () => {
    const teams = await inTeams({ naa: true, bridge: { silent: 'interaction-required' } });
    await planShown(teams.frame);
    expect(tokensSeen()).toEqual(['Bearer naa-popup-token-1']);
    const methods = (await teams.bridgeRequests()).map((request) => request.method);
    expect(methods.slice(0, 3)).toEqual(['GetInitContext', 'GetToken', 'GetTokenPopup']);
  });

  it('asks the user to sign in when the host has no account, and signs in from the button', async () => {
    const teams = await inTeams({
      naa: true,
      bridge: { silent: 'account-unavailable', popup: 'cancel' },
    });
    const frame = teams.frame;
    // The host's sign-in was cancelled: the user is told so and can try again.
    await frame.getByText('Påloggingen ble avbrutt.').waitFor();
    await screenshot(page, 'host-teams-naa-cancelled');
    await teams.setBridge({ popup: 'token' });
    await frame.getByRole('button', { name: 'Logg på' }).click();
    await planShown(frame);
    expect(tokensSeen()).toContain('Bearer naa-popup-token-1');
    await expectNone(frame.getByText('Påloggingen ble avbrutt.'));
  });

  it('names the redirect URI the administrator must register', async () => {
    const teams = await inTeams({
      naa: true,
      bridge: { silent: 'interaction-required', popup: 'redirect-uri-mismatch' },
    });
    const frame = teams.frame;
    await frame.getByText('Appregistreringen mangler fanens omdirigerings-URI-er.').waitFor();
    await frame.getByText(/brk-multihub:\/\/oppfolging\.example\.test/).waitFor();
    // Signing in again would fail the same way: no button, the administrator must act.
    await expectNone(frame.getByRole('button', { name: 'Logg på' }));
  });
});

describe('a host without Nested App Authentication', () => {
  it("signs in through the host's authentication window, which runs MSAL's redirect", async () => {
    const teams = await inTeams({ naa: false });
    await planShown(teams.frame);
    expect(tokensSeen()).toEqual(['Bearer window-token-1']);
    const [opened] = await teams.authWindows();
    const start = new URL(opened ?? '');
    expect(`${start.origin}${start.pathname}`).toBe(`${TAB_ORIGIN}/auth-start.html`);
    expect(start.searchParams.get('loginHint')).toBe(kari.username);
    // The window went to Entra ID for the tab's registration, with PKCE, and back to the bridge.
    const [authorize] = cloud.authorizeRequests;
    expect(authorize?.searchParams.get('client_id')).toBe(TENANT_SETTINGS.VITE_CLIENT_ID);
    expect(authorize?.searchParams.get('redirect_uri')).toBe(`${TAB_ORIGIN}/auth-redirect.html`);
    expect(authorize?.searchParams.get('code_challenge')).toBeTruthy();
    // No NAA request, and no popup of MSAL's own from the frame (it would never complete); the
    // host's window closes itself once it has answered, which may be a moment after the token.
    expect(await teams.bridgeRequests()).toEqual([]);
    await expect.poll(() => context.pages().length).toBe(1);
    await screenshot(page, 'host-teams-no-naa');
  });
});

describe('a phone (no frame: window.nativeInterface)', () => {
  it("is hosted: the host's theme and language, NAA through the phone's bridge", async () => {
    const phone = await openOnPhone(page, {
      tabPath: TAB_PATH,
      context: { ...teamsContext, hostClientType: 'ios', theme: 'dark', locale: 'en-GB' },
      naa: true,
    });
    await page.setViewportSize({ width: 390, height: 844 });
    const frame = phone.frame;
    await frame.getByText('Whom do you report for?').waitFor();
    await frame.getByRole('article').first().waitFor();
    expect(tokensSeen()).toEqual(['Bearer naa-silent-token-1']);
    expect(await phone.received()).toEqual(expect.arrayContaining(['initialize', 'getContext']));
    // The host decides theme and language: no pickers of the tab's own, no redirect sign-in.
    await expectNone(frame.getByLabel('Theme'));
    expect(cloud.authorizeRequests).toEqual([]);
    await screenshot(page, 'host-phone');
  });
});

describe('a slow host', () => {
  it('says the host is not answering, offers the browser, and goes on when it answers', async () => {
    const teams = await inTeams({ naa: true, initialize: 'hold' });
    const frame = teams.frame;
    await frame.getByRole('heading', { level: 1, name: 'Teams svarer ikke' }).waitFor();
    const link = frame.getByRole('link', { name: /Åpne Oppfølging i nettleseren/ });
    await expectAttribute(link, 'href', `${TAB_ORIGIN}${TAB_PATH}`);
    await expectAttribute(link, 'target', '_blank');
    await expectAttribute(link, 'rel', 'noopener noreferrer');
    // Not taken for a page of its own: no redirect to Entra ID from inside the frame.
    expect(cloud.authorizeRequests).toEqual([]);
    await screenshot(page, 'host-slow');

    await teams.answerInitialize();
    await planShown(frame);
    expect(tokensSeen()).toEqual(['Bearer naa-silent-token-1']);
  });
});
