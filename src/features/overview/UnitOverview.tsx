import {
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
import { useId } from 'react';
import { STATUSES, summarizeByUnit, type Measure, type UnitSummary } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { overviewMessages } from './overview-messages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  caption: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  scroll: {
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { tableLayout: 'auto' },
  unit: { whiteSpace: 'nowrap' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { justifyContent: 'flex-end', textAlign: 'end' },
  attention: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  sum: { fontWeight: tokens.fontWeightSemibold },
});

function totalOf(summaries: readonly UnitSummary[]): UnitSummary {
  const byStatus = Object.fromEntries(
    STATUSES.map((s) => [s, summaries.reduce((n, u) => n + u.byStatus[s], 0)]),
  ) as UnitSummary['byStatus'];
  return {
    unit: '',
    total: summaries.reduce((n, u) => n + u.total, 0),
    byStatus,
    overdue: summaries.reduce((n, u) => n + u.overdue, 0),
    unreported: summaries.reduce((n, u) => n + u.unreported, 0),
  };
}

/** For the caseworker and managers: where each unit stands, what is overdue, what is missing. */
export function UnitOverview({ measures, today }: { measures: readonly Measure[]; today: Date }) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const headingId = useId();
  const captionId = useId();
  const summaries = summarizeByUnit(measures, today);
  const total = totalOf(summaries);

  const row = (summary: UnitSummary, label: string, isSum: boolean) => (
    <TableRow key={label} className={mergeClasses(isSum && styles.sum)}>
      <TableCell className={styles.unit} lang={isSum ? undefined : DATA_LANGUAGE}>
        {label}
      </TableCell>
      <TableCell className={styles.number}>{summary.total}</TableCell>
      {STATUSES.map((status) => (
        <TableCell key={status} className={styles.number}>
          {summary.byStatus[status]}
        </TableCell>
      ))}
      <TableCell className={mergeClasses(styles.number, summary.overdue > 0 && styles.attention)}>
        {summary.overdue}
      </TableCell>
      <TableCell
        className={mergeClasses(styles.number, summary.unreported > 0 && styles.attention)}
      >
        {summary.unreported}
      </TableCell>
    </TableRow>
  );

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <p id={captionId} className={styles.caption}>
        {t.caption}
      </p>
      <div className={styles.scroll}>
        <Table
          size="small"
          className={styles.table}
          aria-labelledby={headingId}
          aria-describedby={captionId}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.unit}</TableHeaderCell>
              <TableHeaderCell
                className={styles.number}
                button={{ className: styles.numberHeader }}
              >
                {t.total}
              </TableHeaderCell>
              {STATUSES.map((status) => (
                <TableHeaderCell
                  key={status}
                  className={styles.number}
                  button={{ className: styles.numberHeader }}
                >
                  {t.statusNames[status]}
                </TableHeaderCell>
              ))}
              <TableHeaderCell
                className={styles.number}
                button={{ className: styles.numberHeader }}
              >
                {t.overdue}
              </TableHeaderCell>
              <TableHeaderCell
                className={styles.number}
                button={{ className: styles.numberHeader }}
              >
                {t.unreported}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summaries.map((summary) => row(summary, summary.unit, false))}
            {summaries.length > 1 && row(total, t.sum, true)}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
