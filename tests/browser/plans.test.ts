// One list, several follow-up plans: the built tab in Chromium against a Graph emulator that holds
// the demo plan (11/10298) and 30 generated measures of plan 99/00001. The user picks the plan in
// the header; everything below it (the plan, the overview, "Dine tiltak", the export) follows.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { listIdOf } from '../support/emulator';
import {
  expectNone,
  expectTexts,
  expectValue,
  launchBrowser,
  linkQuery,
  newAppContext,
  openAs,
  screenshot,
} from '../support/browser';

const DEMO_PLAN = '11/10298';
const EXTRA_PLAN = '99/00001';
const EXTRA_COUNT = 30;

type Item = {
  id: string;
  title: string;
  caseNumber: string;
  unit: string;
  statusReport: string;
};

let browser: Browser;
let app: RunningApp;
let items: Item[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  app = await startApp({ emulator: { extraMeasures: EXTRA_COUNT } });
  items = await readItems();
});
afterEach(async () => {
  await app.close();
});

/** Every item of the list as the emulator holds it, read over Graph like any client. */
async function readItems(): Promise<Item[]> {
  const { baseUrl, sitePath, listTitle } = app.emulator;
  const response = await fetch(
    `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent(listTitle)}/items?$expand=fields&$top=500`,
  );
  if (!response.ok) throw new Error(`GET items: HTTP ${response.status}`);
  const body = (await response.json()) as {
    value: { id: string; fields: Record<string, unknown> }[];
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return body.value.map(({ id, fields }) => ({
    id,
    title: text(fields.Title),
    caseNumber: text(fields.CaseNumber),
    unit: text(fields.ResponsibleUnit),
    statusReport: text(fields.StatusReport),
  }));
}

/** The plans list (`Oppfølgingsplaner`) as the emulator holds it: each plan's title by case number. */
async function readPlanTitles(): Promise<Map<string, string>> {
  const { baseUrl, sitePath } = app.emulator;
  const response = await fetch(
    `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent('Oppfølgingsplaner')}/items?$expand=fields`,
  );
  if (!response.ok) throw new Error(`GET plans: HTTP ${response.status}`);
  const body = (await response.json()) as { value: { fields: Record<string, unknown> }[] };
  return new Map(
    body.value.map(({ fields }) => [String(fields.CaseNumber), String(fields.Title)] as const),
  );
}

const ofPlan = (plan: string) => items.filter((item) => item.caseNumber === plan);
const titlesOf = (list: readonly Item[]) => list.map((item) => item.title).sort();

async function newPage(): Promise<Page> {
  const context = await newAppContext(browser);
  return context.newPage();
}

function planPicker(page: Page) {
  return page.getByRole('combobox', { name: 'Oppfølgingsplan', exact: true });
}

/** The titles (accessible names) of the measures in a part of the page, sorted. */
async function titlesIn(scope: Page | Locator): Promise<string[]> {
  const names = await scope.getByRole('article').evaluateAll((articles) =>
    articles.map((article) => {
      const title = document.getElementById(article.getAttribute('aria-labelledby') ?? '');
      return title?.textContent ?? '';
    }),
  );
  return names.sort();
}

const shownTitles = (page: Page) => titlesIn(page);

/** The units named in the caseworker's overview table, in its order. */
async function overviewUnits(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Status per enhet' });
  const cells = await table.getByRole('row').locator('td:first-child').allTextContents();
  return cells.filter((cell) => cell !== 'Sum');
}

const sortedUnits = (list: readonly Item[]) =>
  [...new Set(list.map((item) => item.unit))].sort((a, b) => a.localeCompare(b, 'nb'));

describe('a list with several follow-up plans', () => {
  it('lets the caseworker pick the plan; the measures, the overview and the subtitle follow, and the choice is remembered', async () => {
    const demo = ofPlan(DEMO_PLAN);
    const extra = ofPlan(EXTRA_PLAN);
    expect(extra).toHaveLength(EXTRA_COUNT);
    const page = await newPage();
    await openAs(page, app.url, 'Saksbehandler');

    // The picker names each plan as the plans list does; it never reads the measures to count them.
    const titles = await readPlanTitles();
    const picker = planPicker(page);
    await expectTexts(picker.locator('option'), [
      `${DEMO_PLAN} – ${titles.get(DEMO_PLAN)}`,
      `${EXTRA_PLAN} – ${titles.get(EXTRA_PLAN)}`,
    ]);
    // Nothing chosen yet: the first plan in order.
    await expectValue(picker, DEMO_PLAN);
    await page.getByText(`Oppfølgingsplan, saksnummer ${DEMO_PLAN}`).waitFor();
    await expect.poll(() => shownTitles(page)).toEqual(titlesOf(demo));
    await expect.poll(() => overviewUnits(page)).toEqual(sortedUnits(demo));
    await screenshot(page, 'plan-picker');

    await picker.selectOption(EXTRA_PLAN);
    await page.getByRole('heading', { level: 2, name: `Tiltak ${EXTRA_COUNT} tiltak` }).waitFor();
    await page.getByText(`Oppfølgingsplan, saksnummer ${EXTRA_PLAN}`).waitFor();
    await expect.poll(() => shownTitles(page)).toEqual(titlesOf(extra));
    await expect.poll(() => overviewUnits(page)).toEqual(sortedUnits(extra));

    await page.reload();
    await page.getByRole('heading', { level: 2, name: `Tiltak ${EXTRA_COUNT} tiltak` }).waitFor();
    await expectValue(planPicker(page), EXTRA_PLAN);
    await expect.poll(() => shownTitles(page)).toEqual(titlesOf(extra));
  });

  it("shows a unit only the chosen plan's measures under «Dine tiltak»", async () => {
    const hum = (plan: string) => ofPlan(plan).filter((item) => item.unit === 'HUM-seksjonen');
    expect(hum(EXTRA_PLAN).length).toBeGreaterThan(0);
    const page = await newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    const own = (plan: string) =>
      page.getByRole('region', { name: `Dine tiltak ${hum(plan).length} tiltak`, exact: true });
    await own(DEMO_PLAN).waitFor();

    await planPicker(page).selectOption(EXTRA_PLAN);
    await own(EXTRA_PLAN).waitFor();
    await expect.poll(() => titlesIn(own(EXTRA_PLAN))).toEqual(titlesOf(hum(EXTRA_PLAN)));
  });

  it('exports the chosen plan: its case number and its unreported measures only', async () => {
    const extra = ofPlan(EXTRA_PLAN);
    const unreported = extra.filter((item) => item.statusReport.trim() === '');
    expect(unreported.length).toBeGreaterThan(0);
    const page = await newPage();
    await openAs(page, app.url, 'Saksbehandler');
    await planPicker(page).selectOption(EXTRA_PLAN);
    await page.getByRole('heading', { level: 2, name: `Tiltak ${EXTRA_COUNT} tiltak` }).waitFor();

    await page.getByRole('button', { name: 'Eksporter notat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksporter notat' });
    await dialog.waitFor();
    await dialog.getByText(`Dokumentnummeret i sak ${EXTRA_PLAN}`, { exact: false }).waitFor();
    const list = dialog.getByRole('list', {
      name: `${unreported.length} tiltak mangler statusrapport`,
    });
    await expect
      .poll(async () => (await list.getByRole('listitem').allTextContents()).sort())
      .toEqual(unreported.map((item) => `${item.title} (${item.unit})`).sort());
    await screenshot(page, 'plan-export-dialog');
  });

  it('opens the plan a ?plan= link names, read alone from the list, without a picker', async () => {
    const page = await newPage();
    // The plans list is read too (whole, it is small); what matters is the measures list's reads.
    const measuresItems = `/lists/${await listIdOf(app.emulator)}/items`;
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'GET' && request.url().includes(`${measuresItems}?`)) {
        reads.push(decodeURIComponent(request.url()));
      }
    });
    await page.goto(`${app.url}?plan=${encodeURIComponent(EXTRA_PLAN)}`);
    await page.getByLabel('Bruk fanen som').selectOption({ label: 'Saksbehandler' });
    await page.getByRole('heading', { level: 2, name: `Tiltak ${EXTRA_COUNT} tiltak` }).waitFor();
    await page.getByText(`Oppfølgingsplan, saksnummer ${EXTRA_PLAN}`).waitFor();
    await expect.poll(() => shownTitles(page)).toEqual(titlesOf(ofPlan(EXTRA_PLAN)));
    await expectNone(planPicker(page));
    // The server filters the measures on the indexed column: the other plan's are never read.
    expect(reads.length).toBeGreaterThan(0);
    for (const url of reads) expect(url).toContain(`fields/CaseNumber eq '${EXTRA_PLAN}'`);
  });

  it('falls back to the first plan, with the picker, when the linked plan is not in the list', async () => {
    const page = await newPage();
    await page.goto(`${app.url}?plan=${encodeURIComponent('12/404')}`);
    await page.getByLabel('Bruk fanen som').selectOption({ label: 'Saksbehandler' });
    await expectValue(planPicker(page), DEMO_PLAN);
    await expect.poll(() => shownTitles(page)).toEqual(titlesOf(ofPlan(DEMO_PLAN)));
  });

  it('opens the plan of a measure a link points to, whatever plan was chosen before', async () => {
    const target = ofPlan(DEMO_PLAN)[2];
    if (!target) throw new Error('The demo plan has fewer measures than expected.');
    const page = await newPage();
    await openAs(page, app.url, 'Saksbehandler');
    await planPicker(page).selectOption(EXTRA_PLAN);
    await page.getByRole('heading', { level: 2, name: `Tiltak ${EXTRA_COUNT} tiltak` }).waitFor();

    await page.goto(`${app.url}?measure=${encodeURIComponent(target.id)}`);
    await page.getByRole('article', { name: target.title, exact: true }).waitFor();
    await expectValue(planPicker(page), DEMO_PLAN);
    await expect.poll(() => shownTitles(page)).toEqual(titlesOf(ofPlan(DEMO_PLAN)));
  });
});

describe('the configuration page in the demo', () => {
  it('links to the tab for one plan when a case number is given', async () => {
    const page = await newPage();
    await page.goto(`${app.url}?view=config`);
    await page.getByText('Du har tilgang til listen «Oppfølgingstiltak».').waitFor();
    await page.getByRole('textbox', { name: 'Saksnummer (valgfritt)' }).fill(EXTRA_PLAN);
    const link = page.getByRole('link', { name: 'Åpne Oppfølging' });
    await expect
      .poll(() => linkQuery(link))
      .toEqual({
        site: 'demo.sharepoint.com:/sites/hum',
        list: 'Oppfølgingstiltak',
        plan: EXTRA_PLAN,
      });

    const { search } = new URL(String(await link.getAttribute('href')));
    await page.goto(`${app.url}${search}`);
    await page.getByLabel('Bruk fanen som').selectOption({ label: 'Saksbehandler' });
    await page.getByRole('heading', { level: 2, name: `Tiltak ${EXTRA_COUNT} tiltak` }).waitFor();
    await expectNone(planPicker(page));
  });

  it('opens a list created there, not the demo list', async () => {
    const page = await newPage();
    await page.goto(`${app.url}?view=config`);
    await page.getByText('Du har tilgang til listen «Oppfølgingstiltak».').waitFor();
    await page.getByRole('textbox', { name: 'Liste' }).fill('Tiltak 2026');
    await page.getByRole('button', { name: 'Kontroller tilgang' }).click();
    await page.getByRole('button', { name: 'Opprett listen' }).click();
    await page.getByText('Listen «Tiltak 2026» er opprettet.').waitFor();

    await page.getByRole('link', { name: 'Åpne Oppfølging' }).click();
    await page.getByText('Listen «Tiltak 2026»', { exact: true }).waitFor();
    await page.getByText('Planen har ingen tiltak ennå.').waitFor();
    await expectNone(page.getByRole('article'));
  });
});
