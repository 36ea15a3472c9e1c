// The whole follow-up cycle as a new user walks it in the demo (issue 10), in one browser, acting
// as each person in turn through the demo banner: the caseworker makes a plan from the 2011 plan's
// «Forslag til oppfølgingsplan», the lead unit reports and a contributing unit writes its input on
// a shared measure, a manager returns one report and approves another, the lead unit composes
// from the input and saves, the manager approves, and the caseworker exports the approved
// reports. A screenshot of each step goes to test-output/screenshots/walkthrough-NN-*.png.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectCount,
  expectText,
  expectValue,
  expectVisible,
  measure,
  openAs,
  openEditor,
  readItemFields,
  reportBox,
  saveState,
  screenshot,
} from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { downloadMemo, openExportDialog } from '../support/export-dialog';
import { fillNewPlan, NEW_PLAN } from '../support/new-plan';

const suite = useBrowserSuite();

const LEAD = 'HUM-seksjonen';
const CONTRIBUTOR = 'Geneve-delegasjonen';
const MANAGER = 'Leder';
const CASEWORKER = 'Saksbehandler';
const LEAD_REPORT = 'Evalueringen ble tatt opp i IOMs rådsmøte i november 2012.';
const OTHER_REPORT = 'Evalueringen er lagt til grunn i samtalene med IOM i 2012.';
const INPUT = 'viser til at anbefalingene ble drøftet i IOMs styremøte 27.–30. november.';
const RETURN_COMMENT = 'Ta med det Geneve-delegasjonen skriver om styremøtet.';

type Fields = { Title: string; ResponsibleUnit: string; CaseNumber: string; SortOrder: number };

/** The new plan's measures in plan order, as the list holds them. */
async function newPlanMeasures(): Promise<Fields[]> {
  const { baseUrl, sitePath, listTitle } = suite.app().emulator;
  const response = await fetch(
    `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent(listTitle)}/items?$expand=fields&$top=500`,
  );
  if (!response.ok) throw new Error(`GET items: HTTP ${response.status}`);
  const items = ((await response.json()) as { value: { fields: Fields }[] }).value;
  return items
    .map((item) => item.fields)
    .filter((fields) => fields.CaseNumber === NEW_PLAN.caseNumber)
    .sort((a, b) => Number(a.SortOrder) - Number(b.SortOrder));
}

/** Numbered screenshots, in the order of the walk. */
function steps(page: Page) {
  let step = 0;
  return async (name: string, focus?: Locator) => {
    step += 1;
    if (focus) await focus.scrollIntoViewIfNeeded();
    const file = `walkthrough-${String(step).padStart(2, '0')}-${name}`;
    await screenshot(page, file, { fullPage: false });
  };
}

/** Acts as someone else in the demo banner, on the new plan (chosen again if the tab left it). */
async function actAs(page: Page, who: string): Promise<void> {
  const banner = page.getByLabel('Bruk fanen som');
  await banner.selectOption({ label: who });
  await expect.poll(() => banner.locator('option:checked').textContent()).toBe(who);
  const picker = page.getByLabel('Oppfølgingsplan', { exact: true });
  await expect
    .poll(async () => {
      if ((await picker.inputValue()) !== NEW_PLAN.caseNumber) {
        await picker.selectOption(NEW_PLAN.caseNumber);
      }
      return page.getByRole('article').count();
    })
    .toBe(8);
  await expectValue(picker, NEW_PLAN.caseNumber);
}

const reviewOf = (item: Locator) => item.getByRole('group', { name: 'Vurdering' });

async function writeReport(page: Page, title: string, text: string): Promise<void> {
  const editor = await openEditor(page, title);
  await editor.getByRole('radio', { name: 'Gjennomført', exact: true }).check();
  await reportBox(editor).fill(text);
  await editor.getByRole('button', { name: 'Lagre' }).click();
  await expectText(saveState(editor), /^Lagret /);
}

describe('the whole follow-up cycle', () => {
  it('plan, report, contribute, review, compose, approve and export, as a new user walks it', async () => {
    const page = await suite.newPage();
    const shot = steps(page);

    // 1. The caseworker makes a new plan from the 2011 plan's text.
    await openAs(page, suite.app().url, CASEWORKER);
    await shot('caseworker-opens-tab');
    const dialog = await fillNewPlan(page);
    await expectVisible(dialog.getByRole('list', { name: 'Forhåndsvisning: 8 tiltak' }));
    await shot('new-plan-preview');
    await dialog.getByRole('button', { name: 'Opprett planen med 8 tiltak' }).click();
    await expectVisible(dialog.getByText('8 tiltak er opprettet.'));
    await shot('new-plan-created');
    await dialog.getByRole('button', { name: 'Vis planen' }).click();
    // Closed, the dialog gives the page back to screen readers (and to getByRole).
    await expectCount(page.getByRole('dialog'), 0);
    await expect.poll(() => page.locator('#root').getAttribute('aria-hidden')).toBeNull();
    await expectVisible(page.getByText(`Oppfølgingsplan, saksnummer ${NEW_PLAN.caseNumber}`));
    await shot('new-plan-in-tab');

    const measures = await newPlanMeasures();
    expect(measures).toHaveLength(8);
    const shared = measures.find((m) => m.Title.startsWith('HUM-seksjonen, som'))?.Title ?? '';
    const other = measures.find((m) => m.ResponsibleUnit === LEAD && m.Title !== shared)?.Title;
    expect(shared).not.toBe('');
    if (!other) throw new Error('The new plan has a second measure led by HUM-seksjonen.');

    // 2. The lead unit reports on its two measures.
    await actAs(page, LEAD);
    await writeReport(page, shared, LEAD_REPORT);
    await writeReport(page, other, OTHER_REPORT);
    await shot('lead-unit-reports', measure(page, shared));

    // 3. The contributing unit writes its input on the shared measure.
    await actAs(page, CONTRIBUTOR);
    const asked = page
      .getByRole('region', { name: /^Bidrag fra deg/ })
      .getByRole('article', { name: shared, exact: true });
    await asked.getByRole('button', { name: `Skriv innspill til «${shared}»` }).click();
    const input = asked.getByRole('group', { name: `Innspill fra ${CONTRIBUTOR}: ${shared}` });
    await input.getByRole('radio', { name: 'Gjennomført', exact: true }).check();
    await input.getByRole('textbox', { name: 'Ditt innspill' }).fill(INPUT);
    await input.getByRole('button', { name: 'Lagre' }).click();
    await expectText(saveState(input), /^Lagret /);
    await shot('contributor-writes-input', asked);

    // 4. The manager returns the shared measure's report and approves the other.
    await actAs(page, MANAGER);
    const returned = measure(page, shared);
    await returned
      .getByRole('button', { name: `Returner statusrapporten for «${shared}»` })
      .click();
    await reviewOf(returned).getByRole('textbox').fill(RETURN_COMMENT);
    await shot('manager-returns', returned);
    await reviewOf(returned).getByRole('button', { name: 'Returner med kommentar' }).click();
    await expectVisible(reviewOf(returned).getByText(RETURN_COMMENT));
    const approved = measure(page, other);
    await approved.getByRole('button', { name: `Godkjenn statusrapporten for «${other}»` }).click();
    await expectVisible(reviewOf(approved).getByText(/^Godkjent av /));
    await shot('manager-approves-other', approved);

    // 5. The lead unit sees the returned report first, composes from the input and saves.
    await actAs(page, LEAD);
    const first = page.getByRole('region', { name: /^Returnert til deg/ });
    await expectVisible(first.getByRole('article', { name: shared, exact: true }));
    await expectVisible(first.getByText(RETURN_COMMENT));
    await shot('lead-unit-sees-returned-first');
    const editor = await openEditor(page, shared);
    const panel = editor.getByRole('region', { name: 'Innspill fra bidragsyterne' });
    await expectVisible(panel.getByText(INPUT));
    await reportBox(editor).press('End');
    await panel.getByRole('button', { name: `Sett inn innspillet fra ${CONTRIBUTOR}` }).click();
    const composed = `${LEAD_REPORT} ${CONTRIBUTOR} ${INPUT}`;
    await expectValue(reportBox(editor), composed);
    await shot('lead-unit-composes', measure(page, shared));
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await expectText(saveState(editor), /^Lagret /);
    await expect
      .poll(async () => (await readItemFields(suite.app().emulator, shared)).ReviewState)
      .toBe('Ikke vurdert');

    // 6. The manager approves the composed report.
    await actAs(page, MANAGER);
    const again = measure(page, shared);
    await expectVisible(again.getByText(composed));
    await again.getByRole('button', { name: `Godkjenn statusrapporten for «${shared}»` }).click();
    await expectVisible(reviewOf(again).getByText(/^Godkjent av /));
    await shot('manager-approves-composed', again);

    // 7. The caseworker exports the approved reports only; the dialog names the rest.
    await actAs(page, CASEWORKER);
    const exportDialog = await openExportDialog(page);
    await exportDialog
      .getByRole('switch', { name: 'Ta bare med godkjente statusrapporter' })
      .check();
    const leftOut = exportDialog.getByRole('list', { name: /^6 tiltak er ikke med i notatet/ });
    await expectVisible(leftOut);
    // The default texts date the plan as its form did, not by when its measures were typed in.
    await expectText(
      exportDialog.getByRole('article', { name: 'Forhåndsvisning av notatet' }),
      /Rapportering på oppfølgingsplanen av 25\.08\.2011/,
    );
    await shot('caseworker-exports-approved-only');
    const { texts } = await downloadMemo(page, exportDialog, 'walkthrough-approved-only.docx');
    expect(texts).toContain(`${shared}: ${composed}`);
    expect(texts).toContain(`${other}: ${OTHER_REPORT}`);
    const paragraphs = texts.filter((t) => measures.some((m) => t.startsWith(`${m.Title}:`)));
    expect(paragraphs).toHaveLength(2);
    await expectCount(leftOut.getByRole('listitem'), 6);
  });
});
