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
  return context;
}

/** A full-page screenshot in test-output/screenshots/<name>.png, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = resolve(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
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

/** Opens the tab and picks whom to act as in the demo banner (a unit, or "Saksbehandler"). */
export async function openAs(page: Page, url: string, who: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Bruk fanen som').selectOption({ label: who });
  await page
    .getByRole('heading', { level: 2, name: who === 'Saksbehandler' ? /^Tiltak/ : /^Dine tiltak/ })
    .waitFor();
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

/** The fields of one list item as the emulator holds them, read over Graph like any client. */
export async function readItemFields(
  emulator: { baseUrl: string; sitePath: string; listTitle: string },
  title: string,
): Promise<Record<string, unknown>> {
  // A site addressed by path ends with ':' when more segments follow (site-getbypath.md).
  const url = `${emulator.baseUrl}/sites/${emulator.sitePath}:/lists/${encodeURIComponent(
    emulator.listTitle,
  )}/items?$expand=fields&$top=500`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET items: HTTP ${response.status}`);
  const body = (await response.json()) as { value: { fields: Record<string, unknown> }[] };
  const item = body.value.find((i) => i.fields.Title === title);
  if (!item) throw new Error(`No item titled "${title}"`);
  return item.fields;
}
