import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import type { NotatBlock, NotatModel, NotatParagraph, NotatTable } from '../../memo/notat-model';
import { NOTAT_FONT, type NotatParagraphStyle } from '../../memo/notat-style-names';

// The HTML renderer of the notat model: the memo as it will read, beside the fields. It renders
// the same tree the .docx is rendered from (notat-model.ts), so the preview cannot say something
// the file does not; only the look is approximated (no pages, the styles' sizes in CSS).

const useStyles = makeStyles({
  paper: {
    boxSizing: 'border-box',
    padding: '28px 32px',
    backgroundColor: '#ffffff',
    color: '#000000',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
    fontFamily: `${NOTAT_FONT}, Carlito, 'Segoe UI', sans-serif`,
    fontSize: '11pt',
    lineHeight: 1.3,
    // Tabs and typed line starts stay as in Word.
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  pageHeader: { textAlign: 'right', fontWeight: 'bold', fontSize: '9pt', margin: '0 0 12px' },
  title: { fontSize: '20pt', fontWeight: 'bold', margin: '0 0 18px' },
  headerLabel: { fontWeight: 'bold', margin: '0 0 3px' },
  headerValue: { margin: '0 0 3px' },
  purpose: { fontWeight: 'bold', margin: '24px 0 12px' },
  sectionHeading: { fontSize: '12pt', fontWeight: 'bold', margin: '18px 0 6px' },
  body: { margin: '0 0 10px' },
  attachment: { margin: '0 0 3px 28px' },
  appendixHeading: {
    fontSize: '12pt',
    fontWeight: 'bold',
    margin: '24px 0 6px',
    paddingTop: '12px',
    borderTop: '1px dashed #888888',
  },
  tableHeader: { fontWeight: 'bold', fontSize: '9pt', margin: 0 },
  tableText: { fontSize: '9pt', margin: 0 },
  pageFooter: { textAlign: 'center', fontSize: '9pt', margin: 0 },
  measureTitle: { fontStyle: 'italic' },
  headerBlock: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  labelColumn: { width: '3.7cm' },
  headerCell: { verticalAlign: 'top', padding: '0 6px 0 0' },
  appendix: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  appendixCell: { verticalAlign: 'top', border: '1px solid #000000', padding: '2px 4px' },
  appendixHeaderCell: { backgroundColor: '#d9d9d9' },
  empty: { minHeight: '1em' },
  more: {
    margin: '12px 0 0',
    fontFamily: tokens.fontFamilyBase,
    fontStyle: 'italic',
    color: '#444444',
  },
});

type Styles = ReturnType<typeof useStyles>;

const APPENDIX_WIDTHS = ['50%', '20%', '13%', '17%'];

function Runs({ paragraph, styles }: { paragraph: NotatParagraph; styles: Styles }) {
  return paragraph.runs.map((run, index) => (
    <Fragment key={index}>
      {run.lineBreak && <br />}
      {run.measureTitle ? <em className={styles.measureTitle}>{run.text}</em> : run.text}
    </Fragment>
  ));
}

function Paragraph({ paragraph, styles }: { paragraph: NotatParagraph; styles: Styles }) {
  const className = styles[paragraph.style satisfies NotatParagraphStyle];
  const children: ReactNode = <Runs paragraph={paragraph} styles={styles} />;
  // Section headings are real headings below the dialog's own title, as in the Word file.
  if (paragraph.headingLevel) {
    return <h4 className={className}>{children}</h4>;
  }
  return (
    <p className={mergeClasses(className, paragraph.runs.length === 0 && styles.empty)}>
      {children}
    </p>
  );
}

function Table({ table, styles }: { table: NotatTable; styles: Styles }) {
  const cellParagraphs = (cell: NotatParagraph[]) =>
    cell.map((p, index) => <Paragraph key={index} paragraph={p} styles={styles} />);
  if (table.role === 'header-block') {
    return (
      <table className={styles.headerBlock} role="presentation">
        <colgroup>
          <col className={styles.labelColumn} />
          <col />
        </colgroup>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.cells.map((cell, cellIndex) => (
                <td key={cellIndex} className={styles.headerCell}>
                  {cellParagraphs(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const [head, ...rows] = table.rows;
  return (
    <table className={styles.appendix}>
      <colgroup>
        {APPENDIX_WIDTHS.map((width) => (
          <col key={width} style={{ width }} />
        ))}
      </colgroup>
      {head && (
        <thead>
          <tr>
            {head.cells.map((cell, index) => (
              <th
                key={index}
                scope="col"
                className={mergeClasses(styles.appendixCell, styles.appendixHeaderCell)}
              >
                {cellParagraphs(cell)}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.cells.map((cell, cellIndex) => (
              <td key={cellIndex} className={styles.appendixCell}>
                {cellParagraphs(cell)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Block({ block, styles }: { block: NotatBlock; styles: Styles }) {
  return block.kind === 'table' ? (
    <Table table={block} styles={styles} />
  ) : (
    <Paragraph paragraph={block} styles={styles} />
  );
}

/**
 * How many paragraphs and table rows the preview shows: the beginning of the memo, where the
 * caseworker's texts are. A plan of thousands of measures would otherwise put tens of thousands
 * of elements on the page and make every key press in the fields wait for them.
 */
export const PREVIEW_LIMIT = 80;

/** The first blocks of the memo, tables cut to their first rows, within `limit` paragraphs and rows. */
export function previewBlocks(
  body: readonly NotatBlock[],
  limit: number,
): { blocks: NotatBlock[]; hidden: number } {
  const blocks: NotatBlock[] = [];
  let room = limit;
  let hidden = 0;
  for (const block of body) {
    const size = block.kind === 'table' ? block.rows.length : 1;
    if (room <= 0) {
      hidden += size;
    } else if (block.kind === 'table' && size > room) {
      blocks.push({ ...block, rows: block.rows.slice(0, room) });
      hidden += size - room;
      room = 0;
    } else {
      blocks.push(block);
      room -= size;
    }
  }
  return { blocks, hidden };
}

/** The memo as it will read, in its own language (bokmål or nynorsk), labelled for screen readers. */
export function MemoPreview({
  model,
  label,
  moreLabel,
}: {
  model: NotatModel;
  label: string;
  /** Said below the preview when it shows only the beginning: how much more the file has. */
  moreLabel: (hidden: number) => string;
}) {
  const styles = useStyles();
  const { blocks, hidden } = previewBlocks(model.body, PREVIEW_LIMIT);
  return (
    <article className={styles.paper} aria-label={label} lang={model.documentLanguage}>
      {model.pageHeader && <Paragraph paragraph={model.pageHeader} styles={styles} />}
      {blocks.map((block, index) => (
        <Block key={index} block={block} styles={styles} />
      ))}
      {hidden > 0 && <p className={styles.more}>{moreLabel(hidden)}</p>}
    </article>
  );
}
