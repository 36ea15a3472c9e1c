// What a refresh brings to a unit at work, in the built tab in Chromium against the emulator: a
// refresh that fails keeps the plan on screen and says so, then recovers; a measure deleted by
// someone else while it is being edited keeps the editor and its text, and says why it cannot
// be saved there.
import { describe, it } from 'vitest';
import {
  expectCount,
  expectNone,
  expectValue,
  expectVisible,
  itemIdOf,
  leaveAndComeBack,
  measure,
  openAs,
  openEditor,
  reportBox,
  TITLES,
} from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';

const suite = useBrowserSuite();
const UNIT = 'HUM-seksjonen';
const REFRESH_FAILED = 'Kunne ikke oppdatere listen.';

describe('a refresh while a unit works', () => {
  it('that fails keeps the plan on screen, says so, and the next one recovers', async () => {
    const page = await suite.newPage();
    await openAs(page, suite.app().url, UNIT);
    const articles = page.getByRole('article');
    await expectVisible(articles.first());
    const shown = await articles.count();

    suite.app().emulator.setOutage(true);
    await leaveAndComeBack(page);
    await expectVisible(page.getByText(REFRESH_FAILED, { exact: false }));
    await expectCount(articles, shown);

    suite.app().emulator.setOutage(false);
    await leaveAndComeBack(page);
    await expectNone(page.getByText(REFRESH_FAILED, { exact: false }));
    await expectCount(articles, shown);
  });

  it('that brings the deletion of the measure being edited keeps the editor and its text', async () => {
    const page = await suite.newPage();
    await openAs(page, suite.app().url, UNIT);
    const title = TITLES.coordinate;
    const editor = await openEditor(page, title);
    const typed = 'Skrevet før tiltaket ble slettet av en annen.';
    await reportBox(editor).fill(typed);

    const { baseUrl, sitePath, listTitle } = suite.app().emulator;
    const id = await itemIdOf(suite.app().emulator, title);
    const deleted = await fetch(
      `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent(listTitle)}/items/${id}`,
      { method: 'DELETE' },
    );
    if (!deleted.ok) throw new Error(`DELETE item: HTTP ${deleted.status}`);

    await leaveAndComeBack(page);
    const item = measure(page, title);
    await expectVisible(
      item.getByText('Dette tiltaket er slettet fra listen mens du skrev.', { exact: false }),
    );
    await expectValue(reportBox(item), typed);
  });
});
