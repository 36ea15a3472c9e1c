import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import {
  DEFAULT_VIEW,
  filterMeasures,
  sortMeasures,
  type Measure,
  type MeasureView,
} from '../../domain';
import { useToday } from '../shared/use-today';
import { useMessages } from '../shared/i18n';
import { useCurrentUser } from '../shared/services';
import { errorMessages } from './error-messages';
import { MeasureRows } from './MeasureRows';
import { planRows } from './plan-rows';
import { useMeasures, usePlanActions, usePlanSource } from '../shared/MeasuresProvider';
import { reportMessages } from './report-messages';
import { cycleMessages } from './cycle-messages';
import { planGroups } from './plan-groups';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  shown: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

// Kept per measures array (which keeps its identity until something changes): acting as someone
// else mounts a new PlanView, and sorting 5,000 measures again would be most of that switch.
const planOrders = new WeakMap<readonly Measure[], readonly Measure[]>();
function inPlanOrder(measures: readonly Measure[]): readonly Measure[] {
  let ordered = planOrders.get(measures);
  if (!ordered) {
    ordered = sortMeasures(measures);
    planOrders.set(measures, ordered);
  }
  return ordered;
}

export type PlanViewProps = {
  /** Filters, search, grouping and sorting chosen by the user; the plan as it is without. */
  view?: MeasureView;
  /**
   * A measure to show first (a deep link's sub-entity, or `?measure=`): scrolled to, expanded,
   * focused, its editor open when it is the user's own.
   */
  linkedMeasureId?: string | null;
  /** Called once the linked measure is shown, so that it is not opened again later. */
  onLinkedShown?: () => void;
};

/**
 * The follow-up plan. A unit sees its returned reports and its own measures first and reports on
 * them in place, then the measures it contributes to; the other units' measures follow,
 * read-only. The caseworker composes every measure's paragraph; a manager reads and reviews.
 */
export function PlanView({
  view = DEFAULT_VIEW,
  linkedMeasureId = null,
  onLinkedShown,
}: PlanViewProps) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const errors = useMessages(errorMessages);
  const cycle = useMessages(cycleMessages);
  const user = useCurrentUser();
  const { listTitle } = usePlanSource();
  const { phase, measures, error, refresh, deleted, complete } = useMeasures();
  const today = useToday();
  const linkedFound = linkedMeasureId !== null && measures.some((m) => m.id === linkedMeasureId);
  const [editing, setEditing] = useState<ReadonlySet<string>>(() => new Set());
  const { markEditing, dismissDeleted } = usePlanActions();
  const onEditingChange = useCallback(
    (id: string, open: boolean) => {
      markEditing(id, open);
      // A measure deleted while it was edited goes once its editor is closed.
      if (!open) dismissDeleted(id);
      setEditing((current) => {
        if (current.has(id) === open) return current;
        const next = new Set(current);
        if (open) next.add(id);
        else next.delete(id);
        return next;
      });
    },
    [markEditing, dismissDeleted],
  );

  // A deep link shows its measure whatever the filters say.
  const shown = useMemo(() => {
    const filtered = filterMeasures(measures, view, today);
    if (linkedMeasureId === null || filtered === measures) return filtered;
    const linked = measures.find((m) => m.id === linkedMeasureId);
    return linked && !filtered.includes(linked) ? [...filtered, linked] : filtered;
  }, [measures, view, today, linkedMeasureId]);
  // In plan order once, before the measures are parted into groups: each group is then sorted
  // already, which is what sorting costs least (5,000 measures, each view switch).
  const ordered = useMemo(() => inPlanOrder(shown), [shown]);
  // Returned reports first, then the unit's own, those it contributes to, and the rest.
  const rows = useMemo(
    () => planRows(planGroups(ordered, user, { ...t, ...cycle }), view),
    [ordered, user, view, t, cycle],
  );

  if (phase === 'loading') {
    return <Spinner label={t.loading} />;
  }
  if (phase === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {t.loadFailed} {error ? errors.describe(error, listTitle) : ''}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void refresh()}>{t.tryAgain}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  return (
    <div className={styles.root}>
      {error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.refreshFailed} {errors.describe(error, listTitle)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void refresh()}>{t.tryAgain}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {linkedMeasureId !== null && !linkedFound && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.linkedNotFound(listTitle)}</MessageBarBody>
        </MessageBar>
      )}
      {measures.length === 0 && <p>{t.noMeasures}</p>}
      {measures.length > 0 && (
        <p className={styles.shown} role="status">
          {complete ? t.shownCount(shown.length, measures.length) : t.loadingMore(measures.length)}
        </p>
      )}
      <MeasureRows
        rows={rows}
        today={today}
        linkedId={linkedMeasureId}
        onLinkedShown={onLinkedShown}
        editing={editing}
        onEditingChange={onEditingChange}
        deleted={deleted}
      />
    </div>
  );
}
