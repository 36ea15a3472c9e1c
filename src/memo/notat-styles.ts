import type { IStylesOptions } from 'docx';
import { AlignmentType, LineRuleType } from 'docx';
import { NOTAT_FONT, NOTAT_STYLE } from './notat-style-names';

export { NOTAT_FONT, NOTAT_STYLE } from './notat-style-names';

// Sizes in half-points, spacing in twentieths of a point (OOXML's units).
const BODY_SIZE = 22;
const SMALL_SIZE = 18;
const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO } as const;

/** The styles, with the document language (`nb-NO` or `nn-NO`) that spell checkers and screen readers use. */
export function notatStyles(language = 'nb-NO'): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: NOTAT_FONT, size: BODY_SIZE, language: { value: language } },
        paragraph: { spacing: { before: 0, after: 0, ...SINGLE_LINE } },
      },
      // Word's own Heading 1, quietened: the section headings build on it so that they appear
      // in the navigation pane, and it must not bring docx's blue default colour along.
      heading1: {
        run: { size: 24, bold: true },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: NOTAT_STYLE.title,
        name: 'Notat: Tittel',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 40, bold: true },
        paragraph: { spacing: { after: 360 } },
      },
      {
        id: NOTAT_STYLE.headerLabel,
        name: 'Notat: Feltnavn',
        basedOn: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: NOTAT_STYLE.headerValue,
        name: 'Notat: Feltverdi',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: NOTAT_STYLE.purpose,
        name: 'Notat: Formål og emne',
        basedOn: 'Normal',
        next: NOTAT_STYLE.body,
        quickFormat: true,
        run: { bold: true },
        paragraph: { spacing: { before: 480, after: 240 }, keepNext: true },
      },
      {
        id: NOTAT_STYLE.sectionHeading,
        name: 'Notat: Deloverskrift',
        basedOn: 'Heading1',
        next: NOTAT_STYLE.body,
        quickFormat: true,
        paragraph: { outlineLevel: 0 },
      },
      {
        id: NOTAT_STYLE.body,
        name: 'Notat: Brødtekst',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 200, line: 264, lineRule: LineRuleType.AUTO } },
      },
      {
        id: NOTAT_STYLE.attachment,
        name: 'Notat: Vedlegg',
        basedOn: NOTAT_STYLE.body,
        paragraph: { indent: { left: 567 }, spacing: { after: 60 } },
      },
      {
        id: NOTAT_STYLE.appendixHeading,
        name: 'Notat: Vedleggsoverskrift',
        basedOn: NOTAT_STYLE.sectionHeading,
        next: NOTAT_STYLE.body,
        paragraph: { spacing: { before: 0 } },
      },
      {
        id: NOTAT_STYLE.tableHeader,
        name: 'Notat: Tabelloverskrift',
        basedOn: 'Normal',
        run: { bold: true, size: SMALL_SIZE },
        paragraph: { keepNext: true },
      },
      {
        id: NOTAT_STYLE.tableText,
        name: 'Notat: Tabelltekst',
        basedOn: 'Normal',
        run: { size: SMALL_SIZE },
      },
      {
        id: NOTAT_STYLE.pageHeader,
        name: 'Notat: Topptekst',
        basedOn: 'Normal',
        run: { bold: true, size: SMALL_SIZE },
        paragraph: { alignment: AlignmentType.RIGHT },
      },
      {
        id: NOTAT_STYLE.pageFooter,
        name: 'Notat: Bunntekst',
        basedOn: 'Normal',
        run: { size: SMALL_SIZE },
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
    characterStyles: [
      {
        id: NOTAT_STYLE.measureTitle,
        name: 'Notat: Tiltak',
        quickFormat: true,
        run: { italics: true },
      },
    ],
  };
}
