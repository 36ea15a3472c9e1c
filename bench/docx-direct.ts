// The reference for timing buildNotat: the same notat built straight from docx's constructors,
// with none of our logic (no grouping, sanitizing, settings). Its content is read back from a
// packed notat (`outlineOf`), so both builders produce the same body; `sameBody` checks that.
import {
  BorderStyle,
  Document,
  Footer,
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
import type { FileChild } from 'docx';
import { notatStyles } from '../src/memo/notat-styles';
import { paragraphsOf, partXml, readDocxParts } from '../tests/support/memo/read-docx';
import type { DocxParagraph } from '../tests/support/memo/read-docx';

type ParagraphSpec = { kind: 'paragraph'; paragraph: DocxParagraph; pageBreakBefore: boolean };
type CellSpec = { width: number; fill: string | null; paragraphs: DocxParagraph[] };
type TableSpec = {
  kind: 'table';
  widths: number[];
  bordered: boolean;
  rows: { header: boolean; cells: CellSpec[] }[];
};
export type NotatOutline = {
  body: (ParagraphSpec | TableSpec)[];
  footerStyle: string | null;
};

const number = (xml: string, pattern: RegExp) => Number(pattern.exec(xml)?.[1] ?? 0);

function tableSpec(xml: string): TableSpec {
  return {
    kind: 'table',
    widths: [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    bordered: /<w:tblBorders>[\s\S]*?w:val="single"/.test(xml),
    rows: [...xml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map(([, row = '']) => ({
      header: row.includes('<w:tblHeader/>'),
      cells: [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell = '']) => ({
        width: number(cell, /<w:tcW [^>]*w:w="(\d+)"/),
        fill: /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(cell)?.[1] ?? null,
        paragraphs: paragraphsOf(cell),
      })),
    })),
  };
}

/** The body of a packed notat as plain data: paragraphs (style, runs) and tables (rows, cells). */
export async function outlineOf(bytes: Uint8Array): Promise<NotatOutline> {
  const parts = await readDocxParts(bytes);
  const xml = partXml(parts, 'word/document.xml');
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  const blocks: NotatOutline['body'] = [];
  for (const [block] of body.matchAll(
    /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/w:p>)/g,
  )) {
    if (block.startsWith('<w:tbl>')) {
      blocks.push(tableSpec(block));
      continue;
    }
    const [paragraph] = paragraphsOf(block);
    if (!paragraph) throw new Error(`not a paragraph: ${block.slice(0, 80)}`);
    blocks.push({
      kind: 'paragraph',
      paragraph,
      pageBreakBefore: block.includes('<w:pageBreakBefore/>'),
    });
  }
  const footer = [...parts.entries()].find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1];
  return { body: blocks, footerStyle: paragraphsOf(footer ?? '')[0]?.style ?? null };
}

/** A run as read back: leading line feeds are `w:br` before it, tabs are `w:tab`. */
function run({ style, text }: { style: string | null; text: string }): TextRun {
  const breaks = /^\n*/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(breaks);
  if (rest.includes('\n')) throw new Error(`a line break inside a run: ${JSON.stringify(text)}`);
  const children: (string | Tab)[] = [];
  rest.split('\t').forEach((part, index) => {
    if (index > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return new TextRun({
    ...(style === null ? {} : { style }),
    ...(breaks > 0 ? { break: breaks } : {}),
    children,
  });
}

function paragraph(spec: DocxParagraph, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    ...(spec.style === null ? {} : { style: spec.style }),
    ...(pageBreakBefore ? { pageBreakBefore } : {}),
    children: spec.runs.map(run),
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'auto' } as const;

function table(spec: TableSpec): Table {
  const border = spec.bordered ? THIN : null;
  return new Table({
    width: { size: spec.widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: spec.widths,
    layout: TableLayoutType.FIXED,
    borders: border
      ? {
          top: border,
          bottom: border,
          left: border,
          right: border,
          insideHorizontal: border,
          insideVertical: border,
        }
      : TableBorders.NONE,
    rows: spec.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          cantSplit: true,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: cell.width, type: WidthType.DXA },
                ...(cell.fill
                  ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill } }
                  : {}),
                children: cell.paragraphs.map((p) => paragraph(p)),
              }),
          ),
        }),
    ),
  });
}

/** The notat of `outline` built directly with docx: A4, 2.5 cm margins, page-number footer. */
export function directNotat(outline: NotatOutline): Document {
  const children: FileChild[] = outline.body.map((block) =>
    block.kind === 'table' ? table(block) : paragraph(block.paragraph, block.pageBreakBefore),
  );
  const margin = 1418;
  return new Document({
    styles: notatStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                ...(outline.footerStyle ? { style: outline.footerStyle } : {}),
                children: [
                  new TextRun({
                    children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** Whether two packed documents have the same body: the same paragraphs, runs and tables. */
export async function sameBody(a: Uint8Array, b: Uint8Array): Promise<boolean> {
  return JSON.stringify(await outlineOf(a)) === JSON.stringify(await outlineOf(b));
}
