import {
  Link,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { formatNorwegianDate, isOverdue, isUnreported, type Measure } from '../../domain';
import { useMessages } from '../shared/i18n';
import { viewMessages } from './view-messages';

const ROW_HEIGHT = 41;

const useStyles = makeStyles({
  wrap: {
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { tableLayout: 'fixed', width: '100%' },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `0 ${tokens.strokeWidthThin} 0 ${tokens.colorNeutralStroke2}`,
  },
  row: { height: `${ROW_HEIGHT}px` },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  // The title takes what the fixed columns leave; dates and statuses are never cut. (The widths
  // are of the content: the cells' padding comes on top.)
  titleLink: {
    display: 'block',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textAlign: 'start',
  },
  unitCol: { width: '14%' },
  sectionCol: { width: '11%' },
  deadlineCol: { width: '112px' },
  statusCol: { width: '120px' },
  reviewCol: { width: '88px' },
  reportedCol: { width: '74px' },
  // Read by screen readers, not shown: the red date and its mark say it to the eye.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  spacer: { padding: 0, border: 'none' },
});

export type MeasureTableProps = {
  measures: readonly Measure[];
  today: Date;
  /** Opens a measure in the card view. */
  onOpen: (measureId: string) => void;
};

/**
 * The plan as a compact table, one line per measure, like a list view in Microsoft Lists. Only
 * the rows near the screen are in the page; the table tells screen readers how many there are.
 */
export function MeasureTable({ measures, today, onOpen }: MeasureTableProps) {
  const styles = useStyles();
  const t = useMessages(viewMessages);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [offsetTop, setOffsetTop] = useState(0);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const update = () => setOffsetTop(body.getBoundingClientRect().top + window.scrollY);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: measures.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: offsetTop,
    getItemKey: (index) => measures[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - offsetTop : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - offsetTop) : 0;

  return (
    <div className={styles.wrap}>
      <Table
        size="small"
        className={styles.table}
        aria-label={t.tableLabel(measures.length)}
        aria-rowcount={measures.length + 1}
      >
        <TableHeader className={styles.head}>
          <TableRow aria-rowindex={1}>
            <TableHeaderCell>{t.title}</TableHeaderCell>
            <TableHeaderCell className={styles.unitCol}>{t.responsible}</TableHeaderCell>
            <TableHeaderCell className={styles.sectionCol}>{t.section}</TableHeaderCell>
            <TableHeaderCell className={styles.deadlineCol}>{t.deadline}</TableHeaderCell>
            <TableHeaderCell className={styles.statusCol}>{t.status}</TableHeaderCell>
            <TableHeaderCell className={styles.reviewCol}>{t.reviewed}</TableHeaderCell>
            <TableHeaderCell className={styles.reportedCol}>{t.reported}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody ref={bodyRef}>
          {before > 0 && (
            <tr aria-hidden="true" style={{ height: before }}>
              <td className={styles.spacer} colSpan={7} />
            </tr>
          )}
          {items.map((item) => {
            const m = measures[item.index];
            if (!m) return null;
            const overdue = isOverdue(m, today);
            return (
              <TableRow key={item.key} className={styles.row} aria-rowindex={item.index + 2}>
                <TableCell className={styles.cell} title={m.title}>
                  <Link
                    as="button"
                    className={styles.titleLink}
                    aria-label={t.open(m.title)}
                    onClick={() => onOpen(m.id)}
                  >
                    {m.title}
                  </Link>
                </TableCell>
                <TableCell className={styles.cell}>{m.responsibleUnit}</TableCell>
                <TableCell className={styles.cell}>{m.section}</TableCell>
                <TableCell
                  className={mergeClasses(styles.cell, overdue && styles.overdue)}
                  title={overdue ? t.overdue : undefined}
                >
                  {m.deadline ? formatNorwegianDate(m.deadline) : '–'}
                  {overdue && (
                    <>
                      {/* Not the colour alone: a mark for the eye, the words for a screen reader. */}
                      <span aria-hidden="true"> ⚠</span>
                      <span className={styles.hidden}> ({t.overdue.toLocaleLowerCase('nb')})</span>
                    </>
                  )}
                </TableCell>
                <TableCell className={styles.cell}>{t.statusNames[m.status]}</TableCell>
                <TableCell className={styles.cell}>{t.reviewNames[m.reviewState]}</TableCell>
                <TableCell className={styles.cell}>{isUnreported(m) ? t.no : t.yes}</TableCell>
              </TableRow>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" style={{ height: after }}>
              <td className={styles.spacer} colSpan={7} />
            </tr>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
