import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Measure } from '../domain';
import { formatNorwegianDate } from '../domain';
import { NOTAT_STYLE } from './notat-styles';
import { sanitizeLine } from './sanitize-text';

export const APPENDIX_HEADING = 'Vedlegg: Oversikt over tiltakene';
export const APPENDIX_COLUMNS = ['Tiltak', 'Ansvarlig', 'Frist', 'Status'] as const;

/** Shares of the text width per column: the measure's title needs the room. */
const COLUMN_SHARES = [0.5, 0.2, 0.13, 0.17] as const;

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'auto' } as const;

/** Light grey behind the header row, so it reads as a header on paper in black and white too. */
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } as const;

function cell(text: string, style: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: HEADER_SHADING } : {}),
    // A cell needs a paragraph even when its text is empty (an item without a deadline).
    children: [new Paragraph({ style, children: text === '' ? [] : [new TextRun(text)] })],
  });
}

/**
 * The overview of every measure (Tiltak · Ansvarlig · Frist · Status) in plan order. Its header
 * row repeats on every page. Null for a plan with no measures: Word refuses an empty table.
 */
export function buildAppendixTable(measures: readonly Measure[], textWidth: number): Table | null {
  if (measures.length === 0) return null;
  const widths = COLUMN_SHARES.map((share) => Math.floor(textWidth * share));
  const width = (index: number) => widths[index] ?? 0;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: APPENDIX_COLUMNS.map((label, index) =>
      cell(label, NOTAT_STYLE.tableHeader, width(index), true),
    ),
  });
  const rows = measures.map(
    (m) =>
      new TableRow({
        cantSplit: true,
        children: [
          sanitizeLine(m.title),
          sanitizeLine(m.responsibleUnit),
          m.deadline ? formatNorwegianDate(m.deadline) : '',
          m.status,
        ].map((text, index) => cell(text, NOTAT_STYLE.tableText, width(index))),
      }),
  );
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
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
    rows: [header, ...rows],
  });
}
