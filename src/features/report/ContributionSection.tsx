import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { contributesTo, type Measure } from '../../domain';
import { useMessages } from '../shared/i18n';
import { useCurrentUser } from '../shared/services';
import { cycleMessages } from './cycle-messages';
import { reportMessages } from './report-messages';
import { restoreDraft } from './restore-draft';
import { ReportForm } from './ReportForm';
import { ReportText } from './ReportText';
import { StatusBadge } from './StatusBadge';
import {
  asEditable,
  contributionDraftKey,
  unwrittenContribution,
  useContributionEditor,
} from './use-contribution-editor';
import { useMeasureContributions, type MeasureContributions } from './use-contributions';
import { useDraftStore } from './use-draft-store';
import { useFormatInstant } from './use-format-instant';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  title: {
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** The editor of the unit's own contribution item, opened in place. */
function ContributionEditor({
  measure,
  unit,
  contributions,
  onClose,
}: {
  measure: Measure;
  unit: string;
  contributions: MeasureContributions;
  onClose: () => void;
}) {
  const t = useMessages(cycleMessages);
  const report = useMessages(reportMessages);
  const own = contributions.ofMeasure.find((c) => c.unit === unit) ?? null;
  const editor = useContributionEditor(measure, unit, own, contributions.replace);
  return (
    <ReportForm
      editor={editor}
      label={t.contributionEditorLabel(measure.title, unit)}
      textLabel={t.contributionLabel}
      textHint={t.contributionHint}
      describe={(problem) =>
        problem.kind === 'too-long'
          ? t.contributionTooLong(problem.length, problem.max)
          : t.contributionRequired(report.statusNames[problem.status])
      }
      onClose={onClose}
    />
  );
}

/**
 * On a measure the user's unit contributes to («Bidrag fra deg»): the unit's own input and
 * status, written in its own item of the contributions list. Nothing for anyone else.
 */
export function ContributionSection({ measure }: { measure: Measure }) {
  const user = useCurrentUser();
  if (!contributesTo(measure, user.unit) || user.unit === null) return null;
  return <OwnContribution measure={measure} unit={user.unit} />;
}

function OwnContribution({ measure, unit }: { measure: Measure; unit: string }) {
  const styles = useStyles();
  const t = useMessages(cycleMessages);
  const formatInstant = useFormatInstant();
  const drafts = useDraftStore();
  const contributions = useMeasureContributions(measure);
  const own = contributions.ofMeasure.find((c) => c.unit === unit) ?? null;
  // An input kept from an earlier visit (unsaved, or a failed save) opens where it was left.
  const [editing, setEditing] = useState(() => {
    const kept = drafts.read(contributionDraftKey(measure.id, unit));
    return kept !== null && restoreDraft(unwrittenContribution(measure, unit), kept) !== null;
  });
  const shown = own ? asEditable(own) : null;

  return (
    <section className={styles.root} aria-label={t.yourContribution}>
      <p className={styles.title}>
        {t.yourContribution}
        {shown && shown.statusReport.trim() !== '' && <StatusBadge status={shown.status} />}
      </p>
      {editing && contributions.phase !== 'loading' ? (
        <ContributionEditor
          measure={measure}
          unit={unit}
          contributions={contributions}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <ReportText text={shown?.statusReport ?? ''} emptyText={t.noContributionYet} />
          {own?.reportedBy && own.reportedAt && (
            <p className={styles.meta}>
              {t.contributionBy(own.reportedBy, formatInstant(own.reportedAt))}
            </p>
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              size="small"
              onClick={() => setEditing(true)}
              aria-label={t.writeContributionFor(measure.title)}
              disabledFocusable={contributions.phase === 'loading'}
            >
              {t.writeContribution}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
