// A Microsoft 365 host and a tab origin inside one Playwright browser context, without any
// network: Teams at https://teams.microsoft.com (the host page and its protocol, host-protocol.ts)
// and the tab at https://oppfolging.example.test, served from a folder or from a local server.
// The tab is cross-origin to its host over https, as in production, so teams-js checks the
// host's origin against its own list of Microsoft hosts just as it does in Teams.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { guardCsp } from '../csp-guard';
import { shippedHeaders } from '../security-headers';
import { installTeamsHost } from './host-protocol';
import type { HostScenario, LegacyContext, TeamsHostControl } from './host-protocol';

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
      const response = await route.fetch({ url: `${tab.upstream}${url.pathname}${url.search}` });
      await route.fulfill({ response });
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
  /** The tab's iframe. */
  frame: FrameLocator;
  changeTheme(theme: 'default' | 'dark' | 'contrast'): Promise<void>;
  pressSave(): Promise<void>;
  /** The names of the requests the tab sent to its host, in order. */
  received(): Promise<string[]>;
  /** The arguments of each request named `func` the tab sent, in order. */
  calls(func: string): Promise<unknown[][]>;
  savedSettings(): Promise<Record<string, unknown> | null>;
};

/** Opens Teams' page and frames the tab at `tabPath` in it, with the given context. */
export async function openInTeams(
  page: Page,
  options: { tabPath: string; context: LegacyContext; answers?: boolean },
): Promise<HostedTab> {
  await page.goto(`${TEAMS_ORIGIN}/_test/host`);
  const scenario: HostScenario = {
    tabUrl: `${TAB_ORIGIN}${options.tabPath}`,
    context: options.context,
    answers: options.answers,
  };
  await page.evaluate(installTeamsHost, scenario);
  return {
    frame: page.frameLocator('iframe[title="Tab"]'),
    async changeTheme(theme) {
      await page.evaluate(
        (value) =>
          (window as unknown as { teamsHost: TeamsHostControl }).teamsHost.changeTheme(value),
        theme,
      );
    },
    async pressSave() {
      await page.evaluate(() =>
        (window as unknown as { teamsHost: TeamsHostControl }).teamsHost.pressSave(),
      );
    },
    received() {
      return page.evaluate(() =>
        (window as unknown as { teamsHost: TeamsHostControl }).teamsHost.received.map(
          (message) => message.func,
        ),
      );
    },
    calls(func) {
      return page.evaluate(
        (name) =>
          (window as unknown as { teamsHost: TeamsHostControl }).teamsHost.received
            .filter((message) => message.func === name)
            .map((message) => message.args),
        func,
      );
    },
    savedSettings() {
      return page.evaluate(
        () => (window as unknown as { teamsHost: TeamsHostControl }).teamsHost.savedSettings,
      );
    },
  };
}
