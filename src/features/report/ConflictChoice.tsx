import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { Measure, StatusUpdate } from '../../domain';
import { useMessages } from '../shared/i18n';
import { reportMessages } from './report-messages';
import { ReportText } from './ReportText';
import { StatusBadge } from './StatusBadge';
import { useFormatInstant } from './use-format-instant';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  version: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  mine: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  label: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * Someone saved first (412): both versions side by side, and the user decides. Nothing is
 * overwritten until "keep mine" is chosen.
 */
export function ConflictChoice({
  mine,
  current,
  onKeepMine,
  onTakeTheirs,
  onEditFurther,
}: {
  mine: StatusUpdate;
  /** The version saved meanwhile: a measure, or a unit's contribution. */
  current: Pick<
    Measure,
    'status' | 'statusReport' | 'reportedBy' | 'reportedAt' | 'modifiedBy' | 'modifiedAt'
  >;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onEditFurther: () => void;
}) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const formatInstant = useFormatInstant();
  const mineId = useId();
  const theirsId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  // Keyboard and screen reader users land on the choice instead of a form that has gone away.
  useEffect(() => {
    rootRef.current?.focus();
  }, []);

  const who = current.reportedBy || current.modifiedBy;
  const when = current.reportedAt ?? current.modifiedAt;
  const theirsLabel =
    who && when ? t.conflictTheirs(who, formatInstant(when)) : t.conflictTheirsUnknown;

  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      role="group"
      aria-label={t.conflictChoice}
      className={styles.root}
    >
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.conflictTitle}</MessageBarTitle>
          {t.conflictIntro}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.columns}>
        <section aria-labelledby={mineId} className={mergeClasses(styles.version, styles.mine)}>
          <p id={mineId} className={styles.label}>
            {t.conflictMine}
          </p>
          <div>
            <StatusBadge status={mine.status} />
          </div>
          <ReportText text={mine.statusReport} emptyText={t.emptyReport} />
        </section>
        <section aria-labelledby={theirsId} className={styles.version}>
          <p id={theirsId} className={styles.label}>
            {theirsLabel}
          </p>
          <div>
            <StatusBadge status={current.status} />
          </div>
          <ReportText text={current.statusReport} emptyText={t.emptyReport} />
        </section>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onKeepMine}>
          {t.keepMine}
        </Button>
        <Button onClick={onTakeTheirs}>{t.takeTheirs}</Button>
        <Button onClick={onEditFurther}>{t.editFurther}</Button>
      </div>
    </div>
  );
}
