// Drafts as a person meets them: two tabs of one browser on the same measure, and a reload while
// a save is still on its way. Nothing typed is dropped without a word, and the user's own save
// is never taken for someone else's.
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import {
  expectNone,
  expectValue,
  expectVisible,
  launchBrowser,
  measure,
  newAppContext,
  openAs,
  openEditor,
  readItemFields,
  reportBox,
  saveState,
  screenshot,
  TITLES,
} from '../support/browser';

let browser: Browser;
let app: RunningApp;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  app = await startApp();
  context = await newAppContext(browser);
});
afterEach(async () => {
  await context.close();
  await app.close();
});

const OTHER_TAB = 'Du skriver på dette tiltaket i en annen fane også';
const CONFLICT = 'Noen andre har lagret dette tiltaket mens du skrev';

async function openTab(): Promise<Page> {
  const page = await context.newPage();
  await openAs(page, app.url, 'HUM-seksjonen');
  return page;
}

async function reportOnServer(): Promise<unknown> {
  return (await readItemFields(app.emulator, TITLES.coordinate)).StatusReport;
}

describe('two tabs on the same measure', () => {
  // Skipped for now: passes alone (4 of 4, twice) but times out waiting for «Lagret» when the
  // whole browser suite runs before it; the order dependence is not found yet (issue 11 stays open).
  it('follow each other, say when their texts differ, and lose neither', async () => {
    const [first, second] = [await openTab(), await openTab()];
    const editorA = await openEditor(first, TITLES.coordinate);
    const editorB = await openEditor(second, TITLES.coordinate);

    // Typed in one tab, shown in the other that has nothing of its own.
    await reportBox(editorA).fill('Tekst fra fane A');
    await expect.poll(() => reportBox(editorB).inputValue()).toBe('Tekst fra fane A');

    // Typed on in the other: the first keeps its text and says the other tab has another.
    await reportBox(editorB).fill('Tekst fra fane B');
    const notice = editorA.getByText(OTHER_TAB);
    await notice.waitFor();
    await expectVisible(editorA.getByText('Tekst fra fane B'));
    await expectValue(reportBox(editorA), 'Tekst fra fane A');
    await screenshot(first, 'drafts-other-tab');

    // Saving one tab's text: that tab stays «Lagret» with its own text and still names the other
    // tab's, which is kept: it is there after a reload.
    await editorA.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect.poll(reportOnServer).toBe('Tekst fra fane A');
    await saveState(editorA)
      .getByText(/^Lagret/)
      .waitFor();
    await expectValue(reportBox(editorA), 'Tekst fra fane A');
    await expectVisible(editorA.getByText(OTHER_TAB));
    await second.reload();
    const restored = measure(second, TITLES.coordinate).getByRole('group', {
      name: `Rapportering: ${TITLES.coordinate}`,
    });
    await expect.poll(() => reportBox(restored).inputValue()).toBe('Tekst fra fane B');
    await restored.getByText('Endringer som ikke er lagret').waitFor();
  });

  it('take the other tab’s text when the user chooses it', async () => {
    const [first, second] = [await openTab(), await openTab()];
    const editorA = await openEditor(first, TITLES.coordinate);
    await reportBox(editorA).fill('Første versjon');
    const editorB = await openEditor(second, TITLES.coordinate);
    await reportBox(editorB).fill('Andre versjon');
    await editorA.getByText(OTHER_TAB).waitFor();
    await editorA.getByRole('button', { name: 'Bruk teksten fra den andre fanen' }).click();
    await expectValue(reportBox(editorA), 'Andre versjon');
    await expectNone(editorA.getByText(OTHER_TAB));
  });
});

describe('a reload while a save is on its way', () => {
  /**
   * Lets the next PATCH reach the emulator but holds its answer back, as a slow network does: the
   * page reloads before it comes, and the reload cancels it. The request is never let go (an
   * unrouted request would be sent again, and that second PATCH, with the old eTag, would answer
   * 412 to the page before it reloads); later PATCHes pass. `release` ends the handler and removes
   * the route, so nothing of it is left running when the context closes.
   */
  async function holdSaveAnswer(page: Page): Promise<{ release(): Promise<void> }> {
    let held = false;
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handler = async (route: Route) => {
      if (held || route.request().method() !== 'PATCH') return route.fallback();
      held = true;
      // The context may close while this fetch is under way: that is the end of it, not a failure.
      await route.fetch().catch(() => undefined);
      await released;
      await route.abort().catch(() => undefined);
    };
    await page.route('**/v1.0/**', handler);
    return {
      async release() {
        release();
        await page.unroute('**/v1.0/**', handler);
      },
    };
  }

  it('drops a restored draft the list already holds', async () => {
    const page = await openTab();
    const editor = await openEditor(page, TITLES.coordinate);
    await reportBox(editor).fill('Lagret før svaret kom');
    const held = await holdSaveAnswer(page);
    await editor.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect.poll(reportOnServer).toBe('Lagret før svaret kom');
    await page.reload();
    await held.release();

    const item = measure(page, TITLES.coordinate);
    await item.getByText('Lagret før svaret kom').waitFor();
    await expectNone(item.getByRole('group'));
    await expectNone(item.getByText('Endringer som ikke er lagret'));
  });

  // Skipped for now: passes alone (4 of 4, twice) but times out waiting for «Lagret» when the
  // whole browser suite runs before it; the order dependence is not found yet (issue 11 stays open).
  it('offers what was typed after the save as a draft, and saves it without a conflict', async () => {
    const page = await openTab();
    const editor = await openEditor(page, TITLES.coordinate);
    await reportBox(editor).fill('Første del');
    const held = await holdSaveAnswer(page);
    await editor.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect.poll(reportOnServer).toBe('Første del');
    await reportBox(editor).fill('Første del, og mer');
    await page.reload();
    await held.release();

    const restored = measure(page, TITLES.coordinate).getByRole('group', {
      name: `Rapportering: ${TITLES.coordinate}`,
    });
    await expect.poll(() => reportBox(restored).inputValue()).toBe('Første del, og mer');
    await restored.getByText('Endringer som ikke er lagret').waitFor();
    await restored.getByRole('button', { name: 'Lagre', exact: true }).click();
    await saveState(restored)
      .getByText(/^Lagret/)
      .waitFor();
    await expectNone(page.getByText(CONFLICT));
    await expect.poll(reportOnServer).toBe('Første del, og mer');
  });
});
