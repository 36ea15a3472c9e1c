// The memo belongs to the plan (issue 10): the built tab in Chromium against the Graph emulator.
// Two caseworkers (two browser profiles) share the plan's memo header, the preview follows the
// typing, a stale save is a conflict, unreadable MemoSettings are said, the memo is written in
// nynorsk on request, and a memo of approved reports only is exported to test-output/memos/
// (CI checks every memo there with check-docx.sh).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createGraphClient,
  createGraphMeasuresApi,
  createGraphPlansApi,
  PLANS_LIST_TITLE,
} from '../../src/graph';
import { paragraphsOf, partXml } from '../support/memo/read-docx';
import { seedMeasures } from '../support/memo/seed-measures';
import {
  expectAttribute,
  expectText,
  expectTexts,
  expectValue,
  expectVisible,
  openAs,
  screenshot,
  TITLES,
} from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { downloadMemo, openExportDialog } from '../support/export-dialog';

const SAVED = /^Lagret på planen\./;

const suite = useBrowserSuite();

/** The plans list over Graph, as another client (a second caseworker's tab, SharePoint) sees it. */
function plansApi() {
  const client = createGraphClient({ baseUrl: suite.app().emulator.baseUrl });
  return createGraphPlansApi(client, {
    site: suite.app().emulator.sitePath,
    list: PLANS_LIST_TITLE,
  });
}

async function iomPlan() {
  const plan = (await plansApi().listPlans()).find((p) => p.caseNumber === '11/10298');
  if (!plan) throw new Error('The demo has the IOM plan in the plans list.');
  return plan;
}

async function storedMemo(): Promise<Record<string, unknown>> {
  return JSON.parse((await iomPlan()).memoSettings) as Record<string, unknown>;
}

/** A caseworker in a browser profile of their own, with the export dialog open. */
async function caseworkerWithDialog(): Promise<{
  page: Page;
  dialog: Locator;
  close(): Promise<void>;
}> {
  const context = await suite.newContext();
  const page = await context.newPage();
  await openAs(page, suite.app().url, 'Saksbehandler');
  const dialog = await openExportDialog(page);
  return { page, dialog, close: () => context.close() };
}

const box = (dialog: Locator, name: string | RegExp) =>
  dialog.getByRole('textbox', { name, exact: true });
const preview = (dialog: Locator) =>
  dialog.getByRole('article', { name: 'Forhåndsvisning av notatet' });

/** The first cell of each row of the memo's appendix table (its last table), the header left out. */
function appendixTitles(documentXml: string): string[] {
  const table = [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].at(-1)?.[1] ?? '';
  const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '');
  return rows.slice(1).map((row) => paragraphsOf(row)[0]?.text ?? '');
}

describe('the memo belongs to the plan', () => {
  it('two caseworkers see the same header; the preview follows the typing; a reload keeps it; a stale save is a conflict', async () => {
    const first = await caseworkerWithDialog();
    // The seeded plan carries the header of the memo of 20.12.2012.
    await expectValue(box(first.dialog, 'Til'), 'Utenriksrådets kontor');
    await expectText(preview(first.dialog), /Til:Utenriksrådets kontor/);

    await box(first.dialog, 'Til').fill('Utenriksministeren');
    await expectText(preview(first.dialog), /Til:Utenriksministeren/);
    await box(first.dialog, 'Emne').fill('Rapportering på oppfølgingsplanen for IOM.');
    await expectText(
      preview(first.dialog),
      /Til orientering\. Rapportering på oppfølgingsplanen for IOM\./,
    );
    await expectText(first.dialog.getByRole('status').first(), SAVED);
    await expect.poll(storedMemo).toMatchObject({
      to: 'Utenriksministeren',
      subject: 'Rapportering på oppfølgingsplanen for IOM.',
    });
    await screenshot(first.page, 'cycle-memo-preview', { fullPage: false });

    const second = await caseworkerWithDialog();
    await expectValue(box(second.dialog, 'Til'), 'Utenriksministeren');
    await expectText(preview(second.dialog), /Til:Utenriksministeren/);
    await screenshot(second.page, 'cycle-memo-second-caseworker', { fullPage: false });

    // The first saves again; the second, still holding the plan as it was, saves over it: refused.
    await box(first.dialog, 'Via').fill('Avdeling for FN og humanitære spørsmål');
    await expect.poll(storedMemo).toMatchObject({ via: 'Avdeling for FN og humanitære spørsmål' });
    await box(second.dialog, 'Via').fill('Avdeling for regionale spørsmål');
    const conflict = second.dialog.getByText('En annen saksbehandler har lagret notatet');
    await expectVisible(conflict);
    await expectTexts(
      second.dialog
        .getByRole('list', { name: 'Dette er forskjellig på planen' })
        .getByRole('listitem'),
      ['Via: «Avdeling for FN og humanitære spørsmål» (du har «Avdeling for regionale spørsmål»)'],
    );
    expect(await storedMemo()).toMatchObject({ via: 'Avdeling for FN og humanitære spørsmål' });
    await screenshot(second.page, 'cycle-memo-conflict', { fullPage: false });
    await second.dialog.getByRole('button', { name: 'Bruk versjonen på planen' }).click();
    await expectValue(box(second.dialog, 'Via'), 'Avdeling for FN og humanitære spørsmål');

    // Closing saves what was typed a moment ago; a reload opens the plan's memo again.
    await box(first.dialog, 'Fra').fill('Seksjon for humanitære spørsmål (HUM)');
    await first.dialog.getByRole('button', { name: 'Lukk' }).click();
    await first.dialog.waitFor({ state: 'detached' });
    await expect.poll(storedMemo).toMatchObject({ from: 'Seksjon for humanitære spørsmål (HUM)' });
    await first.page.reload();
    const again = await openExportDialog(first.page);
    await expectValue(box(again, 'Til'), 'Utenriksministeren');
    await expectValue(box(again, 'Fra'), 'Seksjon for humanitære spørsmål (HUM)');
    await first.close();
    await second.close();
  });

  it('says when the plan’s MemoSettings cannot be read, starts from the defaults and saves over them', async () => {
    const plan = await iomPlan();
    await plansApi().updatePlan(plan.id, plan.etag, { memoSettings: '{ "to": "Utenriks' });
    const { page, dialog, close } = await caseworkerWithDialog();
    await expectVisible(
      dialog.getByText(/Notatoppsettet som er lagret på planen, kunne ikke leses/),
    );
    await expectValue(box(dialog, 'Til'), '');
    await expect
      .poll(() => box(dialog, 'Innledning').inputValue())
      .toMatch(/^Det vises til oppfølgingsplanen av 25\.08\.2011 \(sak 11\/10298\)/);
    await screenshot(page, 'cycle-memo-invalid', { fullPage: false });

    await box(dialog, 'Til').fill('Utenriksrådets kontor');
    await expectText(dialog.getByRole('status').first(), SAVED);
    await expect.poll(storedMemo).toMatchObject({ to: 'Utenriksrådets kontor', language: 'nb' });
    await close();
  });

  it('writes the memo in nynorsk on request, while the tab stays in bokmål', async () => {
    const { page, dialog, close } = await caseworkerWithDialog();
    await dialog.getByRole('button', { name: 'Tilbakestill tekstene' }).click();
    await dialog.getByRole('radio', { name: 'Nynorsk' }).check();
    await expectText(preview(dialog), /Frå:Seksjon for humanitære spørsmål/);
    await expectText(preview(dialog), /Saksbehandlar:Kristin Hoem Langsholt/);
    // The default texts nobody had changed follow the memo into nynorsk.
    await expect
      .poll(() => box(dialog, 'Innledning').inputValue())
      .toMatch(/^Det blir vist til oppfølgingsplanen av 25\.08\.2011/);
    await expectVisible(dialog.getByRole('button', { name: 'Last ned' }));
    await expectAttribute(preview(dialog), 'lang', 'nn-NO');
    await expectText(dialog.getByRole('status').first(), SAVED);
    await expect.poll(storedMemo).toMatchObject({ language: 'nn' });
    await screenshot(page, 'cycle-memo-nynorsk', { fullPage: false });

    const { parts, texts } = await downloadMemo(page, dialog, 'cycle-memo-nynorsk.docx');
    expect(texts.slice(0, 3)).toEqual(['Notat', 'Til:', 'Utenriksrådets kontor']);
    expect(texts).toContain('Frå:');
    expect(texts).toContain('Saksbehandlar:');
    expect(texts.find((t) => t.startsWith('Det blir vist til oppfølgingsplanen'))).toBeTruthy();
    expect(partXml(parts, 'word/styles.xml')).toMatch(/<w:lang w:val="nn-NO"\/>/);
    await close();
  });

  it('exports only the approved reports and names the measures it leaves out', async () => {
    // A manager returned one report (the review itself is another part of the cycle).
    const measures = createGraphMeasuresApi(
      createGraphClient({ baseUrl: suite.app().emulator.baseUrl }),
      {
        site: suite.app().emulator.sitePath,
        list: suite.app().emulator.listTitle,
      },
    );
    const multiYear = (await measures.listMeasures()).find((m) => m.title === TITLES.multiYear);
    if (!multiYear) throw new Error('The demo has the multi-year measure.');
    await measures.updateMeasure(multiYear.id, multiYear.etag, {
      reviewState: 'Returnert',
      reviewComment: 'Skriv hvilke avtaler som er vurdert.',
    });

    const { page, dialog, close } = await caseworkerWithDialog();
    await expectVisible(dialog.getByText('12 av 14 tiltak er godkjent.'));
    await dialog.getByRole('switch', { name: 'Ta bare med godkjente statusrapporter' }).check();
    const leftOut = dialog.getByRole('list', {
      name: '2 tiltak er ikke med i notatet fordi de ikke er godkjent',
    });
    await expectTexts(leftOut.getByRole('listitem'), [
      `${TITLES.multiYear} (${multiYear.responsibleUnit}, returnert)`,
      `${TITLES.coordinate} (HUM-seksjonen, ikke vurdert ennå)`,
    ]);
    await expect.poll(() => preview(dialog).textContent()).not.toContain(`${TITLES.multiYear}:`);
    await expectText(preview(dialog), new RegExp(`${TITLES.geneva}:`));
    await screenshot(page, 'cycle-memo-approved-only', { fullPage: false });
    // The overview table lists what the memo reports on, not the measures left out.
    await dialog.getByRole('switch', { name: 'Legg ved oversikt over tiltakene (tabell)' }).check();

    const { parts, texts } = await downloadMemo(page, dialog, 'cycle-memo-approved-only.docx');
    expect(texts.some((t) => t.startsWith(`${TITLES.multiYear}:`))).toBe(false);
    const approved = seedMeasures().filter(
      (m) => m.reviewState === 'Godkjent' && m.title !== TITLES.multiYear,
    );
    expect(approved).toHaveLength(12);
    for (const m of approved) {
      expect(texts, m.title).toContain(`${m.title}: ${m.statusReport.split('\n\n')[0] ?? ''}`);
    }
    const appendix = appendixTitles(partXml(parts, 'word/document.xml'));
    expect(appendix).toEqual(approved.map((m) => m.title));
    expect(appendix).not.toContain(TITLES.multiYear);
    expect(appendix).not.toContain(TITLES.coordinate);
    await expect.poll(storedMemo).toMatchObject({ approvedOnly: true, includeAppendix: true });
    await close();
  });
});
