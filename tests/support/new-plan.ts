// The caseworker's new plan as the browser tests make it: the 2011 plan's «Forslag til
// oppfølgingsplan» (fixtures/oppfolgingsplan-2011-forslag.txt) pasted into «Ny oppfølgingsplan».
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expectValue, expectVisible } from './browser';

/** The measures of the 2011 plan as they stand in the plan document. */
export const PLAN_2011 = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/oppfolgingsplan-2011-forslag.txt'),
  'utf8',
);
export const NEW_PLAN = {
  caseNumber: '25/00101',
  title: 'Oppfølging av evaluering av IOMs innsats mot menneskehandel (ny plan)',
} as const;

/** Opens «Ny oppfølgingsplan», fills in the plan form and pastes the 2011 plan's measures. */
export async function fillNewPlan(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Ny oppfølgingsplan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny oppfølgingsplan' });
  await expectVisible(dialog);
  await dialog.getByLabel('Tittel').fill(NEW_PLAN.title);
  await dialog.getByLabel('Saksnummer').fill(NEW_PLAN.caseNumber);
  await dialog
    .getByLabel('Evaluering')
    .fill('Norads evaluering av IOMs innsats mot menneskehandel');
  await dialog.getByLabel('Plandato').fill('2011-08-25');
  await dialog.getByRole('combobox', { name: 'Koordinerende enhet' }).fill('HUM-seksjonen');
  await dialog
    .getByLabel('Fristregel')
    .selectOption({ label: 'Instruks 2011: rapport innen ett år' });
  // The rule proposes the dates: the report and every measure within a year of the plan.
  await expectValue(dialog.getByLabel('Rapporteringsfrist'), '2012-08-25');
  await expectValue(dialog.getByLabel('Frist for tiltakene'), '2012-08-25');
  await dialog.getByLabel('Lim inn tiltakene').fill(PLAN_2011);
  return dialog;
}
