import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { Measure, MeasureVersion } from '../../domain';
import { historyGap, type HistoryGap } from './history-gap';
import { useMessages } from '../shared/i18n';
import { errorMessages } from './error-messages';
import { usePlanSource } from '../shared/MeasuresProvider';
import { reportMessages, type ReportTexts } from './report-messages';
import { ReportText } from './ReportText';
import { useFormatInstant } from './use-format-instant';
import { useMeasureHistory } from './use-measure-history';

const useStyles = makeStyles({
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
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  when: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  change: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  message: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

type Change = { status: string | null; reportChanged: boolean };

/** What a version changed compared with the one before it (the oldest is compared with nothing). */
function changeOf(
  version: MeasureVersion,
  previous: MeasureVersion | undefined,
  t: ReportTexts,
): Change {
  const name = (s: MeasureVersion['status']) => (s ? t.statusNames[s] : '–');
  let status: string | null = null;
  if (!previous) status = version.status ? t.historyStatusSet(name(version.status)) : null;
  else if (previous.status !== version.status) {
    status = t.historyStatusChanged(name(previous.status), name(version.status));
  }
  const reportChanged = (version.statusReport ?? '') !== (previous?.statusReport ?? '');
  return { status, reportChanged };
}

/** What the list no longer holds, in plain words; nothing when the history is whole. */
function GapNote({ gap, t, className }: { gap: HistoryGap; t: ReportTexts; className: string }) {
  if (gap.kind === 'none') return null;
  return (
    <p className={className}>
      {gap.kind === 'trimmed' ? t.historyTrimmed(gap.kept) : t.historyVersioningOff}
    </p>
  );
}

/** "Historikk": who changed status and report, and when. */
export function MeasureHistory({ measure }: { measure: Measure }) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const errors = useMessages(errorMessages);
  const { listTitle } = usePlanSource();
  const formatInstant = useFormatInstant();
  const history = useMeasureHistory(measure.id, measure.etag);

  if (history.phase === 'loading') {
    return <Spinner size="tiny" labelPosition="after" label={t.historyLoading} />;
  }
  if (history.phase === 'failed') {
    return (
      <p className={styles.message} role="alert">
        {t.historyFailed} {history.error ? errors.describe(history.error, listTitle) : ''}
      </p>
    );
  }
  if (history.versions.length === 0) {
    return <p className={styles.message}>{t.historyEmpty}</p>;
  }
  const versions = history.versions;
  const gap = historyGap(versions, measure);
  return (
    <>
      <GapNote gap={gap} t={t} className={styles.message} />
      <ol className={styles.list} aria-label={t.history}>
        {versions.map((version, index) => {
          const change = changeOf(version, versions[index + 1], t);
          // A report names its reporter; other edits (a review, a new deadline) only their author.
          const reported = change.status !== null || change.reportChanged;
          const who = reported
            ? version.reportedBy || version.modifiedBy
            : version.modifiedBy || version.reportedBy;
          return (
            <li key={version.id} className={styles.entry}>
              <span className={styles.when}>
                {formatInstant(version.modifiedAt)} · {who}
              </span>
              {change.status && <span className={styles.change}>{change.status}</span>}
              {change.reportChanged && (
                <>
                  <span className={styles.change}>{t.historyReportChanged}</span>
                  <ReportText text={version.statusReport ?? ''} emptyText={t.emptyReport} />
                </>
              )}
              {!change.status && !change.reportChanged && (
                <span className={styles.change}>{t.historyNoChange}</span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
