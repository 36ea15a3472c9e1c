// A plan of 5,000 measures (99/00001) beside the demo plan, in the built tab in Chromium: a
// filter by unit shows exactly that unit's measures, a deep link near the end scrolls to its
// measure and opens it, another user's saves arrive by delta while a unit types (the text stays),
// and the view chosen survives a reload.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import {
  launchBrowser,
  leaveAndComeBack,
  newAppContext,
  openAs,
  reportBox,
  screenshot,
} from '../support/browser';

const PLAN = '99/00001';
const COUNT = 5_000;
const UNIT = 'Ambassaden i Kabul';

type Item = { id: string; title: string; unit: string; caseNumber: string; returned: boolean };

let browser: Browser;
let app: RunningApp;
let items: Item[];

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp({ emulator: { extraMeasures: COUNT } });
  items = await readPlan();
}, 180_000);
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const itemsUrl = () =>
  `${app.emulator.baseUrl}/sites/${app.emulator.sitePath}:/lists/${encodeURIComponent(app.emulator.listTitle)}/items`;

async function readPlan(): Promise<Item[]> {
  const found: Item[] = [];
  let url: string | undefined =
    `${itemsUrl()}?$expand=fields($select=Title,ResponsibleUnit,CaseNumber,ReviewState)&$top=5000&$filter=${encodeURIComponent(`fields/CaseNumber eq '${PLAN}'`)}`;
  while (url) {
    const response = await fetch(url);
    const page = (await response.json()) as {
      value: { id: string; fields: Record<string, string> }[];
      '@odata.nextLink'?: string;
    };
    for (const { id, fields } of page.value)
      found.push({
        id,
        title: fields.Title ?? '',
        unit: fields.ResponsibleUnit ?? '',
        caseNumber: fields.CaseNumber ?? '',
        returned: fields.ReviewState === 'Returnert',
      });
    url = page['@odata.nextLink'];
  }
  return found;
}

async function newPage(): Promise<Page> {
  const context = await newAppContext(browser);
  return context.newPage();
}

const planUrl = (query = '') => `${app.url}?plan=${encodeURIComponent(PLAN)}${query}`;

describe('a plan of 5,000 measures', () => {
  it('filters by one unit to exactly its measures, in cards and in the table, and keeps the view over a reload', async () => {
    const page = await newPage();
    await openAs(page, planUrl(), 'Saksbehandler');
    await page
      .getByRole('status')
      .filter({ hasText: `Viser alle ${COUNT} tiltak` })
      .waitFor();
    // Only what is near the screen is in the page.
    await expect.poll(() => page.getByRole('article').count()).toBeLessThan(60);
    await page
      .getByRole('article')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'large-plan-cards', { fullPage: false });
    // Halfway down, a section's heading sticks over its measures.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(2);
    await screenshot(page, 'large-plan-cards-middle', { fullPage: false });

    const toolbar = page.getByRole('toolbar', { name: 'Visning' });
    await toolbar.getByRole('radio', { name: 'Tabell' }).check();
    const wholeTable = page.getByRole('table', { name: `Tiltak i tabell, ${COUNT} rader` });
    await wholeTable.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(() => wholeTable.locator('tbody tr').count()).toBeGreaterThan(5);
    await screenshot(page, 'large-plan-table-all', { fullPage: false });
    await toolbar.getByRole('radio', { name: 'Kort' }).check();

    await toolbar.getByRole('combobox', { name: 'Enhet' }).click();
    // Fluent's multiselect dropdown offers its choices as checkable items.
    await page.getByRole('menuitemcheckbox', { name: UNIT }).click();
    await page.keyboard.press('Escape');
    const expected = items.filter((item) => item.unit === UNIT);
    await page
      .getByRole('status')
      .filter({ hasText: `Viser ${expected.length} av ${COUNT} tiltak` })
      .waitFor();
    await toolbar.getByRole('radio', { name: 'Tabell' }).check();
    const table = page.getByRole('table', { name: `Tiltak i tabell, ${expected.length} rader` });
    await table.waitFor();
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe(String(expected.length + 1));
    // Every rendered row is the unit's.
    const units = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(units.length).toBeGreaterThan(5);
    expect(new Set(units)).toEqual(new Set([UNIT]));
    await table.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'large-plan-table', { fullPage: false });

    expect(page.url()).toContain(`unit=${encodeURIComponent(UNIT).replace(/%20/g, '+')}`);
    expect(page.url()).toContain('layout=table');
    await page.reload();
    await page.getByRole('table', { name: `Tiltak i tabell, ${expected.length} rader` }).waitFor();
    await page.context().close();
  });

  it('scrolls to a measure near the end that a link points to, and opens it', async () => {
    const target = items.at(-3);
    if (!target) throw new Error('no measures');
    const page = await newPage();
    await openAs(page, planUrl(), target.unit);
    await page.goto(planUrl(`&measure=${target.id}`));
    const article = page.getByRole('article', { name: target.title, exact: true });
    await article.waitFor();
    // The unit's own measure opens in its editor, which takes the focus.
    const editorBox = article.getByRole('textbox', { name: 'Statusrapport' });
    await editorBox.waitFor();
    await page.waitForFunction(
      (id) => document.activeElement?.closest(`[data-measure-id="${id}"]`) !== null,
      target.id,
    );
    const box = await article.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await screenshot(page, 'large-plan-deep-link', { fullPage: false });
    await page.context().close();
  });

  it('applies another user’s saves while a unit types, and the text being typed stays', async () => {
    // In the order the unit sees them: its returned reports first, then the rest of its own.
    const own = items.filter((item) => item.unit === UNIT);
    own.sort((a, b) => Number(b.returned) - Number(a.returned));
    const mine = own[0];
    if (!mine) throw new Error('the unit has no measures');
    const page = await newPage();
    await openAs(page, planUrl(), UNIT);
    const article = page.getByRole('article', { name: mine.title, exact: true });
    await article.getByRole('button', { name: `Rapporter på «${mine.title}»` }).click();
    const box = reportBox(article);
    await box.fill('');
    await box.pressSequentially('Arbeidet pågår, ');

    // Another user saves three of this unit's other measures, straight to the list.
    const saveAsAnother = async (id: string, report: string) => {
      const response = await fetch(`${itemsUrl()}/${id}/fields`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ StatusReport: report }),
      });
      expect(response.status).toBe(200);
    };
    const others = own.slice(1, 4);
    for (const other of others) await saveAsAnother(other.id, `Lagret av en annen: ${other.id}`);
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/items/delta')) refreshes.push(request.url());
    });
    // Coming back to the tab refreshes it, as the timer would.
    await leaveAndComeBack(page);
    await box.pressSequentially('og følges opp.');
    const first = others[0];
    if (!first) throw new Error('no other measure');
    await page
      .getByRole('article', { name: first.title, exact: true })
      .getByText(`Lagret av en annen: ${first.id}`)
      .waitFor();
    expect(refreshes.length).toBeGreaterThan(0);
    await expect.poll(() => box.inputValue()).toBe('Arbeidet pågår, og følges opp.');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // Every return to the tab asks again, not only the first.
    await saveAsAnother(first.id, `Lagret igjen av en annen: ${first.id}`);
    await leaveAndComeBack(page);
    await page
      .getByRole('article', { name: first.title, exact: true })
      .getByText(`Lagret igjen av en annen: ${first.id}`)
      .waitFor();
    await expect.poll(() => box.inputValue()).toBe('Arbeidet pågår, og følges opp.');
    await page.context().close();
  });
});
