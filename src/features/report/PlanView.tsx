import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId } from 'react';
import { groupBySection, type Measure } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { useCurrentUser } from '../shared/services';
import { errorMessages } from './error-messages';
import { MeasureItem } from './MeasureItem';
import { useMeasures, usePlanSource } from '../shared/MeasuresProvider';
import { reportMessages } from './report-messages';
import { cycleMessages } from './cycle-messages';
import { planGroups } from './plan-groups';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  groupHeading: {
    margin: 0,
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  count: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  sectionHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
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
});

type GroupProps = {
  heading: string;
  measures: readonly Measure[];
  editable: boolean;
  today: Date;
  linkedId: string | null;
};

/** A heading ("Dine tiltak", …) over the measures grouped by plan section, in plan order. */
function MeasureGroup({ heading, measures, editable, today, linkedId }: GroupProps) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.group}>
      <h2 id={headingId} className={styles.groupHeading}>
        {heading}
        <span className={styles.count}>{t.measureCount(measures.length)}</span>
      </h2>
      {groupBySection(measures).map((group) => (
        <section
          key={group.section}
          aria-label={`${heading}: ${group.section}`}
          className={styles.section}
        >
          <h3 className={styles.sectionHeading} lang={DATA_LANGUAGE}>
            {group.section}
          </h3>
          <ul className={styles.list}>
            {group.measures.map((measure) => (
              <li key={measure.id}>
                <MeasureItem
                  measure={measure}
                  canEdit={editable}
                  today={today}
                  linked={measure.id === linkedId}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

export type PlanViewProps = {
  /**
   * A measure to show first (a deep link's sub-entity, or `?measure=`): scrolled to, expanded,
   * focused, its editor open when it is the user's own.
   */
  linkedMeasureId?: string | null;
  /** Called once the linked measure is shown, so that it is not opened again later. */
  onLinkedShown?: () => void;
};

/**
 * The follow-up plan. A unit sees its own measures first and reports on them in place; the other
 * units' measures follow, read-only. The caseworker reads them all.
 */
export function PlanView({ linkedMeasureId = null, onLinkedShown }: PlanViewProps) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const errors = useMessages(errorMessages);
  const cycle = useMessages(cycleMessages);
  const user = useCurrentUser();
  const { listTitle } = usePlanSource();
  const { phase, measures, error, refresh } = useMeasures();
  const today = new Date();
  const linkedFound = linkedMeasureId !== null && measures.some((m) => m.id === linkedMeasureId);

  // The items open the linked measure when they mount (this runs after their effects).
  useEffect(() => {
    if (linkedFound) onLinkedShown?.();
  }, [linkedFound, onLinkedShown]);

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

  const groups = planGroups(measures, user, { ...t, ...cycle });

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
      {groups.map((group) => (
        <MeasureGroup key={group.heading} {...group} today={today} linkedId={linkedMeasureId} />
      ))}
    </div>
  );
}
