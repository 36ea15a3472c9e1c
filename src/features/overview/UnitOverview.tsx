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
import { useId, useMemo } from 'react';
import {
  STATUSES,
  summarizeByUnit,
  type Measure,
  type Status,
  type UnitSummary,
} from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useLanguage, useMessages } from '../shared/i18n';
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

// Per measures array and day: the overview is mounted again each time the user acting changes.
const summaryCache = new WeakMap<readonly Measure[], { today: Date; summaries: UnitSummary[] }>();
function summariesOf(measures: readonly Measure[], today: Date): UnitSummary[] {
  const cached = summaryCache.get(measures);
  if (cached?.today === today) return cached.summaries;
  const summaries = summarizeByUnit(measures, today);
  summaryCache.set(measures, { today, summaries });
  return summaries;
}

/** A cell of the table as a filter of the list: a unit (null: every unit) and what to count. */
export type OverviewFilter = {
  unit: string | null;
  status?: Status;
  overdue?: boolean;
  unreported?: boolean;
};

// One formatter per language: making one per cell costs more than the rest of the table.
const percent = {
  nb: new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
};

/** "43 %": the share of the unit's measures that are done. */
function shareDone(summary: UnitSummary, language: 'nb' | 'en'): string {
  if (summary.total === 0) return '–';
  return percent[language].format(summary.byStatus['Gjennomført'] / summary.total);
}

/**
 * For the caseworker and managers: where each unit stands, what is overdue, what is missing.
 * With `onFilter`, each number is a button that shows those measures in the list below.
 */
export function UnitOverview({
  measures,
  today,
  onFilter,
}: {
  measures: readonly Measure[];
  today: Date;
  onFilter?: (filter: OverviewFilter) => void;
}) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const language = useLanguage();
  const headingId = useId();
  const captionId = useId();
  const summaries = useMemo(() => summariesOf(measures, today), [measures, today]);
  const total = useMemo(() => totalOf(summaries), [summaries]);

  const count = (n: number, filter: OverviewFilter, label: string) =>
    onFilter && n > 0 ? (
      <Link as="button" inline aria-label={label} onClick={() => onFilter(filter)}>
        {n}
      </Link>
    ) : (
      n
    );

  const row = (summary: UnitSummary, label: string, isSum: boolean) => {
    const unit = isSum ? null : summary.unit;
    const who = isSum ? t.allUnits : summary.unit;
    return (
      <TableRow key={label} className={mergeClasses(isSum && styles.sum)}>
        <TableCell className={styles.unit} lang={isSum ? undefined : DATA_LANGUAGE}>
          {label}
        </TableCell>
        <TableCell className={styles.number}>
          {count(summary.total, { unit }, t.showMeasures(who, t.total, summary.total))}
        </TableCell>
        {STATUSES.map((status) => (
          <TableCell key={status} className={styles.number}>
            {count(
              summary.byStatus[status],
              { unit, status },
              t.showMeasures(who, t.statusNames[status], summary.byStatus[status]),
            )}
          </TableCell>
        ))}
        <TableCell className={styles.number}>{shareDone(summary, language)}</TableCell>
        <TableCell className={mergeClasses(styles.number, summary.overdue > 0 && styles.attention)}>
          {count(
            summary.overdue,
            { unit, overdue: true },
            t.showMeasures(who, t.overdue, summary.overdue),
          )}
        </TableCell>
        <TableCell
          className={mergeClasses(styles.number, summary.unreported > 0 && styles.attention)}
        >
          {count(
            summary.unreported,
            { unit, unreported: true },
            t.showMeasures(who, t.unreported, summary.unreported),
          )}
        </TableCell>
      </TableRow>
    );
  };

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <p id={captionId} className={styles.caption}>
        {t.caption}
      </p>
      {/* Scrolls sideways in a narrow tab: focusable and named, so a keyboard can scroll it. */}
      <div className={styles.scroll} role="region" aria-label={t.tableRegion} tabIndex={0}>
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
                {t.shareDone}
              </TableHeaderCell>
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
