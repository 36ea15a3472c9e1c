// The caseworker's export dialog as the browser tests use it: opened from «Eksporter notat», and
// the memo downloaded into test-output/memos/ (CI checks every memo there with check-docx.sh).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { paragraphsOf, partXml, readDocxParts } from './memo/read-docx';

export const MEMO_OUTPUT = new URL('../../test-output/memos/', import.meta.url);

export async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Eksporter notat' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksporter notat' });
  await dialog.getByRole('textbox', { name: 'Til', exact: true }).waitFor();
  return dialog;
}

/** «Last ned», the file saved as test-output/memos/<file>, and its parts and paragraph texts. */
export async function downloadMemo(page: Page, dialog: Locator, file: string) {
  mkdirSync(MEMO_OUTPUT, { recursive: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  const path = new URL(file, MEMO_OUTPUT).pathname;
  await download.saveAs(path);
  const parts = await readDocxParts(readFileSync(path));
  return { parts, texts: paragraphsOf(partXml(parts, 'word/document.xml')).map((p) => p.text) };
}
