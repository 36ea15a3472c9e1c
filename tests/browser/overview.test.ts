// The manager's overview per unit (UnitOverview): the built tab in Chromium against the Graph
// emulator's demo plan. Every number in the table is what the plan's measures say, and choosing
// a number shows those measures, and only those, in the list below.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectText, expectVisible, openAs, screenshot } from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';

const suite = useBrowserSuite();

type Fields = { Title: string; ResponsibleUnit: string; Status: string; PlanCaseNumber?: string };

const STATUS_COLUMNS = [
  'Ikke påbegynt',
  'Pågår',
  'Gjennomført',
  'Ikke gjennomført',
  'Ikke aktuelt',
];

/** The demo plan's measures as the list holds them, read over Graph like any client. */
async function planMeasures(): Promise<Fields[]> {
  const { baseUrl, sitePath, listTitle } = suite.app().emulator;
  const response = await fetch(
    `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent(listTitle)}/items?$expand=fields&$top=500`,
  );
  if (!response.ok) throw new Error(`GET items: HTTP ${response.status}`);
  const items = ((await response.json()) as { value: { fields: Fields }[] }).value;
  return items.map((item) => item.fields);
}

/** The table as the manager reads it: one object per row, keyed by the column headers. */
async function overviewRows(page: Page): Promise<Record<string, string>[]> {
  const table = page.getByRole('table', { name: 'Status per enhet' });
  const headers = await table.getByRole('columnheader').allTextContents();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
  return rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
}

/** What the table should say for a unit's measures: counts per status and the share done. */
function expectedRow(unit: string, measures: readonly Fields[]): Record<string, string> {
  const done = measures.filter((m) => m.Status === 'Gjennomført').length;
  return {
    Enhet: unit,
    Tiltak: String(measures.length),
    ...Object.fromEntries(
      STATUS_COLUMNS.map((s) => [s, String(measures.filter((m) => m.Status === s).length)]),
    ),
    // nb-NO writes a percentage with a (narrow) no-break space before the sign.
    'Andel gjennomført': `${Math.round((100 * done) / measures.length)}\u00a0%`,
  };
}

const pick = (row: Record<string, string>, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, (row[key] ?? '').replace(/\s/g, '\u00a0')]));

describe("the manager's overview per unit", () => {
  it('counts each unit’s measures per status as the plan has them; a number filters the list', async () => {
    const page = await suite.newPage();
    await openAs(page, suite.app().url, 'Leder');
    const table = page.getByRole('table', { name: 'Status per enhet' });
    await expectVisible(table);

    const measures = await planMeasures();
    const units = [...new Set(measures.map((m) => m.ResponsibleUnit))].sort((a, b) =>
      a.localeCompare(b, 'nb'),
    );
    const expected = [
      ...units.map((unit) =>
        expectedRow(
          unit,
          measures.filter((m) => m.ResponsibleUnit === unit),
        ),
      ),
      { ...expectedRow('Sum', measures) },
    ];
    const keys = ['Enhet', 'Tiltak', ...STATUS_COLUMNS, 'Andel gjennomført'];
    await expect
      .poll(async () => (await overviewRows(page)).map((row) => pick(row, keys)))
      .toEqual(expected.map((row) => pick(row, keys)));
    await screenshot(page, 'overview-manager', { fullPage: false });

    // A number is a filter: IOM's measures «Pågår», and nothing else, in the list below.
    const iomOngoing = measures
      .filter((m) => m.ResponsibleUnit === 'IOM' && m.Status === 'Pågår')
      .map((m) => m.Title);
    expect(iomOngoing.length).toBeGreaterThan(1);
    await table
      .getByRole('button', { name: `Vis ${iomOngoing.length} tiltak: IOM, pågår` })
      .click();
    const titles = page.getByRole('article').locator('h4');
    await expect
      .poll(async () => (await titles.allTextContents()).sort())
      .toEqual([...iomOngoing].sort());
    await expectVisible(page.getByText(`Viser ${iomOngoing.length} av ${measures.length} tiltak`));
    await screenshot(page, 'overview-manager-filtered', { fullPage: false });

    // The sum row's «Gjennomført» shows every unit's completed measures.
    const done = measures.filter((m) => m.Status === 'Gjennomført').map((m) => m.Title);
    await table
      .getByRole('button', { name: `Vis ${done.length} tiltak: alle enheter, gjennomført` })
      .click();
    await expect.poll(async () => (await titles.allTextContents()).sort()).toEqual(done.sort());
    // The view bar says which filter is on, so the user can take it off again.
    await expectText(page.getByRole('combobox', { name: 'Status', exact: true }), 'Gjennomført');
  });
});
