import { makeStyles, tokens } from '@fluentui/react-components';
import type { Measure } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { cycleMessages } from './cycle-messages';
import { reportMessages } from './report-messages';
import { ReportText } from './ReportText';
import { useMeasureContributions } from './use-contributions';
import { useFormatInstant } from './use-format-instant';

const useStyles = makeStyles({
  title: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
  },
  when: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  change: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** In the measure's history: what each contributing unit wrote, newest first. */
export function ContributionHistory({ measure }: { measure: Measure }) {
  const styles = useStyles();
  const t = useMessages(cycleMessages);
  const report = useMessages(reportMessages);
  const formatInstant = useFormatInstant();
  const { ofMeasure } = useMeasureContributions(measure);
  const entries = ofMeasure
    .filter((c) => c.reportedAt !== null)
    .sort((a, b) => (b.reportedAt ?? '').localeCompare(a.reportedAt ?? ''));
  if (entries.length === 0) return null;
  return (
    <>
      <p className={styles.title}>{t.historyContributions}</p>
      <ol className={styles.list} aria-label={t.historyContributions}>
        {entries.map((c) => (
          <li key={c.id} className={styles.entry}>
            <span className={styles.when}>
              {formatInstant(c.reportedAt ?? '')} · {c.reportedBy}
            </span>
            <span className={styles.change} lang={DATA_LANGUAGE}>
              {t.historyContribution(c.unit, report.statusNames[c.status])}
            </span>
            <ReportText text={c.contribution} emptyText={report.emptyReport} />
          </li>
        ))}
      </ol>
    </>
  );
}
