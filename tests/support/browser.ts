// Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';
import { injectAxe } from './axe';
import { guardCsp } from './csp-guard';

const screenshotDir = resolve(import.meta.dirname, '../../test-output/screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser profile (its own localStorage and sessionStorage), sized like a Teams tab.
 * Norwegian locale and a fixed time zone so dates read as a user in Oslo sees them.
 */
export async function newAppContext(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    colorScheme: options.colorScheme ?? 'light',
    // No transitions: axe and screenshots see final colours, not a button halfway through a fade.
    reducedMotion: 'reduce',
  });
  await guardCsp(context);
  unrouteBeforeClose(context);
  return context;
}

/**
 * Closing a context while one of its route handlers still waits on `route.fetch` rejects that
 * fetch ("Request context disposed") after the test has moved on, as an unhandled rejection.
 * The context's close first removes every route (the context's and its pages'), ignoring what
 * handlers still running then throw, so a closed context leaves nothing behind.
 */
export function unrouteBeforeClose(context: BrowserContext): void {
  const close = context.close.bind(context);
  context.close = async (options) => {
    await Promise.all([
      context.unrouteAll({ behavior: 'ignoreErrors' }),
      ...context.pages().map((page) => page.unrouteAll({ behavior: 'ignoreErrors' })),
    ]);
    await close(options);
  };
}

/**
 * A full-page screenshot in test-output/screenshots/<name>.png, for people to look at; what is on
 * screen only (`fullPage: false`) for a page too tall to capture whole.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = resolve(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; html?: string }[];
};

/**
 * Fluent's focus guards (Tabster's `<i data-tabster-dummy aria-hidden tabindex>`) are focusable
 * and hidden on purpose: they pass focus on the moment they get it, and a screen reader must not
 * announce them. Fluent lists them as a known aria-hidden-focus false positive, and Accessibility
 * Insights leaves them out; so does this. Any other hidden focusable element still fails.
 */
function withoutTabsterGuards(violation: AxeViolation): AxeViolation {
  if (violation.id !== 'aria-hidden-focus') return violation;
  const nodes = violation.nodes.filter(
    (node) => !/^<i\b[^>]*\bdata-tabster-dummy\b/.test(node.html ?? ''),
  );
  return { ...violation, nodes };
}

/**
 * Serious and critical axe-core violations on the page as it is now, in a form a failing test can
 * print. Poll it (`expect.poll(() => seriousViolations(page)).toEqual([])`): a page that is still
 * changing theme is judged again once it has settled.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .map(withoutTabsterGuards)
    .filter((v) => v.nodes.length > 0)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
}

/** The query of a link's address as a plain object, e.g. `{ site, list, plan }`. */
export async function linkQuery(link: Locator): Promise<Record<string, string>> {
  const href = new URL(String(await link.getAttribute('href')));
  return Object.fromEntries(href.searchParams);
}

// What the tab's tests do over and over, in the words a user would use.

export const TITLES = {
  coordinate:
    'HUM-seksjonen koordinerer rapportering til utenriksråden innen ett år om hvordan planen er fulgt opp',
  multiYear: 'Vurdere flerårige avtaler',
  geneva: 'Hum-seksjonen tar opp evalueringen og de anbefalte tiltak med IOM i Geneve',
  basis:
    'Anbefalingene i evalueringsrapporten legges til grunn i det videre samarbeidet med IOM på menneskehandel',
  regionalReference:
    'Referanse til oppfølgingsplanen tas med i virksomhetsplanene til de aktuelle stasjoner og seksjoner',
} as const;

/** Opens the tab and picks whom to act as in the demo banner (a unit, "Saksbehandler" or "Leder"). */
export async function openAs(page: Page, url: string, who: string): Promise<void> {
  await page.goto(url);
  await actAs(page, who);
}

/**
 * Picks whom to act as in the demo banner of the page as it is, and waits for their first group:
 * a unit's is its returned reports when it has any, else its own measures.
 */
export async function actAs(
  page: Page,
  who: string,
  options: { timeout?: number } = {},
): Promise<void> {
  await page.getByLabel('Bruk fanen som').selectOption({ label: who });
  await page
    .getByRole('heading', {
      level: 2,
      // The caseworker and a manager own no measures: they see the plan's groups.
      name:
        who === 'Saksbehandler' || who === 'Leder' ? /^Tiltak/ : /^(Returnert til deg|Dine tiltak)/,
    })
    .first()
    .waitFor(options);
}

/**
 * The user leaves the tab and comes back, as Teams reports it: the window loses focus and the page
 * is hidden, then it is shown and focused again (what makes the tab ask for changes).
 */
export async function leaveAndComeBack(page: Page): Promise<void> {
  // A string, not a function: tsx's keepNames (the bench) would wrap the getter in a helper the
  // page does not have. Deleting the own property gives back the browser's answer ('visible').
  await page.evaluate(`(() => {
    window.dispatchEvent(new Event('blur'));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    delete document.visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
  })()`);
}

export function measure(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title, exact: true });
}

export async function openEditor(page: Page, title: string): Promise<Locator> {
  const item = measure(page, title);
  await item.getByRole('button', { name: `Rapporter på «${title}»` }).click();
  const editor = item.getByRole('group', { name: `Rapportering: ${title}` });
  await editor.waitFor();
  return editor;
}

export function reportBox(editor: Locator): Locator {
  return editor.getByRole('textbox', { name: 'Statusrapport' });
}

export function saveState(editor: Locator): Locator {
  return editor.getByRole('status');
}

/** Every PATCH the page sends from now on (a save reaching the network). */
export function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH') writes.push(request.url());
  });
  return writes;
}

type EmulatorList = { baseUrl: string; sitePath: string; listTitle: string };

/** One list item (its id and fields) as the emulator holds it, read over Graph like any client. */
async function readItem(
  emulator: EmulatorList,
  title: string,
): Promise<{ id: string; fields: Record<string, unknown> }> {
  // A site addressed by path ends with ':' when more segments follow (site-getbypath.md).
  const url = `${emulator.baseUrl}/sites/${emulator.sitePath}:/lists/${encodeURIComponent(
    emulator.listTitle,
  )}/items?$expand=fields&$top=500`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET items: HTTP ${response.status}`);
  const body = (await response.json()) as {
    value: { id: string; fields: Record<string, unknown> }[];
  };
  const item = body.value.find((i) => i.fields.Title === title);
  if (!item) throw new Error(`No item titled "${title}"`);
  return item;
}

/** The fields of one list item as the emulator holds them. */
export async function readItemFields(
  emulator: EmulatorList,
  title: string,
): Promise<Record<string, unknown>> {
  return (await readItem(emulator, title)).fields;
}

/** The id of the list item with this title. */
export async function itemIdOf(emulator: EmulatorList, title: string): Promise<string> {
  return (await readItem(emulator, title)).id;
}

// Assertions that wait like a person looking at the page: each one reads the page again until
// what it expects is there, or fails after `expect.poll`'s timeout (set for the browser project
// in vitest.config.ts). A one-shot read (`count()`, `isVisible()`, `textContent()`) asserted
// directly would fail whenever the page is a moment behind; lint refuses those in tests/browser.

/** The element is on the page and visible. */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible' });
}

/** Nothing on the page matches: the element is gone, or was never shown. */
export async function expectNone(locator: Locator): Promise<void> {
  await expect.poll(() => locator.count()).toBe(0);
}

/** Exactly `count` elements match. */
export async function expectCount(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count()).toBe(count);
}

/** The element's text is `text` (a string: all of it; a pattern: matching it). */
export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  const read = () => locator.textContent().then((content) => content ?? '');
  if (typeof text === 'string') await expect.poll(read).toBe(text);
  else await expect.poll(read).toMatch(text);
}

/** The texts of every matching element, in page order. */
export async function expectTexts(locator: Locator, texts: readonly string[]): Promise<void> {
  await expect.poll(() => locator.allTextContents()).toEqual(texts);
}

/** The field holds `value`, as the user sees it typed in. */
export async function expectValue(locator: Locator, value: string): Promise<void> {
  await expect.poll(() => locator.inputValue()).toBe(value);
}

/** The radio button or checkbox is checked. */
export async function expectChecked(locator: Locator): Promise<void> {
  await expect.poll(() => locator.isChecked()).toBe(true);
}

/** The element has the keyboard focus. */
export async function expectFocused(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((element) => element === document.activeElement))
    .toBe(true);
}

/** The element's attribute `name` is `value`. */
export async function expectAttribute(
  locator: Locator,
  name: string,
  value: string,
): Promise<void> {
  await expect.poll(() => locator.getAttribute(name)).toBe(value);
}
