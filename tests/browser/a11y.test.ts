// Accessibility of the tab: axe-core in Chromium (no serious or critical violations), and a report
// completed with the keyboard alone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import {
  expectCount,
  expectNone,
  expectValue,
  launchBrowser,
  measure,
  newAppContext,
  openAs,
  openEditor,
  readItemFields,
  reportBox,
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
    // The title, the responsible and contributing units and the status report: the list's
    // words, not the UI's.
    await expect
      .poll(() =>
        item.locator('[lang="nb"]').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '')),
      )
      .toEqual([TITLES.geneva, 'HUM-seksjonen', 'Geneve-delegasjonen', 'Ref. over.']);
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

  /** Whether the element with focus, or any of its ancestors, is hidden from screen readers. */
  const focusHiddenOrLost = (page: Page) =>
    page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return 'focus on the body';
      const hidden = focused.closest('[aria-hidden="true"]');
      return hidden ? `inside aria-hidden ${hidden.tagName}` : null;
    });

  it('gives the page back after the export dialog closes, with Lukk or Escape', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await openAs(page, app.url, 'Saksbehandler');
    const opener = page.getByRole('button', { name: 'Eksporter notat' });
    for (const close of ['Lukk', 'Escape'] as const) {
      await opener.click();
      const dialog = page.getByRole('dialog', { name: /notat/i });
      await dialog.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      if (close === 'Escape') await page.keyboard.press('Escape');
      else await dialog.getByRole('button', { name: 'Lukk', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => focusHiddenOrLost(page)).toBeNull();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Eksporter notat');
      // Everything is reachable by role again, as before the dialog opened.
      await expectCount(page.getByRole('heading', { level: 2, name: /^Tiltak/ }), 1);
      await expectNone(page.locator('[aria-hidden="true"]:has(main)'));
    }
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('closes an open report editor with Escape, keeping the draft', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    const editor = await openEditor(page, TITLES.coordinate);
    await reportBox(editor).fill('Halvferdig rapport');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Rapporter på «${TITLES.coordinate}»`);
    const reopened = await openEditor(page, TITLES.coordinate);
    await expectValue(reportBox(reopened), 'Halvferdig rapport');
    await context.close();
  });

  it('fits 320 px (the Teams side panel) without sideways scrolling, the overview table reachable by keyboard', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await openAs(page, app.url, 'Saksbehandler');
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'narrow-320');
    expect(await seriousViolations(page)).toEqual([]);

    // The table scrolls inside its own region, which takes focus so arrow keys can scroll it.
    const region = page.getByRole('region', { name: 'Tabell: status per enhet', exact: true });
    await region.waitFor();
    await expect(region.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
    await page.locator('body').focus();
    await tabTo(page, 'Tabell: status per enhet');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await openAs(page, app.url, 'HUM-seksjonen');
    expect(await overflow()).toBeLessThanOrEqual(0);
    const editor = await openEditor(page, TITLES.coordinate);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'narrow-320-editor');
    await editor.getByRole('button', { name: 'Lukk' }).click();
    await context.close();
  });
});
