import { describe, expect, it } from 'vitest';
import { buildNotat } from './build-notat';
import { NOTAT_FONT, NOTAT_STYLE } from './notat-styles';
import { packNotat } from './pack-notat';
import { partXml, readDocxParts } from '../../tests/support/memo/read-docx';
import { makeMeasure, memo2012Settings } from '../../tests/support/memo/seed-measures';
import { wordFormatting } from '../../tests/support/memo/word-styles';

/** styles.xml of a memo of one measure, as Word opens it. */
async function stylesXml(): Promise<string> {
  const doc = buildNotat({ measures: [makeMeasure()], settings: memo2012Settings() });
  return partXml(await readDocxParts(await packNotat(doc)), 'word/styles.xml');
}

describe('notat styles as Word shows them', () => {
  it('writes the body in 11 pt Calibri, Norwegian, with 10 pt after and 1.1 line spacing', async () => {
    const body = wordFormatting(await stylesXml(), NOTAT_STYLE.body);
    expect(body).toMatchObject({
      name: 'Notat: Brødtekst',
      font: NOTAT_FONT,
      sizePt: 11,
      bold: false,
      italic: false,
      spaceBeforePt: 0,
      spaceAfterPt: 10,
      lineSpacing: 1.1,
      language: 'nb-NO',
    });
    expect(NOTAT_FONT).toBe('Calibri');
  });

  it('sets the title "Notat" in 20 pt bold with 18 pt after, and Normal after it', async () => {
    expect(wordFormatting(await stylesXml(), NOTAT_STYLE.title)).toMatchObject({
      name: 'Notat: Tittel',
      sizePt: 20,
      bold: true,
      spaceAfterPt: 18,
      lineSpacing: 1,
      next: 'Normal',
    });
  });

  it('sets header labels bold and values plain, both 11 pt with 3 pt after', async () => {
    const xml = await stylesXml();
    expect(wordFormatting(xml, NOTAT_STYLE.headerLabel)).toMatchObject({
      name: 'Notat: Feltnavn',
      sizePt: 11,
      bold: true,
      spaceAfterPt: 3,
    });
    expect(wordFormatting(xml, NOTAT_STYLE.headerValue)).toMatchObject({
      name: 'Notat: Feltverdi',
      sizePt: 11,
      bold: false,
      spaceAfterPt: 3,
    });
  });

  it('sets purpose and subject bold, 24 pt before and 12 pt after, kept with the body', async () => {
    expect(wordFormatting(await stylesXml(), NOTAT_STYLE.purpose)).toMatchObject({
      name: 'Notat: Formål og emne',
      bold: true,
      sizePt: 11,
      spaceBeforePt: 24,
      spaceAfterPt: 12,
      keepWithNext: true,
      next: NOTAT_STYLE.body,
    });
  });

  it('makes section headings 12 pt bold level-1 headings kept with what follows', async () => {
    const heading = wordFormatting(await stylesXml(), NOTAT_STYLE.sectionHeading);
    expect(heading).toMatchObject({
      name: 'Notat: Deloverskrift',
      basedOn: 'Heading1',
      sizePt: 12,
      bold: true,
      spaceBeforePt: 18,
      spaceAfterPt: 6,
      keepWithNext: true,
      keepLinesTogether: true,
      outlineLevel: 1,
      next: NOTAT_STYLE.body,
      // Word's Heading 1 without docx's blue: the memo prints in black.
      color: null,
    });
  });

  it('starts the appendix heading without space before, as a section heading otherwise', async () => {
    expect(wordFormatting(await stylesXml(), NOTAT_STYLE.appendixHeading)).toMatchObject({
      name: 'Notat: Vedleggsoverskrift',
      basedOn: NOTAT_STYLE.sectionHeading,
      sizePt: 12,
      bold: true,
      spaceBeforePt: 0,
      spaceAfterPt: 6,
      outlineLevel: 1,
      next: NOTAT_STYLE.body,
    });
  });

  it('indents attachments 1 cm under "Vedlagt:", 3 pt apart, in body text', async () => {
    expect(wordFormatting(await stylesXml(), NOTAT_STYLE.attachment)).toMatchObject({
      name: 'Notat: Vedlegg',
      basedOn: NOTAT_STYLE.body,
      indentLeftCm: 1,
      spaceAfterPt: 3,
      lineSpacing: 1.1,
      sizePt: 11,
    });
  });

  it('sets the appendix table in 9 pt, its header row bold and kept with the rows', async () => {
    const xml = await stylesXml();
    expect(wordFormatting(xml, NOTAT_STYLE.tableHeader)).toMatchObject({
      name: 'Notat: Tabelloverskrift',
      sizePt: 9,
      bold: true,
      keepWithNext: true,
    });
    expect(wordFormatting(xml, NOTAT_STYLE.tableText)).toMatchObject({
      name: 'Notat: Tabelltekst',
      sizePt: 9,
      bold: false,
      keepWithNext: false,
    });
  });

  it('prints the page marking 9 pt bold on the right and the page numbers 9 pt centred', async () => {
    const xml = await stylesXml();
    expect(wordFormatting(xml, NOTAT_STYLE.pageHeader)).toMatchObject({
      name: 'Notat: Topptekst',
      sizePt: 9,
      bold: true,
      alignment: 'right',
    });
    expect(wordFormatting(xml, NOTAT_STYLE.pageFooter)).toMatchObject({
      name: 'Notat: Bunntekst',
      sizePt: 9,
      bold: false,
      alignment: 'center',
    });
  });

  it('sets a measure’s title in italics, a character style in the quick gallery', async () => {
    const xml = await stylesXml();
    expect(wordFormatting(xml, NOTAT_STYLE.measureTitle)).toMatchObject({
      name: 'Notat: Tiltak',
      italic: true,
      bold: false,
    });
    expect(xml).toMatch(
      /<w:style w:type="character" w:styleId="NotatMeasureTitle">[^]*?<w:qFormat\/>[^]*?<\/w:style>/,
    );
  });

  it('offers the styles a caseworker writes with in the quick gallery, and not the others', async () => {
    const xml = await stylesXml();
    const quick = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(?:(?!</w:style>)[^])*<w:qFormat/>`).test(
        xml,
      );
    for (const id of [
      NOTAT_STYLE.title,
      NOTAT_STYLE.purpose,
      NOTAT_STYLE.sectionHeading,
      NOTAT_STYLE.body,
    ])
      expect(quick(id), id).toBe(true);
    for (const id of [NOTAT_STYLE.headerLabel, NOTAT_STYLE.tableText, NOTAT_STYLE.pageFooter])
      expect(quick(id), id).toBe(false);
  });

  it('builds the other styles on Normal, so a font or size chosen for Normal changes the whole memo', async () => {
    const xml = await stylesXml();
    for (const id of [
      NOTAT_STYLE.title,
      NOTAT_STYLE.headerLabel,
      NOTAT_STYLE.headerValue,
      NOTAT_STYLE.purpose,
      NOTAT_STYLE.body,
      NOTAT_STYLE.tableHeader,
      NOTAT_STYLE.tableText,
      NOTAT_STYLE.pageHeader,
      NOTAT_STYLE.pageFooter,
    ])
      expect(wordFormatting(xml, id).basedOn, id).toBe('Normal');
  });
});
