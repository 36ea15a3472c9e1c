// What every browser test file needs around its tests: one Chromium for the file, a fresh tab and
// emulator (startApp) for each test, and the browser contexts a test opened closed after it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startApp, type RunningApp } from './app';
import { launchBrowser, newAppContext } from './browser';

type StartOptions = NonNullable<Parameters<typeof startApp>[0]>;

export type BrowserSuite = {
  browser(): Browser;
  /** This test's tab and emulator. */
  app(): RunningApp;
  /** A fresh browser profile (closed after the test), as newAppContext makes it. */
  newContext(options?: Parameters<typeof newAppContext>[1]): Promise<BrowserContext>;
  /** A page in a fresh browser profile. */
  newPage(options?: Parameters<typeof newAppContext>[1]): Promise<Page>;
};

/**
 * Registers the hooks of a browser test file and returns getters for what they start. Call it
 * once at the top of the file; `app` gives startApp's options (another build, emulator options),
 * or a function asked before each test for them (a build made in the file's own beforeAll).
 */
export function useBrowserSuite(app: StartOptions | (() => StartOptions) = {}): BrowserSuite {
  let browser: Browser | undefined;
  let running: RunningApp | undefined;
  let contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    running = await startApp(typeof app === 'function' ? app() : app);
  });
  afterEach(async () => {
    const opened = contexts;
    contexts = [];
    await Promise.all(opened.map((context) => context.close()));
    await running?.close();
    running = undefined;
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: call it inside a test.`);
    return value;
  };
  const newContext: BrowserSuite['newContext'] = async (options) => {
    const context = await newAppContext(started(browser, 'The browser'), options);
    contexts.push(context);
    // One the test closes itself is not closed again.
    context.on('close', () => {
      contexts = contexts.filter((open) => open !== context);
    });
    return context;
  };
  return {
    browser: () => started(browser, 'The browser'),
    app: () => started(running, 'The app'),
    newContext,
    newPage: async (options) => (await newContext(options)).newPage(),
  };
}
