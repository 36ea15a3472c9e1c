import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { contributionSentence, NONE_REPORTED, type Measure, type Status } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { usePlanSource } from '../shared/MeasuresProvider';
import { cycleMessages } from './cycle-messages';
import { errorMessages } from './error-messages';
import { ReportText } from './ReportText';
import { StatusBadge } from './StatusBadge';
import { useMeasureContributions } from './use-contributions';
import { useFormatInstant } from './use-format-instant';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
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
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
  },
  unitLine: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Beside the report editor of a measure other units contribute to: each unit's input, and a
 * button per contribution that puts it into the report as a sentence naming its unit; the 2012
 * memo's «Ingen rapporterer om at dette er gjort.» when no unit reports the measure as done.
 */
export function ContributionsPanel({
  measure,
  leadStatus,
  onInsert,
}: {
  measure: Measure;
  /** The status the lead unit has chosen in the editor, saved or not. */
  leadStatus: Status;
  /** Puts a sentence into the report at the cursor (or at the end). */
  onInsert: (sentence: string) => void;
}) {
  const styles = useStyles();
  const t = useMessages(cycleMessages);
  const errors = useMessages(errorMessages);
  const { listTitle } = usePlanSource();
  const formatInstant = useFormatInstant();
  const titleId = useId();
  const contributions = useMeasureContributions(measure);
  if (measure.contributingUnits.length === 0 && contributions.ofMeasure.length === 0) return null;

  const written = contributions.ofMeasure.filter((c) => c.contribution.trim() !== '');
  const writtenUnits = new Set(written.map((c) => c.unit));
  const missing = measure.contributingUnits.filter((unit) => !writtenUnits.has(unit));
  // «Ingen rapporterer …» would contradict a lead unit that itself reports the measure done.
  const anyDone =
    leadStatus === 'Gjennomført' || contributions.ofMeasure.some((c) => c.status === 'Gjennomført');
  const sentences = written.map((c) => contributionSentence(c.unit, c.contribution));

  return (
    <section aria-labelledby={titleId} className={styles.root}>
      <h5 id={titleId} className={styles.title}>
        {t.contributionsTitle}
      </h5>
      <p className={styles.hint}>{t.composeHint}</p>
      {contributions.phase === 'loading' && (
        <Spinner size="tiny" labelPosition="after" label={t.contributionsLoading} />
      )}
      {contributions.error && (
        <p className={styles.meta} role="alert">
          {t.contributionsFailed} {errors.describe(contributions.error, listTitle)}
        </p>
      )}
      <div className={styles.actions}>
        {!anyDone && contributions.phase === 'ready' && (
          <Button size="small" onClick={() => onInsert(NONE_REPORTED)}>
            {t.insertNone(NONE_REPORTED)}
          </Button>
        )}
        {sentences.length > 1 && (
          <Button
            size="small"
            onClick={() => onInsert([...(anyDone ? [] : [NONE_REPORTED]), ...sentences].join(' '))}
          >
            {t.insertAll}
          </Button>
        )}
      </div>
      <ul className={styles.list}>
        {written.map((c, index) => (
          <li key={c.id} className={styles.entry}>
            <span className={styles.unitLine}>
              <span lang={DATA_LANGUAGE}>{c.unit}</span>
              <StatusBadge status={c.status} />
            </span>
            <ReportText text={c.contribution} emptyText="" />
            {c.reportedBy && c.reportedAt && (
              <p className={styles.meta}>
                {t.contributionBy(c.reportedBy, formatInstant(c.reportedAt))}
              </p>
            )}
            <div className={styles.actions}>
              <Button
                size="small"
                appearance="primary"
                aria-label={t.insertFor(c.unit)}
                onClick={() => onInsert(sentences[index] ?? '')}
              >
                {t.insert}
              </Button>
            </div>
          </li>
        ))}
        {missing.map((unit) => (
          <li key={`missing:${unit}`} className={styles.entry}>
            <span className={styles.meta} lang={DATA_LANGUAGE}>
              {t.contributionMissing(unit)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
