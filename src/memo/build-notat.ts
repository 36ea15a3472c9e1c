import type { FileChild } from 'docx';
import { Document, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { Measure } from '../domain';
import { groupBySection, isUnreported } from '../domain';
import { APPENDIX_HEADING, buildAppendixTable } from './appendix-table';
import { buildHeaderBlock } from './header-block';
import { buildMeasureParagraphs } from './measure-paragraphs';
import type { MemoSettings } from './memo-settings';
import { NOTAT_STYLE, notatStyles } from './notat-styles';
import { sanitizeLine, toParagraphs } from './sanitize-text';
import { linesToRuns } from './text-runs';

/** A4 portrait in twips, 2.5 cm margins (the government's letter templates). */
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = 1418;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;

export const NOTAT_TITLE = 'Notat';

/** Typed text as body paragraphs (blank line = new paragraph, line break = `w:br`). */
function bodyParagraphs(text: string): Paragraph[] {
  return toParagraphs(text).map(
    (lines) => new Paragraph({ style: NOTAT_STYLE.body, children: linesToRuns(lines) }),
  );
}

/** "Til orientering. Rapportering på …": the purpose, then the subject as typed. */
export function purposeLine(settings: Pick<MemoSettings, 'purpose' | 'subject'>): string {
  const subject = sanitizeLine(settings.subject);
  return subject === '' ? `${settings.purpose}.` : `${settings.purpose}. ${subject}`;
}

/** "Vedlagt …" for one attachment; a list under "Vedlagt:" for several. */
function attachmentParagraphs(attachments: readonly string[]): Paragraph[] {
  const items = attachments.map(sanitizeLine).filter((item) => item !== '');
  const [only] = items;
  // `only !== undefined` is for the type checker (one item is defined): its mutant is equivalent.
  if (only !== undefined && items.length === 1) {
    const sentence = /[.!?]$/.test(only) ? only : `${only}.`;
    return [
      new Paragraph({ style: NOTAT_STYLE.body, children: [new TextRun(`Vedlagt ${sentence}`)] }),
    ];
  }
  if (items.length === 0) return [];
  return [
    new Paragraph({ style: NOTAT_STYLE.body, children: [new TextRun('Vedlagt:')] }),
    ...items.map(
      (item) => new Paragraph({ style: NOTAT_STYLE.attachment, children: [new TextRun(item)] }),
    ),
  ];
}

/** One heading per Section in plan order, its introduction, then a paragraph per measure. */
function sectionParagraphs(measures: readonly Measure[], settings: MemoSettings): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const group of groupBySection(measures)) {
    const reported = settings.includeUnreported
      ? group.measures
      : group.measures.filter((m) => !isUnreported(m));
    const introduction = bodyParagraphs(settings.sectionIntroductions[group.section] ?? '');
    // A section whose measures are all left out disappears, unless the caseworker wrote for it.
    if (reported.length === 0 && introduction.length === 0) continue;
    const heading = sanitizeLine(group.section);
    paragraphs.push(
      new Paragraph({
        style: NOTAT_STYLE.sectionHeading,
        children: heading === '' ? [] : [new TextRun(heading)],
      }),
      ...introduction,
      ...reported.flatMap((m) => buildMeasureParagraphs(m)),
    );
  }
  return paragraphs;
}

function exemptionHeader(settings: MemoSettings): Header | undefined {
  if (settings.exemption === null) return undefined;
  const basis = sanitizeLine(settings.exemption.legalBasis);
  return new Header({
    children: [
      new Paragraph({
        style: NOTAT_STYLE.pageHeader,
        children: [
          new TextRun('Unntatt offentlighet'),
          ...(basis === '' ? [] : [new TextRun({ text: basis, break: 1 })]),
        ],
      }),
    ],
  });
}

const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        style: NOTAT_STYLE.pageFooter,
        children: [
          new TextRun({ children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });

/**
 * The notat (DESIGN.md, "The notat") for a plan's measures: title, header block, purpose and
 * subject, introduction, one section per Section in plan order, closing, attachments and the
 * optional appendix. Pure: the same measures and settings give the same document, in Node
 * and in the browser. Every text is sanitized on its way in (sanitize-text.ts).
 */
export function buildNotat(input: { measures: Measure[]; settings: MemoSettings }): Document {
  const { measures, settings } = input;
  const headerBlock = buildHeaderBlock(settings, TEXT_WIDTH);
  const inPlanOrder = groupBySection(measures).flatMap((g) => g.measures);
  const appendix = settings.includeAppendix ? buildAppendixTable(inPlanOrder, TEXT_WIDTH) : null;

  const children: FileChild[] = [
    new Paragraph({ style: NOTAT_STYLE.title, children: [new TextRun(NOTAT_TITLE)] }),
    ...(headerBlock ? [headerBlock] : []),
    new Paragraph({ style: NOTAT_STYLE.purpose, children: [new TextRun(purposeLine(settings))] }),
    ...bodyParagraphs(settings.introduction),
    ...sectionParagraphs(measures, settings),
    ...bodyParagraphs(settings.closing),
    ...attachmentParagraphs(settings.attachments),
    ...(appendix
      ? [
          new Paragraph({
            style: NOTAT_STYLE.appendixHeading,
            // A paragraph property, not run formatting: the style cannot carry it in docx's API.
            pageBreakBefore: true,
            children: [new TextRun(APPENDIX_HEADING)],
          }),
          appendix,
        ]
      : []),
  ];
  // Word always keeps a paragraph after a table that ends the document; write it, so Word need not.
  if (appendix) children.push(new Paragraph({ style: NOTAT_STYLE.body }));

  const header = exemptionHeader(settings);
  const author = sanitizeLine(settings.caseworker) || sanitizeLine(settings.from);
  const subject = sanitizeLine(settings.subject);
  const caseNumber = sanitizeLine(settings.caseNumber);
  return new Document({
    title: subject === '' ? NOTAT_TITLE : `${NOTAT_TITLE}: ${subject}`,
    subject: purposeLine(settings),
    // Always given: docx names an author it is not told of "Un-named"; '' writes no author at all.
    creator: author,
    lastModifiedBy: author,
    ...(caseNumber === '' ? {} : { keywords: caseNumber, description: `Saksnr. ${caseNumber}` }),
    styles: notatStyles(),
    sections: [
      {
        properties: {
          page: {
            // A4 portrait is also docx's default, so emptying this object is an equivalent mutant;
            // it stays, so the page does not depend on the library's choice.
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: MARGIN,
              bottom: MARGIN,
              left: MARGIN,
              right: MARGIN,
              header: 709,
              footer: 709,
            },
          },
        },
        ...(header ? { headers: { default: header } } : {}),
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
}
