import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { MemoSettings } from './memo-settings';
import { formatNorwegianDate } from '../domain';
import { NOTAT_STYLE } from './notat-styles';
import { sanitizeLine } from './sanitize-text';

/** One row of the header block: a label and its value, one paragraph per line of the value. */
export type HeaderRow = { label: string; lines: string[] };

/**
 * The header block's rows in the ministry's order (Til, Via, Kopi til, Fra, Saksbehandler, Dato,
 * Saksnr.), each value sanitized; rows whose value is empty are left out.
 */
export function headerRows(settings: MemoSettings): HeaderRow[] {
  const single = (label: string, value: string): HeaderRow => ({
    label,
    lines: [sanitizeLine(value)].filter((line) => line !== ''),
  });
  const date = /^\d{4}-\d{2}-\d{2}/.test(settings.date) ? formatNorwegianDate(settings.date) : '';
  return [
    single('Til:', settings.to),
    single('Via:', settings.via),
    {
      label: 'Kopi til:',
      lines: settings.copyTo.map(sanitizeLine).filter((line) => line !== ''),
    },
    single('Fra:', settings.from),
    single('Saksbehandler:', settings.caseworker),
    single('Dato:', date),
    single('Saksnr.:', settings.caseNumber),
  ].filter((row) => row.lines.length > 0);
}

function cellParagraphs(lines: string[], style: string): Paragraph[] {
  return lines.map((line) => new Paragraph({ style, children: [new TextRun(line)] }));
}

/** The label column in twips: wide enough for "Saksbehandler:" in bold. */
const LABEL_WIDTH = 2098;

/**
 * The header block as a borderless two-column table (label, value). Null when every row is
 * empty: Word refuses a table with no rows.
 */
export function buildHeaderBlock(settings: MemoSettings, textWidth: number): Table | null {
  const rows = headerRows(settings);
  if (rows.length === 0) return null;
  const valueWidth = textWidth - LABEL_WIDTH;
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, valueWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // No cell padding on the left, so the labels line up with the body text below the table.
    margins: { left: 0, right: 113, top: 0, bottom: 0, marginUnitType: WidthType.DXA },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: LABEL_WIDTH, type: WidthType.DXA },
              children: cellParagraphs([row.label], NOTAT_STYLE.headerLabel),
            }),
            new TableCell({
              width: { size: valueWidth, type: WidthType.DXA },
              children: cellParagraphs(row.lines, NOTAT_STYLE.headerValue),
            }),
          ],
        }),
    ),
  });
}
