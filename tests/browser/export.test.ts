// The caseworker exports the notat (issue 4): the built tab in Chromium against the Graph emulator.
// The memo is downloaded, written to test-output/memos/ (CI checks it with check-docx.sh), and
// saved in the team's document library, from where it is read back over HTTP.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodePath } from '../../src/graph/resolve-list';
import { NOTAT_STYLE } from '../../src/memo/notat-styles';
import { paragraphsOf, partXml, readDocxParts } from '../support/memo/read-docx';
import { memo2012Settings, seedMeasures } from '../support/memo/seed-measures';
import { startApp, type RunningApp } from '../support/app';
import {
  expectAttribute,
  expectTexts,
  expectValue,
  expectVisible,
  launchBrowser,
  newAppContext,
  openAs,
  screenshot,
  TITLES,
} from '../support/browser';

const OUTPUT = new URL('../../test-output/memos/', import.meta.url);
const FILE_NAME = 'Notat 11-10298-26 20.12.2012.docx';
/** A string only docx's code holds: finding it in a script means docx was loaded. */
const DOCX_MARKER = 'NUMPAGES';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(OUTPUT, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  app = await startApp();
});
afterEach(async () => {
  await app.close();
});

/** Every script the page loads from now on, with its text. */
function recordScripts(page: Page): { url: string; text: Promise<string> }[] {
  const scripts: { url: string; text: Promise<string> }[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) {
      scripts.push({ url: response.url(), text: response.text().catch(() => '') });
    }
  });
  return scripts;
}

async function anyHolds(scripts: { text: Promise<string> }[], marker: string) {
  const texts = await Promise.all(scripts.map((s) => s.text));
  return texts.some((text) => text.includes(marker));
}

/** Opens the dialog as the caseworker and fills in the header and texts of the memo of 20.12.2012. */
async function fill2012Memo(page: Page) {
  const s = memo2012Settings();
  const dialog = page.getByRole('dialog', { name: 'Eksporter notat' });
  const box = (name: string | RegExp) => dialog.getByRole('textbox', { name, exact: true });
  await box('Til').fill(s.to);
  await box('Via').fill(s.via);
  await box('Kopi til').fill(s.copyTo.join('\n'));
  await box('Fra').fill(s.from);
  await box(/^Dato/).fill('20.12.2012');
  await box(/^Saksnr\./).fill('26');
  await box('Emne').fill(s.subject);
  await box('Innledning').fill(s.introduction);
  await box('Innledning til «IOMs oppfølging» (valgfritt)').fill(
    s.sectionIntroductions['IOMs oppfølging'] ?? '',
  );
  await box('Avslutning').fill(s.closing);
  await box('Vedlagt').fill(s.attachments.join('\n'));
  return dialog;
}

/** The body paragraphs of a .docx: style and text. */
async function memoParagraphs(bytes: Uint8Array) {
  return paragraphsOf(partXml(await readDocxParts(bytes), 'word/document.xml'));
}

describe('the caseworker exports the notat', () => {
  it('sees the unreported measure, fills in the 2012 header, downloads the memo and saves it in SharePoint', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    const scripts = recordScripts(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await openAs(page, app.url, 'Saksbehandler');
    await page.getByRole('button', { name: 'Eksporter notat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksporter notat' });
    await dialog.waitFor();
    // The tab and the dialog are loaded, docx is not: it comes with the first export.
    expect(await anyHolds(scripts, DOCX_MARKER)).toBe(false);

    const unreported = dialog.getByRole('list', { name: '1 tiltak mangler statusrapport' });
    await expectTexts(unreported.getByRole('listitem'), [`${TITLES.coordinate} (HUM-seksjonen)`]);
    await expectValue(
      dialog.getByRole('textbox', { name: 'Saksbehandler' }),
      'Kristin Hoem Langsholt',
    );

    await fill2012Memo(page);
    await screenshot(page, 'export-dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Last ned' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const downloadedPath = new URL('browser-export.docx', OUTPUT).pathname;
    await download.saveAs(downloadedPath);
    await dialog.getByText(`Lastet ned «${FILE_NAME}».`).waitFor();
    // Built off the main thread, in the memo worker.
    await expect.poll(() => workers.some((url) => url.includes('build-memo.worker'))).toBe(true);

    const downloaded = await memoParagraphs(readFileSync(downloadedPath));
    const texts = downloaded.map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual(['Notat', 'Til:', 'Utenriksrådets kontor']);
    expect(texts).toContain('20.12.2012');
    expect(texts).toContain('11/10298-26');
    expect(downloaded.find((p) => p.style === NOTAT_STYLE.purpose)?.text).toBe(
      'Til orientering. Rapportering på oppfølging av IOM sin innsats mot menneskehandel.',
    );
    for (const m of seedMeasures().filter((x) => x.statusReport !== '')) {
      const firstParagraph = m.statusReport.split('\n\n')[0] ?? '';
      expect(texts, m.title).toContain(`${m.title}: ${firstParagraph}`);
    }
    expect(texts.some((t) => t.startsWith(TITLES.coordinate))).toBe(false);

    await dialog.getByRole('button', { name: 'Lagre i SharePoint' }).click();
    const link = dialog.getByRole('link', { name: `Åpne «${FILE_NAME}»` });
    await expectAttribute(
      link,
      'href',
      `https://demo.sharepoint.com/sites/hum/Shared%20Documents/${encodeURIComponent('Oppfølging')}/${encodeURIComponent(FILE_NAME)}`,
    );
    await screenshot(page, 'export-saved');

    // GET /sites/{site}/drive/root:/Oppfølging/<file name>:/content, as any Graph client would.
    const response = await fetch(
      `${app.emulator.baseUrl}/sites/${app.emulator.siteId}/drive/root:/${encodePath(
        `Oppfølging/${FILE_NAME}`,
      )}:/content`,
    );
    expect(response.status).toBe(200);
    const stored = await memoParagraphs(new Uint8Array(await response.arrayBuffer()));
    expect(stored).toEqual(downloaded);
    await context.close();
  });

  it('keeps the values for the next export of the same plan, with an error shown at a bad date', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await openAs(page, app.url, 'Saksbehandler');
    await page.getByRole('button', { name: 'Eksporter notat' }).click();
    const dialog = await fill2012Memo(page);
    await dialog.getByRole('textbox', { name: /^Dato/ }).fill('31.02.2012');
    await dialog.getByRole('button', { name: 'Last ned' }).click();
    await dialog.getByText('Skriv datoen som dd.mm.åååå, for eksempel 20.12.2012.').waitFor();
    await dialog.getByRole('textbox', { name: /^Dato/ }).fill('20.12.2012');
    await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Last ned' }).click(),
    ]);
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    await page.getByRole('button', { name: 'Eksporter notat' }).click();
    const again = page.getByRole('dialog', { name: 'Eksporter notat' });
    await expectValue(
      again.getByRole('textbox', { name: 'Til', exact: true }),
      'Utenriksrådets kontor',
    );
    await expectValue(
      again.getByRole('textbox', { name: 'Kopi til', exact: true }),
      memo2012Settings().copyTo.join('\n'),
    );
    await expectValue(again.getByRole('textbox', { name: /^Saksnr\./ }), '26');
    await context.close();
  });

  it('asks before replacing a memo saved before, saves it under a new name, and says when the file is open in Word', async () => {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    await openAs(page, app.url, 'Saksbehandler');
    await page.getByRole('button', { name: 'Eksporter notat' }).click();
    const dialog = await fill2012Memo(page);
    const saveButton = dialog.getByRole('button', { name: 'Lagre i SharePoint' });
    await saveButton.click();
    await expectVisible(dialog.getByRole('link', { name: `Åpne «${FILE_NAME}»` }));

    // The same memo again: the file is there, so the tab asks instead of replacing it.
    await saveButton.click();
    await expectVisible(dialog.getByText('Det finnes allerede en fil med dette navnet'));
    await expectVisible(
      dialog.getByText(`«${FILE_NAME}» ligger allerede i mappen Oppfølging`, { exact: false }),
    );
    await screenshot(page, 'export-name-taken');
    const renamed = FILE_NAME.replace('.docx', ' 1.docx');
    await dialog.getByRole('button', { name: 'Lagre med nytt navn' }).click();
    await expectVisible(dialog.getByRole('link', { name: `Åpne «${renamed}»` }));
    expect(await libraryFiles()).toEqual([FILE_NAME, renamed].sort());

    // Replacing a file someone has open in Word: SharePoint answers 423, the tab says so plainly.
    await saveButton.click();
    const replace = dialog.getByRole('button', { name: 'Erstatt filen' });
    await expectVisible(replace);
    await app.emulator.injectFaults({ status: 423, count: 1, method: 'PUT' });
    await replace.click();
    await expectVisible(
      dialog.getByText(`«${FILE_NAME}» er åpen i Word eller låst av noen andre`, { exact: false }),
    );
    await screenshot(page, 'export-file-locked');
    // Closed in Word: trying again replaces it, and the library still holds two files.
    await dialog.getByRole('button', { name: 'Prøv igjen' }).click();
    await expectVisible(dialog.getByRole('link', { name: `Åpne «${FILE_NAME}»` }));
    expect(await libraryFiles()).toEqual([FILE_NAME, renamed].sort());
    await context.close();
  });
});

/** The names in the library's Oppfølging folder, as any Graph client reads them. */
async function libraryFiles(): Promise<string[]> {
  const response = await fetch(
    `${app.emulator.baseUrl}/sites/${app.emulator.siteId}/drive/root:/${encodePath('Oppfølging')}:/children`,
  );
  const body = (await response.json()) as { value: { name: string }[] };
  return body.value.map((item) => item.name).sort();
}
