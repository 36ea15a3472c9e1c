// Several units per measure and the review round (issue 10): the built tab in Chromium against
// the Graph emulator. An embassy writes its input on a shared measure, the lead unit composes the
// measure's paragraph from it, a manager returns a report with a comment, the unit sees it first
// and fixes it, and the manager approves.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNone,
  expectText,
  expectValue,
  expectVisible,
  measure,
  openEditor,
  readItemFields,
  recordWrites,
  reportBox,
  saveState,
  screenshot,
  TITLES,
} from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';

const suite = useBrowserSuite();

const DHAKA = 'Ambassaden i Dhaka';
const MANAGER = 'Leder';
const NONE = 'Ingen rapporterer om at dette er gjort.';
const DHAKA_INPUT = 'viser til at referansen er tatt inn i virksomhetsplanen for 2013.';
const RETURN_COMMENT = 'Skriv hvilket prosjekt som fortsatt er ettårig, og når det avsluttes.';

/** The plan's group headings («Dine tiltak», …), in page order. */
async function groupHeadings(page: Page): Promise<string[]> {
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  // The caseworker's overview comes first; the plan's groups follow.
  return headings.filter((heading) => !heading.startsWith('Status per enhet'));
}

/** Opens the tab as someone in the demo banner and waits for the plan's first group heading. */
async function openTabAs(who: string, firstHeading: RegExp): Promise<Page> {
  const context = await suite.newContext();
  const page = await context.newPage();
  await page.goto(suite.app().url);
  await page.getByLabel('Bruk fanen som').selectOption({ label: who });
  await expect.poll(async () => (await groupHeadings(page))[0] ?? '').toMatch(firstHeading);
  return page;
}

type Item = { id: string; eTag: string; fields: Record<string, unknown> };

/** The items of a list on the emulator's site, read over Graph like any client. */
async function listItems(listTitle: string): Promise<Item[]> {
  const { baseUrl, sitePath } = suite.app().emulator;
  const response = await fetch(
    `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent(listTitle)}/items?$expand=fields&$top=500`,
  );
  if (!response.ok) throw new Error(`GET items: HTTP ${response.status}`);
  return ((await response.json()) as { value: Item[] }).value;
}

async function contributionOf(unit: string, measureTitle: string) {
  const measures = await listItems(suite.app().emulator.listTitle);
  const measureId = measures.find((m) => m.fields.Title === measureTitle)?.id;
  const items = await listItems('Oppfølgingsinnspill');
  return items.find(
    (c) => c.fields.Unit === unit && String(c.fields.MeasureId) === String(measureId),
  )?.fields;
}

/** Someone else saves a measure's report in SharePoint: a PATCH over Graph with the item's eTag. */
async function saveElsewhere(title: string, report: string): Promise<void> {
  const { baseUrl, sitePath, listTitle } = suite.app().emulator;
  const item = (await listItems(listTitle)).find((m) => m.fields.Title === title);
  if (!item) throw new Error(`No item titled "${title}"`);
  const response = await fetch(
    `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent(listTitle)}/items/${item.id}/fields`,
    {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': item.eTag },
      body: JSON.stringify({ StatusReport: report, ReportedBy: 'Ole Martin Berg' }),
    },
  );
  if (!response.ok) throw new Error(`PATCH fields: HTTP ${response.status}`);
}

/** A screenshot of one measure in test-output/screenshots/<name>.png: the part a test is about. */
async function shotOf(item: Locator, name: string): Promise<void> {
  const directory = resolve(import.meta.dirname, '../../test-output/screenshots');
  mkdirSync(directory, { recursive: true });
  await item.screenshot({ path: resolve(directory, `${name}.png`) });
}

function reviewOf(item: Locator): Locator {
  return item.getByRole('group', { name: 'Vurdering' });
}

/**
 * The review conflict on a measure, once it shows `changed` beside the version reviewed, and
 * the measure's review state in the list untouched (Godkjent in the seed): nothing was saved.
 */
async function expectReviewConflict(item: Locator, title: string, changed: string) {
  const conflict = item.getByRole('group', {
    name: 'Statusrapporten er endret siden du leste den',
  });
  await expectVisible(conflict.getByText(changed));
  await expectVisible(conflict.getByText('Versjonen du vurderte'));
  expect((await readItemFields(suite.app().emulator, title)).ReviewState).toBe('Godkjent');
  return conflict;
}

describe('several units on one measure', () => {
  it('an embassy writes its input, the lead unit composes the paragraph from it', async () => {
    // The embassy leads nothing: its measures are the ones it is asked to contribute to.
    const embassy = await openTabAs(DHAKA, /^Bidrag fra deg/);
    const shared = embassy
      .getByRole('region', { name: /^Bidrag fra deg/ })
      .getByRole('article', { name: TITLES.regionalReference, exact: true });
    await expectVisible(shared.getByText('Regionalavdelingen', { exact: true }));
    await expectNone(shared.getByRole('button', { name: /^Rapporter på/ }));
    await expectVisible(shared.getByText('Ikke skrevet innspill ennå.'));

    await shared
      .getByRole('button', { name: `Skriv innspill til «${TITLES.regionalReference}»` })
      .click();
    const editor = shared.getByRole('group', {
      name: `Innspill fra ${DHAKA}: ${TITLES.regionalReference}`,
    });
    await editor.getByRole('radio', { name: 'Pågår' }).check();
    await editor.getByRole('textbox', { name: 'Ditt innspill' }).fill(DHAKA_INPUT);
    await shotOf(shared, 'cycle-review-contribute');
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await expectText(saveState(editor), /^Lagret /);
    await editor.getByRole('button', { name: 'Lukk' }).click();
    await expectVisible(shared.getByText(DHAKA_INPUT));

    // In the embassy's own item of the contributions list, the measure's report untouched.
    await expect
      .poll(() => contributionOf(DHAKA, TITLES.regionalReference))
      .toMatchObject({ Contribution: DHAKA_INPUT, Status: 'Pågår', Unit: DHAKA });
    expect(
      (await readItemFields(suite.app().emulator, TITLES.regionalReference)).StatusReport,
    ).toBe(NONE);

    // The lead unit sees the input beside its report editor and composes from it.
    const lead = await openTabAs('Regionalavdelingen', /^Dine tiltak/);
    const leadEditor = await openEditor(lead, TITLES.regionalReference);
    const panel = leadEditor.getByRole('region', { name: 'Innspill fra bidragsyterne' });
    await expectVisible(panel.getByText(DHAKA_INPUT));
    await expectVisible(panel.getByText('Ambassaden i Abuja har ikke skrevet innspill ennå.'));
    // Each insert goes where the cursor is, and leaves the cursor after it.
    const box = reportBox(leadEditor);
    const own = 'Tildelingsbrevene for 2013 viser til planen.';
    await box.fill(own);
    await box.press('Control+Home');
    await panel.getByRole('button', { name: `Sett inn «${NONE}»` }).click();
    await panel.getByRole('button', { name: `Sett inn innspillet fra ${DHAKA}` }).click();
    const composed = `${NONE} ${DHAKA} ${DHAKA_INPUT} ${own}`;
    await expectValue(box, composed);
    // Inserting the same input again adds nothing.
    await panel.getByRole('button', { name: `Sett inn innspillet fra ${DHAKA}` }).click();
    await expectValue(box, composed);
    await shotOf(measure(lead, TITLES.regionalReference), 'cycle-review-compose');

    // A lead unit that itself reports the measure done is not offered «Ingen rapporterer …».
    const statusBefore = await leadEditor.getByRole('radio', { checked: true }).inputValue();
    await leadEditor.getByRole('radio', { name: 'Gjennomført', exact: true }).check();
    await expectNone(panel.getByRole('button', { name: `Sett inn «${NONE}»` }));
    await expectVisible(panel.getByRole('button', { name: `Sett inn innspillet fra ${DHAKA}` }));
    await leadEditor.getByRole('radio', { name: statusBefore, exact: true }).check();
    await expectVisible(panel.getByRole('button', { name: `Sett inn «${NONE}»` }));

    await leadEditor.getByRole('button', { name: 'Lagre' }).click();
    await expectText(saveState(leadEditor), /^Lagret /);
    await expect
      .poll(
        async () =>
          (await readItemFields(suite.app().emulator, TITLES.regionalReference)).StatusReport,
      )
      .toBe(composed);

    // The contribution is in the measure's history.
    const leadItem = measure(lead, TITLES.regionalReference);
    await leadItem.getByRole('button', { name: 'Historikk' }).click();
    const history = leadItem.getByRole('list', { name: 'Innspill' });
    await expectVisible(history.getByText(`${DHAKA} · Pågår`));
    await expectVisible(history.getByText(DHAKA_INPUT));
    await shotOf(leadItem, 'cycle-review-history');

    await embassy.context().close();
    await lead.context().close();
  });

  it('keeps an unsaved input across a reload; a second window saving over it is a conflict', async () => {
    const first = await openTabAs(DHAKA, /^Bidrag fra deg/);
    const second = await openTabAs(DHAKA, /^Bidrag fra deg/);
    const label = `Innspill fra ${DHAKA}: ${TITLES.regionalReference}`;
    const open = async (page: Page) => {
      const item = measure(page, TITLES.regionalReference);
      await item
        .getByRole('button', { name: `Skriv innspill til «${TITLES.regionalReference}»` })
        .click();
      return item.getByRole('group', { name: label });
    };
    const editorA = await open(first);
    const editorB = await open(second);

    // Typed, not saved, reloaded: the input is still there, marked as not saved.
    await editorA.getByRole('textbox', { name: 'Ditt innspill' }).fill(DHAKA_INPUT);
    await first.reload();
    const restored = measure(first, TITLES.regionalReference).getByRole('group', { name: label });
    await expectValue(restored.getByRole('textbox', { name: 'Ditt innspill' }), DHAKA_INPUT);
    await expectText(saveState(restored), /Endringer som ikke er lagret/);
    await restored.getByRole('button', { name: 'Lagre' }).click();
    await expectText(saveState(restored), /^Lagret /);

    // The other window, opened before that save, writes its own text: nothing is overwritten.
    await editorB.getByRole('textbox', { name: 'Ditt innspill' }).fill('viser til noe annet.');
    await editorB.getByRole('button', { name: 'Lagre' }).click();
    const conflict = editorB.getByRole('group', { name: 'Velg versjon' });
    await expectVisible(conflict.getByText(DHAKA_INPUT));
    await expectVisible(conflict.getByText('viser til noe annet.'));
    await expect
      .poll(() => contributionOf(DHAKA, TITLES.regionalReference))
      .toMatchObject({ Contribution: DHAKA_INPUT });
    await shotOf(measure(second, TITLES.regionalReference), 'cycle-review-contribution-conflict');

    // Keeping one's own version is a choice, and then saves over the other.
    await conflict.getByRole('button', { name: 'Behold min versjon' }).click();
    await expect
      .poll(() => contributionOf(DHAKA, TITLES.regionalReference))
      .toMatchObject({ Contribution: 'viser til noe annet.' });
    const items = await listItems('Oppfølgingsinnspill');
    expect(items.filter((c) => c.fields.Unit === DHAKA)).toHaveLength(1);
    await first.context().close();
    await second.context().close();
  });

  it('the caseworker composes a memo paragraph from the seeded contributions', async () => {
    const caseworker = await openTabAs('Saksbehandler', /^Tiltak/);
    const title =
      'Regionalavdelingen/fagseksjonene legger inn referanse til evalueringsrapporten og oppfølging på landnivå i tildelingskrivene til ambassadene';
    const editor = await openEditor(caseworker, title);
    const panel = editor.getByRole('region', { name: 'Innspill fra bidragsyterne' });
    const russia = 'Seksjon for Russland, Eurasia og regionalt samarbeid';
    await expectVisible(panel.getByText(russia, { exact: true }));
    await reportBox(editor).fill('');
    await panel.getByRole('button', { name: `Sett inn «${NONE}»` }).click();
    await panel.getByRole('button', { name: `Sett inn innspillet fra ${russia}` }).click();
    // The 2012 memo's paragraph, word for word.
    await expectValue(
      reportBox(editor),
      `${NONE} ${russia} viser til at dette ikke er gjort fordi IOM ikke er en stor mottaker i regionen med kun ett nytt prosjekt i 2012.`,
    );
    await caseworker.context().close();
  });
});

describe('the review round', () => {
  it('a manager returns a report with a comment; the unit sees it first, fixes it; approved', async () => {
    const manager = await openTabAs(MANAGER, /^Tiltak/);
    const item = measure(manager, TITLES.multiYear);
    const writes = recordWrites(manager);
    await item
      .getByRole('button', { name: `Returner statusrapporten for «${TITLES.multiYear}»` })
      .click();
    const review = reviewOf(item);
    const comment = review.getByRole('textbox', { name: /^Hva må endres\?/ });
    await expectVisible(comment);

    // An empty comment is refused at the field; nothing is sent.
    await review.getByRole('button', { name: 'Returner med kommentar' }).click();
    await expectVisible(
      review.getByText('Skriv hva som må endres før du returnerer statusrapporten.'),
    );
    expect(writes).toEqual([]);

    await comment.fill(RETURN_COMMENT);
    await review.getByRole('button', { name: 'Returner med kommentar' }).click();
    await expectVisible(review.getByText(/^Returnert av Seksjonssjef i HUM-seksjonen, /));
    await expectVisible(review.getByText(RETURN_COMMENT));
    const returned = await readItemFields(suite.app().emulator, TITLES.multiYear);
    expect(returned).toMatchObject({
      ReviewState: 'Returnert',
      ReviewComment: RETURN_COMMENT,
      ReviewedBy: 'Seksjonssjef i HUM-seksjonen',
    });
    expect(Date.parse(String(returned.ReviewedAt))).toBeGreaterThan(Date.now() - 5 * 60_000);
    await shotOf(item, 'cycle-review-return');

    // The unit: the returned report first, with the comment.
    const unit = await openTabAs('HUM-seksjonen', /^Returnert til deg/);
    const first = unit.getByRole('region', { name: /^Returnert til deg/ });
    const own = first.getByRole('article', { name: TITLES.multiYear, exact: true });
    await expectVisible(own.getByText(RETURN_COMMENT));
    await expectVisible(own.getByText(/^Returnert av Seksjonssjef i HUM-seksjonen, /));
    await screenshot(unit, 'cycle-review-returned-first');

    // Saving the changed report sends it back to «Ikke vurdert».
    const editor = await openEditor(unit, TITLES.multiYear);
    const box = reportBox(editor);
    await box.fill(`${await box.inputValue()} Det ettårige prosjektet avsluttes i 2013.`);
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await expect
      .poll(async () => (await readItemFields(suite.app().emulator, TITLES.multiYear)).ReviewState)
      .toBe('Ikke vurdert');
    await expectVisible(
      unit
        .getByRole('region', { name: /^Dine tiltak/ })
        .getByRole('article', { name: TITLES.multiYear, exact: true }),
    );
    await expectNone(unit.getByRole('heading', { level: 2, name: /^Returnert til deg/ }));

    // The manager reads it again and approves.
    await manager.reload();
    const again = measure(manager, TITLES.multiYear);
    await expectVisible(reviewOf(again).getByText('Ikke vurdert', { exact: true }));
    await again
      .getByRole('button', { name: `Godkjenn statusrapporten for «${TITLES.multiYear}»` })
      .click();
    await expectVisible(reviewOf(again).getByText(/^Godkjent av Seksjonssjef i HUM-seksjonen, /));
    await expect
      .poll(async () => (await readItemFields(suite.app().emulator, TITLES.multiYear)).ReviewState)
      .toBe('Godkjent');
    await shotOf(again, 'cycle-review-approved');

    await manager.context().close();
    await unit.context().close();
  });

  it('a review of a report that changed since it was read is a conflict, not saved', async () => {
    const caseworker = await openTabAs('Saksbehandler', /^Tiltak/);
    const item = measure(caseworker, TITLES.regionalReference);
    await item
      .getByRole('button', { name: `Returner statusrapporten for «${TITLES.regionalReference}»` })
      .click();
    const comment = 'Hvilke ambassader gjelder det?';
    await reviewOf(item).getByRole('textbox').fill(comment);
    const changed = 'Ingen rapporterer om at dette er gjort. Dhaka har tatt det inn i 2013.';
    await saveElsewhere(TITLES.regionalReference, changed);

    await reviewOf(item).getByRole('button', { name: 'Returner med kommentar' }).click();
    const conflict = await expectReviewConflict(item, TITLES.regionalReference, changed);
    await shotOf(item, 'cycle-review-conflict');

    // Reviewing the new version: it is the one on screen now, the comment is kept, the return
    // goes through.
    await conflict.getByRole('button', { name: 'Vurder den nye versjonen' }).click();
    await expectNone(conflict);
    await expectVisible(item.getByText(changed));
    await expectValue(reviewOf(item).getByRole('textbox'), comment);
    await reviewOf(item).getByRole('button', { name: 'Returner med kommentar' }).click();
    await expect
      .poll(
        async () =>
          (await readItemFields(suite.app().emulator, TITLES.regionalReference)).ReviewState,
      )
      .toBe('Returnert');
    await caseworker.context().close();
  });

  it('keeps a return whose save failed across a reload, and sends it once SharePoint answers', async () => {
    const manager = await openTabAs(MANAGER, /^Tiltak/);
    const item = measure(manager, TITLES.multiYear);
    await item
      .getByRole('button', { name: `Returner statusrapporten for «${TITLES.multiYear}»` })
      .click();
    await reviewOf(item).getByRole('textbox').fill(RETURN_COMMENT);
    // SharePoint answers the return with a 500 (not retried): the save fails.
    suite.app().emulator.injectFaults({ status: 500, count: 1, method: 'PATCH' });
    await reviewOf(item).getByRole('button', { name: 'Returner med kommentar' }).click();
    await expectVisible(reviewOf(item).getByText('Vurderingen ble ikke lagret.'));
    await expectValue(reviewOf(item).getByRole('textbox'), RETURN_COMMENT);
    // Nothing reached the list: the review it had stands.
    expect((await readItemFields(suite.app().emulator, TITLES.multiYear)).ReviewState).toBe(
      'Godkjent',
    );

    // After a reload the return is where it was left: the comment, and that it is not saved.
    await manager.reload();
    const again = measure(manager, TITLES.multiYear);
    await expectValue(reviewOf(again).getByRole('textbox'), RETURN_COMMENT);
    await expectVisible(reviewOf(again).getByText('Vurderingen ble ikke lagret.'));
    await expectVisible(
      reviewOf(again).getByText(/Kommentaren er tatt vare på i denne nettleseren/),
    );
    await shotOf(again, 'cycle-review-return-failed');

    await reviewOf(again).getByRole('button', { name: 'Prøv igjen' }).click();
    await expectVisible(reviewOf(again).getByText(/^Returnert av Seksjonssjef i HUM-seksjonen, /));
    expect(await readItemFields(suite.app().emulator, TITLES.multiYear)).toMatchObject({
      ReviewState: 'Returnert',
      ReviewComment: RETURN_COMMENT,
    });
    // Saved: nothing is kept any more.
    await manager.reload();
    await expectVisible(
      reviewOf(measure(manager, TITLES.multiYear)).getByText(RETURN_COMMENT, { exact: true }),
    );
    await expectNone(reviewOf(measure(manager, TITLES.multiYear)).getByRole('textbox'));
  });

  it('a kept return over a report that changed before the reload is a conflict, not sent', async () => {
    const manager = await openTabAs(MANAGER, /^Tiltak/);
    const item = measure(manager, TITLES.multiYear);
    await item
      .getByRole('button', { name: `Returner statusrapporten for «${TITLES.multiYear}»` })
      .click();
    await reviewOf(item).getByRole('textbox').fill(RETURN_COMMENT);
    suite.app().emulator.injectFaults({ status: 500, count: 1, method: 'PATCH' });
    await reviewOf(item).getByRole('button', { name: 'Returner med kommentar' }).click();
    await expectVisible(reviewOf(item).getByText('Vurderingen ble ikke lagret.'));

    const changed = 'Det ettårige prosjektet avsluttes i 2013; resten er flerårige.';
    await saveElsewhere(TITLES.multiYear, changed);
    await manager.reload();
    const again = measure(manager, TITLES.multiYear);
    const conflict = await expectReviewConflict(again, TITLES.multiYear, changed);
    await shotOf(again, 'cycle-review-return-kept-conflict');

    // Looking at the new version brings the kept comment back, to send or change.
    await conflict.getByRole('button', { name: 'Vurder den nye versjonen' }).click();
    await expectValue(reviewOf(again).getByRole('textbox'), RETURN_COMMENT);
  });
});
