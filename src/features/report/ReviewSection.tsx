import {
  Badge,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Measure, ReviewState } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { usePlanSource } from '../shared/MeasuresProvider';
import { cycleMessages, type CycleTexts } from './cycle-messages';
import { errorMessages } from './error-messages';
import { reportMessages } from './report-messages';
import { ReportText } from './ReportText';
import { useFormatInstant } from './use-format-instant';
import { useReview, type Review } from './use-review';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  comment: { margin: `${tokens.spacingVerticalXS} 0 0`, whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  versions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  version: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

const STATE_COLOR: Record<ReviewState, NonNullable<BadgeProps['color']>> = {
  'Ikke vurdert': 'informative',
  Godkjent: 'success',
  Returnert: 'warning',
};

/** A report returned to the unit: who returned it, when, and what must change. */
function ReturnedNotice({ measure, t }: { measure: Measure; t: CycleTexts }) {
  const styles = useStyles();
  const formatInstant = useFormatInstant();
  const title =
    measure.reviewedBy && measure.reviewedAt
      ? t.returnedTitle(measure.reviewedBy, formatInstant(measure.reviewedAt))
      : t.returnedWithoutName;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <p className={styles.comment} lang={DATA_LANGUAGE}>
          {measure.reviewComment}
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The report changed after it was read: the version reviewed and the list's, nothing saved. */
function ReviewConflict({
  review,
  read,
  current,
}: {
  review: Review;
  read: Measure;
  current: Measure;
}) {
  const styles = useStyles();
  const t = useMessages(cycleMessages);
  const report = useMessages(reportMessages);
  const formatInstant = useFormatInstant();
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => rootRef.current?.focus(), []);
  const who = current.reportedBy || current.modifiedBy;
  const when = current.reportedAt ?? current.modifiedAt;
  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      className={styles.root}
      role="group"
      aria-label={t.reviewConflictTitle}
    >
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.reviewConflictTitle}</MessageBarTitle> {t.reviewConflictText}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={review.reviewAgain}>{t.reviewAgain}</Button>
        </MessageBarActions>
      </MessageBar>
      <div className={styles.versions}>
        <section className={styles.version}>
          <p className={styles.label}>{t.reviewConflictRead}</p>
          <ReportText text={read.statusReport} emptyText={report.emptyReport} />
        </section>
        <section className={styles.version}>
          <p className={styles.label}>
            {who && when
              ? t.reviewConflictNow(who, formatInstant(when))
              : report.conflictTheirsUnknown}
          </p>
          <ReportText text={current.statusReport} emptyText={report.emptyReport} />
        </section>
      </div>
    </div>
  );
}

/**
 * The review round on one measure: its review state for everyone, a returned report's comment
 * for the unit, and for the caseworker and managers approve, or return with a comment.
 */
export function ReviewSection({ measure }: { measure: Measure }) {
  const styles = useStyles();
  const t = useMessages(cycleMessages);
  const errors = useMessages(errorMessages);
  const { listTitle } = usePlanSource();
  const formatInstant = useFormatInstant();
  const review = useReview(measure);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const { returning } = review;
  useEffect(() => {
    if (returning) commentRef.current?.focus();
  }, [returning]);

  const returned = measure.reviewState === 'Returnert';
  const stateName = t.reviewStateNames[measure.reviewState];
  const stateLine =
    measure.reviewState !== 'Ikke vurdert' && measure.reviewedBy && measure.reviewedAt
      ? t.reviewedBy(stateName, measure.reviewedBy, formatInstant(measure.reviewedAt))
      : stateName;
  if (!review.canReview && !returned && measure.reviewState !== 'Godkjent') return null;
  const busy = review.phase.kind === 'saving';

  return (
    <div className={styles.root} role="group" aria-label={t.reviewTitle}>
      {returned && measure.reviewComment.trim() !== '' ? (
        <ReturnedNotice measure={measure} t={t} />
      ) : (
        // A div: Fluent's Badge is a div, which a <p> may not hold.
        <div className={styles.line}>
          <span>{t.reviewTitle}:</span>
          <Badge appearance="tint" shape="rounded" color={STATE_COLOR[measure.reviewState]}>
            {stateLine}
          </Badge>
        </div>
      )}
      {review.phase.kind === 'conflict' && (
        <ReviewConflict review={review} read={review.phase.read} current={review.phase.current} />
      )}
      {review.phase.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.reviewFailed}</MessageBarTitle>{' '}
            {review.phase.error && errors.describe(review.phase.error, listTitle)}
            {review.phase.decision === 'return' && ` ${t.reviewCommentKept}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={review.retry}>{t.reviewRetry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {review.restored && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.reviewCommentRestored}</MessageBarBody>
        </MessageBar>
      )}
      {review.problem === 'nothing-to-review' && (
        <p className={styles.line} role="alert">
          {t.nothingToApprove}
        </p>
      )}
      {review.canReview && review.phase.kind !== 'conflict' && returning && (
        <>
          <Field
            label={t.returnComment}
            hint={t.returnCommentHint}
            required
            validationState={review.problem === 'comment-required' ? 'error' : 'none'}
            validationMessage={
              review.problem === 'comment-required' ? t.returnCommentRequired : undefined
            }
          >
            <Textarea
              ref={commentRef}
              lang={DATA_LANGUAGE}
              resize="vertical"
              value={review.comment}
              onChange={(_, data) => review.setComment(data.value)}
            />
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              size="small"
              onClick={review.submitReturn}
              disabledFocusable={busy}
            >
              {t.sendReturn}
            </Button>
            <Button size="small" onClick={review.cancel} disabledFocusable={busy}>
              {t.cancel}
            </Button>
            {busy && <Spinner size="tiny" labelPosition="after" label={t.reviewSaving} />}
          </div>
        </>
      )}
      {review.canReview && review.phase.kind !== 'conflict' && !returning && (
        <div className={styles.actions}>
          <Button
            size="small"
            onClick={review.approve}
            disabledFocusable={busy || measure.reviewState === 'Godkjent'}
            aria-label={t.approveFor(measure.title)}
          >
            {t.approve}
          </Button>
          <Button
            size="small"
            onClick={review.startReturn}
            disabledFocusable={busy}
            aria-label={t.returnFor(measure.title)}
          >
            {t.returnReport}
          </Button>
          {busy && <Spinner size="tiny" labelPosition="after" label={t.reviewSaving} />}
        </div>
      )}
    </div>
  );
}
