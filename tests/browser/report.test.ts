// A unit reports status in place (issue 3): the built tab in Chromium against the Graph emulator.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import {
  expectAttribute,
  expectChecked,
  expectCount,
  expectNone,
  expectText,
  expectValue,
  expectVisible,
  launchBrowser,
  leaveAndComeBack,
  measure,
  newAppContext,
  openAs,
  openEditor,
  readItemFields,
  recordWrites,
  reportBox,
  saveState,
  screenshot,
  TITLES,
} from '../support/browser';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  browser = await launchBrowser();
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

async function newPage(): Promise<Page> {
  const context = await newAppContext(browser);
  return context.newPage();
}

/** "Rapportert av <name>, dd.mm.yyyy kl. HH.MM" */
const reportedByLine = (name: string) =>
  new RegExp(`Rapportert av ${name}, \\d{2}\\.\\d{2}\\.\\d{4} kl\\. \\d{2}\\.\\d{2}`);

describe('a unit reports on its own measures', () => {
  it('sees its own measures first, then the other units’ read-only', async () => {
    const page = await newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    await expect
      .poll(async () =>
        (await page.getByRole('heading', { level: 2 }).allTextContents()).slice(0, 2),
      )
      .toEqual([
        expect.stringMatching(/^Dine tiltak/),
        expect.stringMatching(/^Andre enheters tiltak/),
      ]);

    const own = page.getByRole('region', { name: /^Dine tiltak/ });
    await expectCount(own.getByRole('article'), 4);
    await expectVisible(measure(page, TITLES.coordinate).getByText('Ikke rapportert').first());

    const other = measure(page, TITLES.regionalReference);
    await expectVisible(other.getByText('Regionalavdelingen'));
    await expectNone(other.getByRole('button', { name: /^Rapporter/ }));
    await expectNone(other.getByRole('textbox'));
    await screenshot(page, 'main-view-unit');

    // English on request, remembered for the next visit.
    await page.getByLabel('Språk').selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 2, name: /^Your measures/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Your measures/ }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });

  it('changes status and report, saves with the button and with Ctrl+Enter, and sees both after a reload', async () => {
    const page = await newPage();
    await openAs(page, app.url, 'HUM-seksjonen');

    const editor = await openEditor(page, TITLES.coordinate);
    await editor.getByRole('radio', { name: 'Gjennomført', exact: true }).check();
    await reportBox(editor).fill('Rapport sendt utenriksråden 14.12.2012.\nVedlagt planen.');
    await screenshot(page, 'editor-open');
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await expectVisible(saveState(editor).getByText(/^Lagret /));

    const second = await openEditor(page, TITLES.multiYear);
    await reportBox(second).fill('Flerårig avtale inngått for 2013–2015.');
    await reportBox(second).press('Control+Enter');
    await saveState(second)
      .getByText(/^Lagret /)
      .waitFor();

    await page.reload();
    await page.getByRole('heading', { name: /^Dine tiltak/ }).waitFor();
    const first = measure(page, TITLES.coordinate);
    await expectVisible(first.getByText('Rapport sendt utenriksråden 14.12.2012.'));
    await expectVisible(first.getByText(reportedByLine('Kristin Hoem Langsholt')));
    await expectNone(first.getByText('Ikke rapportert'));
    await expectVisible(
      measure(page, TITLES.multiYear).getByText('Flerårig avtale inngått for 2013–2015.'),
    );

    // The history names who changed what, newest first.
    await first.getByRole('button', { name: 'Historikk' }).click();
    const history = first.getByRole('list', { name: 'Historikk' });
    await expectText(
      history.getByRole('listitem').first(),
      /Kristin Hoem Langsholt.*Status: Pågår → Gjennomført.*Statusrapporten ble endret/s,
    );
    await screenshot(page, 'history');

    const saved = await readItemFields(app.emulator, TITLES.coordinate);
    expect(saved).toMatchObject({
      Status: 'Gjennomført',
      StatusReport: 'Rapport sendt utenriksråden 14.12.2012.\nVedlagt planen.',
      ReportedBy: 'Kristin Hoem Langsholt',
    });
    expect(Date.parse(String(saved.ReportedAt))).not.toBeNaN();
    await page.context().close();
  });

  it('refuses a report over 10,000 characters and "Ikke aktuelt" without a report, sending nothing', async () => {
    const page = await newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    const writes = recordWrites(page);
    const editor = await openEditor(page, TITLES.coordinate);

    await reportBox(editor).fill('x'.repeat(10_001));
    await expectVisible(editor.getByText('10 001 av 10 000 tegn', { exact: false }));
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await editor
      .getByText('Statusrapporten er for lang (10 001 tegn). Kort den ned til høyst 10 000 tegn.')
      .waitFor();

    await reportBox(editor).fill('');
    await editor.getByRole('radio', { name: 'Ikke aktuelt' }).check();
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await editor.getByText('Statusrapporten kan ikke være tom', { exact: false }).waitFor();
    await expectAttribute(reportBox(editor), 'aria-invalid', 'true');

    // The message goes as soon as the report is there.
    await reportBox(editor).fill('Overtatt av UNODC.');
    await expectNone(editor.getByText('Statusrapporten kan ikke være tom', { exact: false }));
    expect(writes).toEqual([]);
    await page.context().close();
  });

  it('shows a report with markup as the literal text', async () => {
    const page = await newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    const text =
      'Se <b>vedlegg</b> og <script>window.hacked = true</script> <img src=x onerror="window.hacked=true">';
    const editor = await openEditor(page, TITLES.coordinate);
    await reportBox(editor).fill(text);
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await saveState(editor)
      .getByText(/^Lagret /)
      .waitFor();

    await page.reload();
    const item = measure(page, TITLES.coordinate);
    await expectVisible(item.getByText(text, { exact: true }));
    await expectNone(item.locator('b, script, img'));
    await expect(page.evaluate(() => 'hacked' in window)).resolves.toBe(false);
    await page.context().close();
  });

  it('saves under the name of the person the demo acts as, and the history says what the list no longer keeps', async () => {
    // A site owner's setting: the list keeps only the latest version.
    await app.emulator.setVersioning(app.emulator.listTitle, {
      enabled: true,
      majorVersionLimit: 1,
    });
    const page = await newPage();
    const tokens: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH') tokens.push(request.headers()['authorization'] ?? '');
    });
    await openAs(page, app.url, 'HUM-seksjonen');
    const editor = await openEditor(page, TITLES.coordinate);
    await reportBox(editor).fill('Rapportert med én versjon igjen.');
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await expectVisible(saveState(editor).getByText(/^Lagret /));

    // The unsigned token names the person; Graph (here the emulator) names them as the editor.
    const claims = JSON.parse(
      Buffer.from(tokens[0]?.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as { name?: string };
    expect(claims.name).toBe('Kristin Hoem Langsholt');
    const listed = (await (
      await fetch(
        `${app.emulator.baseUrl}/sites/${app.emulator.siteId}/lists/${app.emulator.listId}/items?$top=500&$expand=fields($select=Title)`,
      )
    ).json()) as {
      value: { fields: { Title: string }; lastModifiedBy: { user: { displayName: string } } }[];
    };
    expect(
      listed.value.find((i) => i.fields.Title === TITLES.coordinate)?.lastModifiedBy.user
        .displayName,
    ).toBe('Kristin Hoem Langsholt');
    const item = measure(page, TITLES.coordinate);
    await item.getByRole('button', { name: 'Historikk' }).click();
    await expectVisible(
      item.getByText(
        'Listen tar bare vare på den siste versjonen av hvert tiltak. Eldre endringer er slettet av SharePoint og vises ikke her.',
      ),
    );
    await expectCount(item.getByRole('list', { name: 'Historikk' }).getByRole('listitem'), 1);
    await screenshot(page, 'history-version-limit');
    await page.context().close();
  });
});

describe('when saving goes wrong', () => {
  it('shows a conflict side by side when someone else saved first, and the user chooses', async () => {
    const first = await newPage();
    const second = await newPage();
    await openAs(first, app.url, 'HUM-seksjonen');
    await openAs(second, app.url, 'HUM-seksjonen');

    const firstEditor = await openEditor(first, TITLES.geneva);
    const secondEditor = await openEditor(second, TITLES.geneva);
    await reportBox(firstEditor).fill('Tatt opp i IOMs rådsmøte 27.–30. november.');
    await firstEditor.getByRole('button', { name: 'Lagre' }).click();
    await saveState(firstEditor)
      .getByText(/^Lagret /)
      .waitFor();

    await reportBox(secondEditor).fill('Tatt opp med delegasjonen i Geneve.');
    await secondEditor.getByRole('button', { name: 'Lagre' }).click();
    const conflict = secondEditor.getByRole('group', { name: 'Velg versjon' });
    await conflict.waitFor();
    const mine = conflict.getByRole('region', { name: 'Din versjon (ikke lagret)' });
    const theirs = conflict.getByRole('region', { name: /^Lagret av Kristin Hoem Langsholt, / });
    await expectVisible(mine.getByText('Tatt opp med delegasjonen i Geneve.'));
    await expectVisible(theirs.getByText('Tatt opp i IOMs rådsmøte 27.–30. november.'));
    await screenshot(second, 'conflict');

    // Nothing was overwritten while the user decides.
    expect((await readItemFields(app.emulator, TITLES.geneva)).StatusReport).toBe(
      'Tatt opp i IOMs rådsmøte 27.–30. november.',
    );

    await conflict.getByRole('button', { name: 'Behold min versjon' }).click();
    await saveState(secondEditor)
      .getByText(/^Lagret /)
      .waitFor();
    expect((await readItemFields(app.emulator, TITLES.geneva)).StatusReport).toBe(
      'Tatt opp med delegasjonen i Geneve.',
    );

    // The first window follows when it gets focus again, its editor still open but with nothing of its own.
    await leaveAndComeBack(first);
    await expectValue(reportBox(firstEditor), 'Tatt opp med delegasjonen i Geneve.');
    await first.context().close();
    await second.context().close();
  });

  it('takes their version when the user chooses it, dropping the own edit', async () => {
    const first = await newPage();
    const second = await newPage();
    await openAs(first, app.url, 'HUM-seksjonen');
    await openAs(second, app.url, 'HUM-seksjonen');
    const firstEditor = await openEditor(first, TITLES.basis);
    const secondEditor = await openEditor(second, TITLES.basis);
    await reportBox(firstEditor).fill('Deres tekst.');
    await firstEditor.getByRole('button', { name: 'Lagre' }).click();
    await saveState(firstEditor)
      .getByText(/^Lagret /)
      .waitFor();

    await reportBox(secondEditor).fill('Min tekst.');
    await reportBox(secondEditor).press('Control+Enter');
    await secondEditor.getByRole('button', { name: 'Bruk den lagrede versjonen' }).click();
    await expectValue(reportBox(secondEditor), 'Deres tekst.');

    await second.reload();
    await measure(second, TITLES.basis).getByText('Deres tekst.').waitFor();
    await expectNone(measure(second, TITLES.basis).getByRole('textbox'));
    expect((await readItemFields(app.emulator, TITLES.basis)).StatusReport).toBe('Deres tekst.');
    await first.context().close();
    await second.context().close();
  });

  it('keeps an edit that failed during an outage across a reload, and saves it once SharePoint is back', async () => {
    const page = await newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    const editor = await openEditor(page, TITLES.coordinate);
    await editor.getByRole('radio', { name: 'Gjennomført', exact: true }).check();
    await reportBox(editor).fill('Skrevet mens SharePoint var nede.');

    await app.emulator.setOutage(true);
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await saveState(editor).getByText('Ikke lagret', { exact: true }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'save-failed');

    // Reloading while the list is still down: the tab says so, and offers to try again.
    await page.reload();
    await page
      .getByText('Kunne ikke hente tiltakene.', { exact: false })
      .waitFor({ timeout: 60_000 });

    await app.emulator.setOutage(false);
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    const restored = measure(page, TITLES.coordinate).getByRole('group', {
      name: `Rapportering: ${TITLES.coordinate}`,
    });
    await expectValue(reportBox(restored), 'Skrevet mens SharePoint var nede.');
    await expectChecked(restored.getByRole('radio', { name: 'Gjennomført', exact: true }));
    await expectVisible(saveState(restored).getByText('Ikke lagret', { exact: true }));

    await restored.getByRole('button', { name: 'Prøv igjen' }).click();
    await saveState(restored)
      .getByText(/^Lagret /)
      .waitFor();
    expect(await readItemFields(app.emulator, TITLES.coordinate)).toMatchObject({
      Status: 'Gjennomført',
      StatusReport: 'Skrevet mens SharePoint var nede.',
    });

    // Saved: nothing is kept any more, a reload shows the list's own text and no open editor.
    await page.reload();
    const item = measure(page, TITLES.coordinate);
    await item.getByText('Skrevet mens SharePoint var nede.').waitFor();
    await expectNone(item.getByRole('textbox'));
    await page.context().close();
  });

  it('keeps an edit made offline and saves it when the network is back', async () => {
    const page = await newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    const editor = await openEditor(page, TITLES.multiYear);
    await reportBox(editor).fill('Skrevet på flyet.');
    await page.context().setOffline(true);
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await saveState(editor).getByText('Ikke lagret', { exact: true }).waitFor({ timeout: 60_000 });
    await expectVisible(
      saveState(editor).getByText('Får ikke kontakt med SharePoint', { exact: false }),
    );

    await page.context().setOffline(false);
    await page.reload();
    const restored = measure(page, TITLES.multiYear).getByRole('group', {
      name: `Rapportering: ${TITLES.multiYear}`,
    });
    await expectValue(reportBox(restored), 'Skrevet på flyet.');
    await restored.getByRole('button', { name: 'Prøv igjen' }).click();
    await saveState(restored)
      .getByText(/^Lagret /)
      .waitFor();
    expect((await readItemFields(app.emulator, TITLES.multiYear)).StatusReport).toBe(
      'Skrevet på flyet.',
    );
    await page.context().close();
  });

  it('says it is waiting for SharePoint when throttled, then saves', async () => {
    const page = await newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    const editor = await openEditor(page, TITLES.coordinate);
    await reportBox(editor).fill('Lagret etter en pause.');
    await app.emulator.injectFaults({
      status: 429,
      retryAfterSeconds: 1,
      count: 1,
      method: 'PATCH',
    });
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await saveState(editor)
      .getByText(/^SharePoint er opptatt\. Prøver igjen/)
      .waitFor();
    await expectNone(saveState(editor).getByText('Ikke lagret', { exact: true }));
    await saveState(editor)
      .getByText(/^Lagret /)
      .waitFor();
    expect((await readItemFields(app.emulator, TITLES.coordinate)).StatusReport).toBe(
      'Lagret etter en pause.',
    );
    await page.context().close();
  });

  it('says in plain words when the list refuses access, keeping the edit', async () => {
    const page = await newPage();
    await openAs(page, app.url, 'HUM-seksjonen');
    const editor = await openEditor(page, TITLES.coordinate);
    await reportBox(editor).fill('Uten tilgang.');
    await app.emulator.injectFaults({ status: 403, count: 1, method: 'PATCH' });
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await saveState(editor)
      .getByText('Du har ikke tilgang til listen «Oppfølgingstiltak».', { exact: true })
      .waitFor();
    await expectValue(reportBox(editor), 'Uten tilgang.');
    await page.context().close();
  });
});

describe('the caseworker', () => {
  it('reads every measure and the per-unit overview, and may edit every report', async () => {
    const page = await newPage();
    await openAs(page, app.url, 'Saksbehandler');
    await expectCount(page.getByRole('article'), 14);
    // Composing each measure's paragraph from the units' input is the caseworker's.
    await expectCount(page.getByRole('button', { name: /^Rapporter på/ }), 14);
    const overview = page.getByRole('region', { name: 'Status per enhet' });
    await expectCount(overview.getByRole('row'), 6);
    await expectVisible(page.getByRole('button', { name: 'Eksporter notat' }));
    await screenshot(page, 'caseworker-view');

    // The memo export loads on demand and opens as a dialog.
    await page.getByRole('button', { name: 'Eksporter notat' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.context().close();
  });
});
