import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useMessages } from '../shared/i18n';
import { errorMessages } from './error-messages';
import { reportMessages } from './report-messages';
import { useFormatInstant } from './use-format-instant';
import type { EditableItem, EditorPhase } from './editor-state';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minHeight: '32px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  state: {
    display: 'inline-flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  saved: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  waiting: { fontWeight: tokens.fontWeightSemibold },
});

/** Where the save stands, announced politely to screen readers; a retry when it failed. */
export function SaveStateLine({
  phase,
  listTitle,
  onRetry,
}: {
  phase: EditorPhase<EditableItem>;
  listTitle: string;
  onRetry: () => void;
}) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const errors = useMessages(errorMessages);
  const formatInstant = useFormatInstant();

  return (
    <div className={styles.line}>
      <span role="status" className={styles.state}>
        {phase.kind === 'editing' && t.stateUnsaved}
        {phase.kind === 'saving' && (
          <>
            <Spinner size="extra-tiny" aria-hidden />
            {t.stateSaving}
          </>
        )}
        {phase.kind === 'waiting' && (
          <>
            <Spinner size="extra-tiny" aria-hidden />
            <span className={styles.waiting}>
              {phase.seconds > 0 ? t.stateWaiting(phase.seconds) : t.stateWaitingNow}
            </span>
          </>
        )}
        {phase.kind === 'saved' && (
          <span className={styles.saved}>{t.stateSaved(formatInstant(phase.at))}</span>
        )}
        {phase.kind === 'failed' && (
          <>
            <span className={styles.failed}>{t.stateNotSaved}</span>
            {phase.error && <span>{errors.describe(phase.error, listTitle)}</span>}
            <span>{t.stateDraftRestored}</span>
          </>
        )}
      </span>
      {phase.kind === 'failed' && (
        <Button size="small" appearance="secondary" onClick={onRetry}>
          {t.retry}
        </Button>
      )}
    </div>
  );
}
