import type { FileChild } from 'docx';
import {
  BorderStyle,
  Document,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { NotatBlock, NotatModel, NotatParagraph, NotatRun, NotatTable } from './notat-model';
import { NOTAT_STYLE } from './notat-style-names';
import { notatStyles } from './notat-styles';

// The .docx renderer of the notat model: how the memo looks in Word. What it says is decided in
// notat-model.ts; nothing here adds or drops a text.

/** A4 portrait in twips, 2.5 cm margins (the government's letter templates). */
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = 1418;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;

/** The header block's label column in twips: wide enough for "Saksbehandler:" in bold. */
const LABEL_WIDTH = 2098;
/** Shares of the text width per appendix column: the measure's title needs the room. */
const APPENDIX_SHARES = [0.5, 0.2, 0.13, 0.17] as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'auto' } as const;
/** Light grey behind the appendix header row, so it reads as a header on paper in black and white too. */
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } as const;

/** A line's text with each tab as a real tab element (`w:tab`), which Word lays out at tab stops. */
function withTabs(line: string): (string | Tab)[] {
  const children: (string | Tab)[] = [];
  line.split('\t').forEach((part, index) => {
    if (index > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return children;
}

// The runs carry no formatting: the paragraph's style (or the measure-title character style) sets it.
const toRun = (run: NotatRun) =>
  new TextRun({
    ...(run.lineBreak ? { break: 1 } : {}),
    ...(run.measureTitle ? { style: NOTAT_STYLE.measureTitle } : {}),
    children: withTabs(run.text),
  });

function toParagraph(p: NotatParagraph): Paragraph {
  return new Paragraph({
    style: NOTAT_STYLE[p.style],
    // A paragraph property, not run formatting: the style cannot carry it in docx's API.
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: p.runs.map(toRun),
  });
}

function toTable(table: NotatTable): Table {
  const widths =
    table.role === 'header-block'
      ? [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH]
      : APPENDIX_SHARES.map((share) => Math.floor(TEXT_WIDTH * share));
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        // The appendix's header row repeats on every page.
        ...(row.header ? { tableHeader: true } : {}),
        children: row.cells.map(
          (cell, index) =>
            new TableCell({
              width: { size: widths[index] ?? 0, type: WidthType.DXA },
              ...(row.header ? { shading: HEADER_SHADING } : {}),
              children: cell.map(toParagraph),
            }),
        ),
      }),
  );
  if (table.role === 'header-block') {
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      // No cell padding on the left, so the labels line up with the body text below the table.
      margins: { left: 0, right: 113, top: 0, bottom: 0, marginUnitType: WidthType.DXA },
      rows,
    });
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Thin single lines are also docx's default, so emptying this object is an equivalent mutant;
    // it stays, so the borders do not depend on the library's choice.
    borders: {
      top: THIN,
      bottom: THIN,
      left: THIN,
      right: THIN,
      insideHorizontal: THIN,
      insideVertical: THIN,
    },
    margins: { left: 85, right: 85, top: 28, bottom: 28, marginUnitType: WidthType.DXA },
    rows,
  });
}

const toBlock = (block: NotatBlock): FileChild =>
  block.kind === 'table' ? toTable(block) : toParagraph(block);

/** The notat model as a docx Document: A4, named styles only, "Side X av Y" in the footer. */
export function renderNotatDocx(model: NotatModel): Document {
  const [before, between] = model.pageFooter;
  const { title, subject, author, caseNumber, description } = model.properties;
  return new Document({
    title,
    subject,
    // Always given: docx names an author it is not told of "Un-named"; '' writes no author at all.
    creator: author,
    lastModifiedBy: author,
    ...(caseNumber === '' ? {} : { keywords: caseNumber }),
    ...(description === null ? {} : { description }),
    styles: notatStyles(model.documentLanguage),
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
        ...(model.pageHeader
          ? { headers: { default: new Header({ children: [toParagraph(model.pageHeader)] }) } }
          : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: NOTAT_STYLE.pageFooter,
                children: [
                  new TextRun({
                    children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: model.body.map(toBlock),
      },
    ],
  });
}
