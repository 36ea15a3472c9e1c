// The caseworker builds a plan in the built tab (Chromium, demo build, a fresh Graph emulator per
// test): a new plan from the 2011 plan's "Forslag til oppfølgingsplan" pasted as text, checked in
// the preview, imported by JSON batch; then single measures changed and removed, with If-Match
// conflicts shown. And the demo banner offers every unit, the caseworker and a manager.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectAttribute,
  expectCount,
  expectNone,
  expectText,
  expectValue,
  expectVisible,
  openAs,
  screenshot,
} from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { fillNewPlan, NEW_PLAN } from '../support/new-plan';

const CASE_NUMBER = NEW_PLAN.caseNumber;
const PLAN_TITLE = NEW_PLAN.title;

type Item = { id: string; eTag: string; fields: Record<string, unknown> };

const suite = useBrowserSuite();

function listUrl(title: string): string {
  const { baseUrl, sitePath } = suite.app().emulator;
  return `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent(title)}`;
}

/** The items of a list as the emulator holds them, read over Graph like any client. */
async function readList(title: string): Promise<Item[]> {
  const response = await fetch(`${listUrl(title)}/items?$expand=fields&$top=500`);
  if (!response.ok) throw new Error(`GET items: HTTP ${response.status}`);
  return ((await response.json()) as { value: Item[] }).value;
}

const measuresOf = async (caseNumber: string) =>
  (await readList(suite.app().emulator.listTitle)).filter(
    (i) => i.fields.CaseNumber === caseNumber,
  );

const newPage = () => suite.newPage();

function previewRow(dialog: Locator, position: number): Locator {
  return dialog
    .getByRole('list', { name: /^Forhåndsvisning/ })
    .getByRole('listitem', { name: `Tiltak ${position}`, exact: true });
}

describe('the caseworker builds a plan', () => {
  it('makes a new plan from the 2011 plan text, checks the preview, imports its 8 measures, changes a deadline with a reason and removes a measure', async () => {
    const page = await newPage();
    await openAs(page, suite.app().url, 'Saksbehandler');
    const dialog = await fillNewPlan(page);
    // The rule's long name keeps to its column, not reaching under the report date beside it.
    const rule = dialog.getByLabel('Fristregel');
    const reportDue = dialog.getByLabel('Rapporteringsfrist');
    await expect
      .poll(async () => {
        const [left, right] = await Promise.all([rule.boundingBox(), reportDue.boundingBox()]);
        return left !== null && right !== null && left.x + left.width <= right.x;
      })
      .toBe(true);

    // One row per measure, the units guessed from the wording, nothing dropped.
    const preview = dialog.getByRole('list', { name: 'Forhåndsvisning: 8 tiltak' });
    await expectCount(preview.getByRole('listitem'), 8);
    const second = previewRow(dialog, 2);
    await expectValue(second.getByRole('combobox', { name: 'Ansvarlig enhet' }), 'HUM-seksjonen');
    await expectText(second.getByRole('combobox', { name: 'Bidragsytere' }), 'Geneve-delegasjonen');
    const third = previewRow(dialog, 3);
    await expectValue(
      third.getByRole('combobox', { name: 'Ansvarlig enhet' }),
      'Regionalavdelingen',
    );
    await expectText(third.getByRole('combobox', { name: 'Bidragsytere' }), 'Fagseksjonene');
    await expectValue(
      previewRow(dialog, 7).getByRole('combobox', { name: 'Ansvarlig enhet' }),
      'MR/DEM-seksjonen',
    );
    // "Giverne vurderer …" names no unit: the coordinating unit is proposed, and the row marked.
    const sixth = previewRow(dialog, 6);
    await expectAttribute(sixth, 'data-needs-fix', 'warning');
    await expectVisible(sixth.getByText('Teksten nevner ingen kjent enhet'));
    await expectValue(sixth.getByRole('combobox', { name: 'Ansvarlig enhet' }), 'HUM-seksjonen');
    await expectValue(sixth.getByLabel('Frist', { exact: true }), '2012-08-25');
    // The caseworker corrects a guess: the mark goes.
    await sixth.getByRole('combobox', { name: 'Ansvarlig enhet' }).fill('GIL-seksjonen');
    await expectNone(sixth.getByText('Teksten nevner ingen kjent enhet'));
    await screenshot(page, 'cycle-plan-preview');

    await dialog.getByRole('button', { name: 'Opprett planen med 8 tiltak' }).click();
    await expectVisible(dialog.getByText('8 tiltak er opprettet.'));
    await screenshot(page, 'cycle-plan-imported');
    await dialog.getByRole('button', { name: 'Vis planen' }).click();
    await expectNone(dialog);

    // The tab shows the new plan and its 8 measures.
    await expectVisible(page.getByText(`Oppfølgingsplan, saksnummer ${CASE_NUMBER}`));
    await screenshot(page, 'cycle-plan-tab');
    await expectCount(page.getByRole('article'), 8);
    const created = await measuresOf(CASE_NUMBER);
    expect(created).toHaveLength(8);
    const giverne = created.find((i) => String(i.fields.Title).startsWith('Giverne vurderer'));
    expect(giverne?.fields.ResponsibleUnit).toBe('GIL-seksjonen');
    const geneva = created.find((i) => String(i.fields.Title).startsWith('HUM-seksjonen, som'));
    expect(geneva?.fields.ContributingUnits).toBe('Geneve-delegasjonen');
    const plans = await readList('Oppfølgingsplaner');
    const plan = plans.find((p) => p.fields.CaseNumber === CASE_NUMBER);
    expect(plan?.fields).toMatchObject({
      Title: PLAN_TITLE,
      Coordinator: 'HUM-seksjonen',
      DeadlineRule: 'Instruks 2011: rapport innen ett år',
      PlanState: 'Aktiv',
    });
    // A date-only column holds midnight in the site's time zone (Oslo, summer time), as in SharePoint.
    expect(plan?.fields.ReportDue).toBe('2012-08-24T22:00:00Z');

    // A revised deadline needs a reason.
    await page.getByRole('button', { name: 'Rediger tiltak' }).click();
    const manage = page.getByRole('dialog', { name: `Tiltak i planen ${CASE_NUMBER}` });
    await manage.getByRole('button', { name: /^Endre: Regionalavdelingen\/fagseksjonene/ }).click();
    const form = manage.getByRole('form', { name: 'Endre tiltaket' });
    await form.getByLabel('Ny frist', { exact: true }).fill('2012-12-31');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await expectVisible(form.getByText('Skriv hvorfor fristen er flyttet.'));
    await form
      .getByLabel('Begrunnelse for ny frist')
      .fill('Tildelingsbrevene for 2013 sendes ut i desember.');
    await screenshot(page, 'cycle-plan-edit');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await expectVisible(manage.getByText(/^Lagret: «Regionalavdelingen\/fagseksjonene/));
    const revised = (await measuresOf(CASE_NUMBER)).find((i) =>
      String(i.fields.Title).startsWith('Regionalavdelingen/fagseksjonene'),
    );
    expect(revised?.fields.RevisedDeadline).toBe('2012-12-30T23:00:00Z');
    expect(revised?.fields.DeadlineChangeReason).toBe(
      'Tildelingsbrevene for 2013 sendes ut i desember.',
    );

    // Removing one, after a confirmation.
    await manage.getByRole('button', { name: /^Fjern: Giverne vurderer/ }).click();
    await manage.getByRole('button', { name: 'Fjern tiltaket' }).click();
    await expectVisible(manage.getByText(/^Fjernet: «Giverne vurderer/));
    await expectCount(manage.getByRole('button', { name: /^Fjern: / }), 7);
    await screenshot(page, 'cycle-plan-manage');
    await manage.getByRole('button', { name: 'Lukk' }).click();
    await expectCount(page.getByRole('article'), 7);
    expect(await measuresOf(CASE_NUMBER)).toHaveLength(7);
  });

  it('names the measures a failed batch request left out, and a second try creates only those', async () => {
    const page = await newPage();
    await openAs(page, suite.app().url, 'Saksbehandler');
    const list = (await (
      await fetch(`${listUrl(suite.app().emulator.listTitle)}?$select=id`)
    ).json()) as {
      id: string;
    };
    // Two creations inside the batch answer 500; the plan item and everything else go through.
    suite.app().emulator.injectFaults({
      status: 500,
      count: 2,
      method: 'POST',
      pathIncludes: `${list.id}/items`,
    });
    const dialog = await fillNewPlan(page);
    await dialog.getByRole('button', { name: 'Opprett planen med 8 tiltak' }).click();
    await expectVisible(dialog.getByText(/2 tiltak ble ikke opprettet/));
    await expectCount(dialog.getByRole('listitem').filter({ hasText: 'General exception' }), 2);
    await screenshot(page, 'cycle-plan-partial');
    expect(await measuresOf(CASE_NUMBER)).toHaveLength(6);

    await dialog.getByRole('button', { name: 'Prøv igjen' }).first().click();
    await expectVisible(
      dialog.getByText(
        '2 tiltak er opprettet; 6 fantes alt i planen og er ikke opprettet på nytt.',
      ),
    );
    const items = await measuresOf(CASE_NUMBER);
    expect(items).toHaveLength(8);
    expect(new Set(items.map((i) => i.fields.Title)).size).toBe(8);
    // One plan item, not one per try.
    const plans = (await readList('Oppfølgingsplaner')).filter(
      (p) => p.fields.CaseNumber === CASE_NUMBER,
    );
    expect(plans).toHaveLength(1);
  });

  it('shows both versions when someone saved the measure meanwhile, and keeps the caseworker’s on request', async () => {
    const page = await newPage();
    await openAs(page, suite.app().url, 'Saksbehandler');
    await page.getByRole('button', { name: 'Rediger tiltak' }).click();
    const manage = page.getByRole('dialog', { name: 'Tiltak i planen 11/10298' });
    await manage.getByRole('button', { name: /^Endre: MR\/DEM-seksjonen/ }).click();
    const form = manage.getByRole('form', { name: 'Endre tiltaket' });
    await form.getByLabel('Del', { exact: true }).fill('Departementets oppfølging, MR/DEM');

    // Someone else saves the same measure first, over Graph with its current eTag.
    const item = (await readList(suite.app().emulator.listTitle)).find((i) =>
      String(i.fields.Title).startsWith('MR/DEM-seksjonen'),
    );
    if (!item) throw new Error('The demo plan has no MR/DEM measure');
    const patched = await fetch(
      `${listUrl(suite.app().emulator.listTitle)}/items/${item.id}/fields`,
      {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': item.eTag },
        body: JSON.stringify({ Section: 'Endret av en annen' }),
      },
    );
    expect(patched.status).toBe(200);

    await form.getByRole('button', { name: 'Lagre' }).click();
    const conflict = manage.getByRole('group', { name: 'Velg versjon' });
    await expectVisible(conflict);
    await expectVisible(conflict.getByText('Endret av en annen'));
    await expectVisible(conflict.getByText('Departementets oppfølging, MR/DEM'));
    await screenshot(page, 'cycle-plan-conflict');
    await conflict.getByRole('button', { name: 'Behold min versjon' }).click();
    await expectVisible(manage.getByText(/^Lagret: «MR\/DEM-seksjonen/));
    const saved = (await readList(suite.app().emulator.listTitle)).find((i) => i.id === item.id);
    expect(saved?.fields.Section).toBe('Departementets oppfølging, MR/DEM');
  });
});

describe('provisioning from the configuration page', () => {
  it('on a site set up before the plans and contributions lists, says so and adds them, idempotently', async () => {
    for (const title of ['Oppfølgingsinnspill', 'Oppfølgingsplaner']) {
      const gone = await fetch(listUrl(title), { method: 'DELETE' });
      expect(gone.status).toBe(204);
    }
    const page = await newPage();
    await page.goto(`${suite.app().url}?view=config`);
    await page.getByText('Du har tilgang til listen «Oppfølgingstiltak».').waitFor();
    await expectVisible(
      page.getByText('Nettstedet mangler listene «Oppfølgingsplaner» og «Oppfølgingsinnspill».'),
    );
    await screenshot(page, 'configure-lists-missing');
    await page.getByRole('button', { name: 'Legg til listene som mangler' }).click();
    await expectVisible(page.getByText('Listen «Oppfølgingsplaner» er opprettet.'));
    await expectVisible(page.getByText('Listen «Oppfølgingsinnspill» er opprettet.'));
    await expectVisible(page.getByText('Listen «Oppfølgingstiltak» har alt den trenger.'));
    await expectNone(page.getByRole('button', { name: 'Legg til listene som mangler' }));
    await screenshot(page, 'cycle-plan-provision');
    expect((await fetch(listUrl('Oppfølgingsinnspill'))).status).toBe(200);
    expect((await fetch(listUrl('Oppfølgingsplaner'))).status).toBe(200);
    // Pressed again: nothing left to do.
    await page.getByRole('button', { name: 'Opprett eller fullfør listene' }).click();
    await expectVisible(page.getByText('Listen «Oppfølgingsinnspill» har alt den trenger.'));
  });
});

describe('who you are in the demo', () => {
  it('offers every unit of the plan, contributing ones too, the caseworker and a manager', async () => {
    const page = await newPage();
    await page.goto(suite.app().url);
    const actAs = page.getByLabel('Bruk fanen som');
    await expectCount(actAs.locator('option', { hasText: 'Geneve-delegasjonen' }), 1);
    await expectCount(actAs.locator('option', { hasText: 'Saksbehandler' }), 1);
    await expectCount(actAs.locator('option', { hasText: 'Leder' }), 1);
    await actAs.selectOption({ label: 'Leder' });
    await expectVisible(page.getByText('Du er Seksjonssjef i HUM-seksjonen.'));
    // A manager reads every measure, follows progress per unit, and does not build the plan.
    await expectVisible(page.getByRole('heading', { level: 2, name: /^Tiltak/ }));
    await expectVisible(page.getByRole('table', { name: 'Status per enhet' }));
    await expectNone(page.getByRole('button', { name: 'Ny oppfølgingsplan' }));
    await screenshot(page, 'cycle-plan-manager');
  });
});
