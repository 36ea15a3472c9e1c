// A Microsoft 365 host and a tab origin inside one Playwright browser context, without any
// network: Teams at https://teams.microsoft.com (the host page and its protocol, host-protocol.ts)
// and the tab at https://oppfolging.example.test, served from a folder or from a local server.
// The tab is cross-origin to its host over https, as in production, so teams-js checks the
// host's origin against its own list of Microsoft hosts just as it does in Teams.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { guardCsp } from '../csp-guard';
import { unrouteBeforeClose } from '../browser';
import { shippedHeaders } from '../security-headers';
import { installTeamsHost } from './host-protocol';
import type { HostScenario, LegacyContext, TeamsHostControl } from './host-protocol';

export { routeMicrosoftCloud } from './microsoft-cloud';

export type { LegacyContext } from './host-protocol';

export const TEAMS_ORIGIN = 'https://teams.microsoft.com';
export const TAB_ORIGIN = 'https://oppfolging.example.test';
/** teams-js fetches its list of valid host domains from here when it loads. */
export const TEAMS_JS_CDN = 'https://res.cdn.office.net/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export type TabSource = { folder: string } | { upstream: string };

/**
 * Routes the two origins and records every request the pages make (`requests`), including
 * the ones to teams-js' CDN, which answer 404 so that teams-js falls back to its bundled list.
 */
export async function routeTeamsWorld(
  context: BrowserContext,
  tab: TabSource,
): Promise<{ requests: string[] }> {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await guardCsp(context);
  unrouteBeforeClose(context);

  await context.route(`${TEAMS_ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><title>Microsoft Teams (test host)</title></head><body></body></html>',
    }),
  );
  await context.route(`${TEAMS_JS_CDN}**`, (route) => route.fulfill({ status: 404, body: '' }));
  await context.route(`${TAB_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if ('upstream' in tab) {
      try {
        const response = await route.fetch({ url: `${tab.upstream}${url.pathname}${url.search}` });
        await route.fulfill({ response });
      } catch {
        // The page closed while the answer was on its way (its response disposed): nobody is
        // left to answer, and an unanswered request must not fail the run after the test.
        await route.abort().catch(() => undefined);
      }
      return;
    }
    const path = resolve(
      tab.folder,
      `.${url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname}`,
    );
    if (!path.startsWith(`${resolve(tab.folder)}${sep}`)) {
      await route.fulfill({ status: 403, body: '' });
      return;
    }
    try {
      const body = await readFile(path);
      await route.fulfill({
        body,
        contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        headers: shippedHeaders(),
      });
    } catch {
      await route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  return { requests };
}

export type HostedTab = {
  /** The tab's iframe (in Teams' page), or the page itself on a phone. */
  frame: FrameLocator | Page;
  changeTheme(theme: 'default' | 'dark' | 'contrast'): Promise<void>;
  pressSave(): Promise<void>;
  /** Answers the `initialize` a slow host has been holding back. */
  answerInitialize(): Promise<void>;
  /** The names of the requests the tab sent to its host, in order. */
  received(): Promise<string[]>;
  /** The arguments of each request named `func` the tab sent, in order. */
  calls(func: string): Promise<unknown[][]>;
  savedSettings(): Promise<Record<string, unknown> | null>;
  /** What MSAL asked the host's NAA bridge, in order (`GetInitContext`, `GetToken`, …). */
  bridgeRequests(): Promise<{ method: string; scope: string | null }[]>;
  /** Where the host opened its authentication window (authentication.authenticate). */
  authWindows(): Promise<string[]>;
  setBridge(answers: NonNullable<HostScenario['bridge']>): Promise<void>;
};

export type HostOptions = {
  tabPath: string;
  context: LegacyContext;
} & Omit<HostScenario, 'tabUrl' | 'context' | 'frameless'>;

// page.evaluate serialises each function: the host's control is reached inline in each one.
type ControlWindow = { teamsHost: TeamsHostControl };

/** Opens Teams' page and frames the tab at `tabPath` in it, with the given context. */
export async function openInTeams(page: Page, options: HostOptions): Promise<HostedTab> {
  await page.goto(`${TEAMS_ORIGIN}/_test/host`);
  const { tabPath, ...rest } = options;
  const scenario: HostScenario = { ...rest, tabUrl: `${TAB_ORIGIN}${tabPath}` };
  await page.evaluate(installTeamsHost, scenario);
  return hostedTab(page, page.frameLocator('iframe[title="Tab"]'));
}

/**
 * A phone: Teams, Outlook or the Microsoft 365 app on iOS or Android show the tab as the page
 * itself (no frame) and speak to it through `window.nativeInterface`, installed before the
 * tab's own code runs. With `naa` the phone's host also offers `window.nestedAppAuthBridge`.
 */
export async function openOnPhone(page: Page, options: HostOptions): Promise<HostedTab> {
  const { tabPath, ...rest } = options;
  const scenario: HostScenario = { ...rest, tabUrl: `${TAB_ORIGIN}${tabPath}`, frameless: true };
  await page.addInitScript(installTeamsHost, scenario);
  await page.goto(scenario.tabUrl);
  return hostedTab(page, page);
}

function hostedTab(page: Page, frame: FrameLocator | Page): HostedTab {
  return {
    frame,
    async changeTheme(theme) {
      await page.evaluate(
        (value) => (window as unknown as ControlWindow).teamsHost.changeTheme(value),
        theme,
      );
    },
    async pressSave() {
      await page.evaluate(() => (window as unknown as ControlWindow).teamsHost.pressSave());
    },
    async answerInitialize() {
      await page.evaluate(() => (window as unknown as ControlWindow).teamsHost.answerInitialize());
    },
    received() {
      return page.evaluate(() =>
        (window as unknown as ControlWindow).teamsHost.received.map((message) => message.func),
      );
    },
    calls(func) {
      return page.evaluate(
        (name) =>
          (window as unknown as ControlWindow).teamsHost.received
            .filter((message) => message.func === name)
            .map((message) => message.args),
        func,
      );
    },
    savedSettings() {
      return page.evaluate(() => (window as unknown as ControlWindow).teamsHost.savedSettings);
    },
    bridgeRequests() {
      return page.evaluate(() => (window as unknown as ControlWindow).teamsHost.bridgeRequests);
    },
    authWindows() {
      return page.evaluate(() => (window as unknown as ControlWindow).teamsHost.authWindows);
    },
    async setBridge(answers) {
      await page.evaluate(
        (next) => Object.assign((window as unknown as ControlWindow).teamsHost.bridge, next),
        answers,
      );
    },
  };
}
