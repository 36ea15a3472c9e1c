// Accessibility of the tab: axe-core in Chromium (no serious or critical violations), and a report
// completed with the keyboard alone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import {
  expectValue,
  launchBrowser,
  measure,
  newAppContext,
  openAs,
  openEditor,
  readItemFields,
  screenshot,
  seriousViolations,
  TITLES,
} from '../support/browser';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp();
});
afterAll(async () => {
  await browser.close();
  await app.close();
});

/** Presses Tab until the focused element's accessible name matches, as a keyboard user would. */
async function tabTo(page: Page, name: string, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ??
        document.activeElement?.textContent ??
        '',
    );
    if (focused === name) return;
  }
  throw new Error(`"${name}" not reached with ${maxPresses} Tab presses`);
}

describe('accessibility', () => {
  it('has no serious or critical axe violations on the main view, with an editor open, and in the dark theme', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    await expect.poll(() => seriousViolations(page)).toEqual([]);

    await openEditor(page, TITLES.coordinate);
    await expect.poll(() => seriousViolations(page)).toEqual([]);

    await page.getByLabel('Tema').selectOption({ label: 'Mørkt' });
    await page.reload();
    await page.getByRole('heading', { name: /^Dine tiltak/ }).waitFor();
    await expectValue(page.getByLabel('Tema'), 'dark');
    await expect.poll(() => seriousViolations(page)).toEqual([]);
    await screenshot(page, 'dark-theme');

    await page.getByLabel('Tema').selectOption({ label: 'Høy kontrast' });
    await expect.poll(() => seriousViolations(page)).toEqual([]);
    await screenshot(page, 'high-contrast');
    await page.getByLabel('Tema').selectOption({ label: 'Lyst' });

    await openAs(page, app.url, 'Saksbehandler');
    await expect.poll(() => seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a unit complete a report with the keyboard alone', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await openAs(page, app.url, 'MR/DEM-seksjonen');
    const title =
      'MR/DEM-seksjonen tar initiativ til bedre samarbeid mellom internasjonale organisasjoner på feltet og ivaretagelse av menneskerettighetene i større grad';
    await page.locator('body').focus();

    await tabTo(page, `Rapporter på «${title}»`);
    await page.keyboard.press('Enter');
    // Focus moves to the chosen status ("Gjennomført"); arrows move between the choices.
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.value === 'Gjennomført',
    );
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Arbeidet videreføres i 2013.');
    await page.keyboard.press('Control+Enter');

    const item = measure(page, title);
    await item
      .getByRole('status')
      .getByText(/^Lagret /)
      .waitFor();
    expect(await readItemFields(app.emulator, title)).toMatchObject({
      Status: 'Pågår',
      StatusReport: 'Arbeidet videreføres i 2013.',
      ReportedBy: 'Eva Hermstad',
    });

    // Closing the editor (Tab past "Lagre" to "Lukk") returns focus to where the user was.
    await tabTo(page, 'Lukk', 3);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (name) => document.activeElement?.getAttribute('aria-label') === name,
      `Rapporter på «${title}»`,
    );
    await context.close();
  });

  it('names the view in the page title, in the user’s language', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await openAs(page, app.url, 'Saksbehandler');
    await expect(page.title()).resolves.toBe('Oppfølging – Tiltak');

    await page.getByRole('button', { name: 'Eksporter notat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksporter notat' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.title === 'Oppfølging – Eksporter notat');
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    await page.waitForFunction(() => document.title === 'Oppfølging – Tiltak');

    await page.getByLabel('Språk').selectOption({ label: 'English' });
    await page.waitForFunction(() => document.title === 'Oppfølging – Measures');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('marks the plan’s Norwegian text as Norwegian in the English UI', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    await page.getByLabel('Språk').selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 2, name: /^Your measures/ }).waitFor();

    const item = measure(page, TITLES.geneva);
    // The title, the responsible unit and the status report: the list's words, not the UI's.
    await expect
      .poll(() =>
        item.locator('[lang="nb"]').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '')),
      )
      .toEqual([TITLES.geneva, 'HUM-seksjonen', 'Ref. over.']);
    // The UI's own words around them stay English.
    const english = item.getByText('Responsible:', { exact: true });
    await expect
      .poll(() => english.evaluate((n) => n.closest('[lang]')?.getAttribute('lang')))
      .toBe('en');
    // The section heading over the measures, and the text a unit types, are Norwegian too.
    await expect
      .poll(() => page.getByRole('heading', { level: 3 }).first().getAttribute('lang'))
      .toBe('nb');
    const own = measure(page, TITLES.coordinate);
    await own.getByRole('button', { name: `Report on “${TITLES.coordinate}”` }).click();
    const report = own
      .getByRole('group', { name: `Reporting: ${TITLES.coordinate}` })
      .getByRole('textbox', { name: 'Status report' });
    await expect.poll(() => report.getAttribute('lang')).toBe('nb');
    await screenshot(page, 'english-ui-norwegian-data');
    await context.close();
  });

  it('says «over fristen» once for an overdue measure, not twice', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    // Pågår with a deadline in 2012: overdue.
    const snapshot = await measure(page, TITLES.coordinate).ariaSnapshot();
    expect(snapshot.match(/over fristen/gi)).toEqual(['Over fristen']);
    await context.close();
  });
});
