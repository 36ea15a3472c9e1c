import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { lazy, memo, Suspense, useEffect, useId, useRef, useState } from 'react';
import { isOverdue, isUnreported, type Measure } from '../../domain';
import { formatNorwegianDate } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { cycleMessages } from './cycle-messages';
import { restoreDraft } from './restore-draft';
import { useDraftStore } from './use-draft-store';
import { reportMessages } from './report-messages';
import { ReportText } from './ReportText';
import { StatusBadge } from './StatusBadge';
import { useFormatInstant } from './use-format-instant';

// The editor (text area, status choices, conflicts) and the history load when first opened:
// most visits read, and the tab's first JavaScript stays small.
const MeasureEditor = lazy(() =>
  import('./MeasureEditor').then((module) => ({ default: module.MeasureEditor })),
);
const MeasureHistory = lazy(() =>
  import('./MeasureHistory').then((module) => ({ default: module.MeasureHistory })),
);
const ContributionHistory = lazy(() =>
  import('./ContributionHistory').then((module) => ({ default: module.ContributionHistory })),
);
// The review round and the contributions carry their own editors: loaded when a row first shows.
const ReviewSection = lazy(() =>
  import('./ReviewSection').then((module) => ({ default: module.ReviewSection })),
);
const ContributionSection = lazy(() =>
  import('./ContributionSection').then((module) => ({ default: module.ContributionSection })),
);

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  own: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
  },
  linked: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: tokens.strokeWidthThick,
  },
  head: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
    flex: '1 1 320px',
    // Long compounds ("Regionalavdelingen/fagseksjonene") wrap in a 320 px side panel.
    minWidth: 0,
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  fact: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  overdueValue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  reporter: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  panel: {
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  panelTitle: {
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * One measure: what it is, who owns it, its deadline, status and report. The owning unit edits
 * status and report right here; everyone else reads.
 */
export const MeasureItem = memo(function MeasureItem({
  measure,
  canEdit,
  today,
  linked = false,
  position,
  setSize,
  deleted = false,
  onEditingChange,
  onLinkedShown,
}: {
  measure: Measure;
  canEdit: boolean;
  today: Date;
  /** Opened by a link: shown expanded and focused, with its editor open when it is the user's own. */
  linked?: boolean;
  /** Its place among the measures shown and how many there are (only some are rendered at a time). */
  position?: number;
  setSize?: number;
  /** Deleted in the list while the user was editing it: the editor stays, and says so. */
  deleted?: boolean;
  /** Told when the editor opens and closes, so the list keeps an open editor rendered. */
  onEditingChange?: (measureId: string, open: boolean) => void;
  /** Told once a linked measure has been brought into view. */
  onLinkedShown?: () => void;
}) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const cycle = useMessages(cycleMessages);
  const formatInstant = useFormatInstant();
  const drafts = useDraftStore();
  // An edit kept from an earlier visit (unsaved, or a failed save) opens where it was left.
  const [editing, setEditing] = useState(
    () => canEdit && (linked || restoreDraft(measure, drafts.read(measure.id)) !== null),
  );
  const [showDescription, setShowDescription] = useState(
    () => linked && measure.description.trim() !== '',
  );
  // The highlight stays after the link has done its work, so the user sees where they landed.
  const [highlighted] = useState(linked);
  const articleRef = useRef<HTMLElement>(null);
  const [showHistory, setShowHistory] = useState(false);
  const reportButtonRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const historyId = useId();

  const overdue = isOverdue(measure, today);
  const unreported = isUnreported(measure);

  // A linked measure is brought into view once, when it first appears. An open editor has
  // already taken focus (its first field); otherwise the measure itself takes it.
  const linkedOnMount = useRef(linked);
  useEffect(() => {
    if (!linkedOnMount.current) return;
    linkedOnMount.current = false;
    const article = articleRef.current;
    if (!article) return;
    if (!article.contains(document.activeElement)) article.focus({ preventScroll: true });
    article.scrollIntoView({ block: 'start' });
    onLinkedShown?.();
  }, [onLinkedShown]);

  // After closing the editor, focus goes back to where the user came from, not the top of the page.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    reportButtonRef.current?.focus();
  }, [editing]);
  const closeEditor = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const editorOpen = editing && canEdit;
  useEffect(() => {
    onEditingChange?.(measure.id, editorOpen);
  }, [onEditingChange, measure.id, editorOpen]);

  return (
    <article
      ref={articleRef}
      aria-labelledby={titleId}
      className={mergeClasses(styles.item, canEdit && styles.own, highlighted && styles.linked)}
      data-measure-id={measure.id}
      tabIndex={highlighted ? -1 : undefined}
      aria-posinset={position}
      aria-setsize={setSize}
    >
      <div className={styles.head}>
        <h4 id={titleId} className={styles.title} lang={DATA_LANGUAGE}>
          {measure.title}
        </h4>
        <div className={styles.badges}>
          <StatusBadge status={measure.status} />
          {overdue && (
            <Badge appearance="outline" shape="rounded" color="danger">
              {t.overdue}
            </Badge>
          )}
          {unreported && (
            <Badge appearance="tint" shape="rounded" color="warning">
              {t.unreported}
            </Badge>
          )}
        </div>
      </div>

      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt className={styles.term}>{t.responsible}:</dt>
          <dd className={styles.value} lang={DATA_LANGUAGE}>
            {measure.responsibleUnit}
          </dd>
        </div>
        {measure.contributingUnits.length > 0 && (
          <div className={styles.fact}>
            <dt className={styles.term}>{cycle.contributors}:</dt>
            <dd className={styles.value} lang={DATA_LANGUAGE}>
              {measure.contributingUnits.join(', ')}
            </dd>
          </div>
        )}
        <div className={styles.fact}>
          <dt className={styles.term}>{t.deadline}:</dt>
          {/* Red for the eye only: the badge above already says «Over fristen», once. */}
          <dd className={mergeClasses(styles.value, overdue && styles.overdueValue)}>
            {measure.deadline ? formatNorwegianDate(measure.deadline) : t.noDeadline}
          </dd>
        </div>
      </dl>

      {deleted && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.deletedWhileEditing}</MessageBarBody>
        </MessageBar>
      )}
      {editorOpen ? (
        <Suspense fallback={<ReportText text={measure.statusReport} emptyText={t.unreported} />}>
          <MeasureEditor measure={measure} onClose={closeEditor} />
        </Suspense>
      ) : (
        <div>
          <ReportText text={measure.statusReport} emptyText={t.unreported} />
        </div>
      )}

      {measure.reportedBy && measure.reportedAt && (
        <p className={styles.reporter}>
          {t.reportedBy(measure.reportedBy, formatInstant(measure.reportedAt))}
        </p>
      )}

      <Suspense fallback={null}>
        <ReviewSection measure={measure} />
        <ContributionSection measure={measure} />
      </Suspense>

      <div className={styles.actions}>
        {canEdit && !editing && (
          <Button
            ref={reportButtonRef}
            appearance="primary"
            size="small"
            onClick={() => setEditing(true)}
            aria-label={t.reportFor(measure.title)}
          >
            {t.report}
          </Button>
        )}
        {measure.description.trim() !== '' && (
          <Button
            appearance="subtle"
            size="small"
            aria-expanded={showDescription}
            aria-controls={showDescription ? descriptionId : undefined}
            onClick={() => setShowDescription((open) => !open)}
          >
            {showDescription ? t.hideDescription : t.showDescription}
          </Button>
        )}
        <Button
          appearance="subtle"
          size="small"
          aria-expanded={showHistory}
          aria-controls={showHistory ? historyId : undefined}
          onClick={() => setShowHistory((open) => !open)}
        >
          {showHistory ? t.hideHistory : t.history}
        </Button>
      </div>

      {showDescription && (
        <div id={descriptionId} className={styles.panel}>
          <p className={styles.panelTitle}>{t.description}</p>
          <ReportText text={measure.description} emptyText="" />
        </div>
      )}
      {showHistory && (
        <div id={historyId} className={styles.panel}>
          <p className={styles.panelTitle}>{t.history}</p>
          <Suspense fallback={null}>
            <MeasureHistory measure={measure} />
            <ContributionHistory measure={measure} />
          </Suspense>
        </div>
      )}
    </article>
  );
});
