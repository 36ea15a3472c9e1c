// src/platform in a real Chromium: framed by a Microsoft 365 host that speaks teams-js'
// protocol (tests/support/teams-host), and opened on its own. The probe page runs the
// platform modules alone; the tab itself uses them once the app shell is wired to them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { expectNone, expectText, launchBrowser } from '../support/browser';
import { buildProbe } from '../support/teams-host/build-probe';
import type { BuiltProbe } from '../support/teams-host/build-probe';
import {
  openInTeams,
  openOnPhone,
  routeTeamsWorld,
  TAB_ORIGIN,
  TEAMS_JS_CDN,
} from '../support/teams-host/teams-world';
import type { LegacyContext } from '../support/teams-host/teams-world';

let browser: Browser;
let probe: BuiltProbe;
let outDir: string;
let context: BrowserContext;
let page: Page;
let requests: string[];

const channelContext: LegacyContext = {
  appId: '3f2b8c1e-7a4d-4e2b-9c1a-5d6e7f8a9b0c',
  locale: 'nn-NO',
  theme: 'dark',
  hostName: 'Teams',
  hostClientType: 'web',
  frameContext: 'content',
  entityId: 'oppfolging',
  subEntityId: '7',
  loginHint: 'kari.nordmann@contoso.no',
  userPrincipalName: 'kari.nordmann@contoso.no',
  userObjectId: '2f0c7d1e-1111-4222-8333-944455556666',
  userDisplayName: 'Kari Nordmann',
  tid: '9b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd',
  teamId: '19:team@thread.tacv2',
  teamName: 'HUM-seksjonen',
  channelId: '19:channel@thread.tacv2',
  channelName: 'Oppfølging',
  teamSiteUrl: 'https://contoso.sharepoint.com/sites/HUM-seksjonen',
};

type ProbeContext = Record<string, unknown>;

async function probeContext(frame: { locator: Page['locator'] }): Promise<ProbeContext> {
  const text = await frame.locator('body[data-ready="true"] #context').textContent();
  return JSON.parse(text ?? '{}') as ProbeContext;
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'oppf-probe-'));
  [browser, probe] = await Promise.all([launchBrowser(), buildProbe(outDir)]);
});

afterAll(async () => {
  await browser.close();
  await rm(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext({ locale: 'nb-NO' });
  ({ requests } = await routeTeamsWorld(context, { folder: probe.folder }));
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

describe('inside Teams', () => {
  it("takes language, theme, user, the team's site and the deep link from the host", async () => {
    const teams = await openInTeams(page, { tabPath: '/', context: channelContext });
    await expect
      .poll(() => probeContext(teams.frame))
      .toEqual({
        mode: 'hosted',
        appId: '3f2b8c1e-7a4d-4e2b-9c1a-5d6e7f8a9b0c',
        hostName: 'Teams',
        hostClientType: 'web',
        language: 'nb',
        locale: 'nn-NO',
        theme: 'dark',
        user: {
          loginHint: 'kari.nordmann@contoso.no',
          userPrincipalName: 'kari.nordmann@contoso.no',
          tenantId: '9b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd',
          displayName: 'Kari Nordmann',
        },
        teamSite: 'contoso.sharepoint.com:/sites/HUM-seksjonen',
        pageId: 'oppfolging',
        subPageId: '7',
        frame: 'content',
      });
    await expect
      .poll(() => teams.received())
      .toEqual(expect.arrayContaining(['initialize', 'getContext', 'registerHandler']));
    // teams-js asked its CDN for the list of Microsoft hosts: it was loaded, as it should be here.
    await expect.poll(() => requests.some((url) => url.startsWith(TEAMS_JS_CDN))).toBe(true);
  });

  it('follows a live theme change', async () => {
    const teams = await openInTeams(page, { tabPath: '/', context: channelContext });
    const theme = teams.frame.locator('#theme');
    await expect.poll(() => theme.textContent()).toBe('dark');
    await teams.changeTheme('contrast');
    await expect.poll(() => theme.textContent()).toBe('contrast');
    await teams.changeTheme('default');
    await expect.poll(() => theme.textContent()).toBe('default');
  });

  it('speaks English in an English Outlook, without a team site', async () => {
    const outlook: LegacyContext = {
      locale: 'en-GB',
      theme: 'default',
      hostName: 'Outlook',
      hostClientType: 'desktop',
      frameContext: 'content',
      entityId: 'oppfolging',
      loginHint: 'ola@contoso.no',
      tid: '9b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd',
    };
    const host = await openInTeams(page, { tabPath: '/', context: outlook });
    await expect
      .poll(() => probeContext(host.frame))
      .toMatchObject({
        mode: 'hosted',
        hostName: 'Outlook',
        language: 'en',
        theme: 'default',
        teamSite: null,
        subPageId: null,
      });
  });

  it("saves the channel tab's site and list when the user presses Save", async () => {
    const teams = await openInTeams(page, {
      tabPath: '/?view=config',
      context: { ...channelContext, frameContext: 'settings', subEntityId: undefined },
    });
    await expect
      .poll(() => probeContext(teams.frame))
      .toMatchObject({ mode: 'hosted', frame: 'settings' });
    await teams.pressSave();
    await expect.poll(() => teams.received()).toContain('settings.save.success');
    await expect
      .poll(() => teams.savedSettings())
      .toMatchObject({ suggestedDisplayName: 'Oppfølging' });
    const saved = await teams.savedSettings();
    expect(String(saved?.entityId)).toMatch(/^oppfolging-[0-9a-f-]{36}$/);
    const contentUrl = new URL(String(saved?.contentUrl));
    expect(contentUrl.origin).toBe(TAB_ORIGIN);
    expect(Object.fromEntries(contentUrl.searchParams)).toEqual({
      site: 'contoso.sharepoint.com:/sites/HUM-seksjonen',
      list: 'Oppfølgingstiltak',
    });
    await expect.poll(() => teams.received()).toContain('settings.setValidityState');
  });

  it('waits for a slow host instead of taking it for a page of its own', async () => {
    const teams = await openInTeams(page, {
      tabPath: '/',
      context: channelContext,
      initialize: 'hold',
    });
    // Past the point where the tab used to give up (5 s), it is still waiting, and says so.
    await expect
      .poll(() => teams.frame.locator('#slow').textContent(), { timeout: 15_000 })
      .toBe('true');
    await expectNone(teams.frame.locator('body[data-ready="true"]'));
    await teams.answerInitialize();
    expect(await probeContext(teams.frame)).toMatchObject({ mode: 'hosted', hostName: 'Teams' });
  });

  it('signs in with NAA only when the host offers it, through the bridge teams-js injects', async () => {
    const withNaa = await openInTeams(page, { tabPath: '/', context: channelContext, naa: true });
    await probeContext(withNaa.frame);
    await expectText(withNaa.frame.locator('#sign-in'), 'nested');
    const without = await openInTeams(page, { tabPath: '/', context: channelContext });
    await probeContext(without.frame);
    await expectText(without.frame.locator('#sign-in'), 'host-window');
  });
});

describe('on a phone (no frame, window.nativeInterface)', () => {
  it('is hosted: it loads teams-js and reads the context from the native host', async () => {
    const phone = await openOnPhone(page, {
      tabPath: '/',
      context: { ...channelContext, hostClientType: 'android' },
      naa: true,
    });
    expect(await probeContext(phone.frame as Page)).toMatchObject({
      mode: 'hosted',
      hostName: 'Teams',
      hostClientType: 'android',
      language: 'nb',
      theme: 'dark',
      teamSite: 'contoso.sharepoint.com:/sites/HUM-seksjonen',
      subPageId: '7',
    });
    expect(await phone.received()).toEqual(expect.arrayContaining(['initialize', 'getContext']));
    // The phone's host offers the NAA bridge itself.
    await expectText((phone.frame as Page).locator('#sign-in'), 'nested');
  });
});

describe('on its own', () => {
  it('starts standalone without loading teams-js or asking its CDN', async () => {
    await page.goto(`${TAB_ORIGIN}/`);
    await expect
      .poll(() => probeContext(page))
      .toEqual({ mode: 'standalone', reason: 'top-level' });
    expect(requests.filter((url) => url.startsWith(TEAMS_JS_CDN))).toEqual([]);
    expect(requests).not.toContain(`${TAB_ORIGIN}${probe.teamsJsChunk}`);
    // The same page framed does load it: the check above is not vacuous.
    await openInTeams(page, { tabPath: '/', context: channelContext });
    await expect.poll(() => requests).toContain(`${TAB_ORIGIN}${probe.teamsJsChunk}`);
  });
});

describe('the built tab', () => {
  it('opened directly, never loads teams-js or asks its CDN', async () => {
    const app = await startApp();
    try {
      const tabContext = await browser.newContext({ locale: 'nb-NO' });
      const seen = await routeTeamsWorld(tabContext, { upstream: app.url.replace(/\/$/, '') });
      const tabPage = await tabContext.newPage();
      await tabPage.goto(`${TAB_ORIGIN}/`);
      await tabPage.locator('#root > *').first().waitFor();
      await tabPage.waitForLoadState('networkidle');
      await expect
        .poll(() => seen.requests.some((url) => url.startsWith(`${TAB_ORIGIN}/v1.0/`)))
        .toBe(true);
      expect(seen.requests.filter((url) => url.startsWith(TEAMS_JS_CDN))).toEqual([]);
      await tabContext.close();
    } finally {
      await app.close();
    }
  });
});
