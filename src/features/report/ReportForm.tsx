import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { isStatus, MAX_REPORT_LENGTH, STATUSES, type ReportProblem } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { ConflictChoice } from './ConflictChoice';
import { usePlanSource } from '../shared/MeasuresProvider';
import { reportMessages, type ReportTexts } from './report-messages';
import { SaveStateLine } from './SaveStateLine';
import type { EditableItem, ReportEditor } from './editor-state';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  statuses: {
    flexWrap: 'wrap',
  },
  textarea: {
    width: '100%',
    // The report is the memo paragraph; room for a few lines without scrolling.
    minHeight: '120px',
  },
  hint: {
    display: 'flex',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
  },
  countOver: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  otherText: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontStyle: 'italic',
  },
  footer: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});

function describeProblem(problem: ReportProblem, t: ReportTexts): string {
  return problem.kind === 'too-long'
    ? t.tooLong(problem.length, problem.max)
    : t.reportRequired(t.statusNames[problem.status]);
}

export type ReportFormProps<T extends EditableItem> = {
  editor: ReportEditor<T>;
  /** The group's accessible name: which measure, and whose text. */
  label: string;
  /** The text field's label and hint: «Statusrapport», or a unit's «Innspill». */
  textLabel?: string;
  textHint?: string;
  onClose: () => void;
  /** The text field, for what inserts at the cursor (the contributions panel). */
  textRef?: RefObject<HTMLTextAreaElement | null>;
  /** Why a save was refused, in the words of this text (a report's by default). */
  describe?: (problem: ReportProblem) => string;
  /** Told where the user put the cursor in the text field. */
  onTextSelect?: (start: number, end: number) => void;
  /** Shown beside the text field: the units' contributions to compose from. */
  aside?: ReactNode;
};

/**
 * A status and a text edited in place: a measure's report, or a unit's contribution to it.
 * Validation, draft, save state and the conflict choice come from the editor given.
 */
export function ReportForm<T extends EditableItem>({
  editor,
  label,
  textLabel,
  textHint,
  onClose,
  textRef,
  describe,
  onTextSelect,
  aside,
}: ReportFormProps<T>) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const { listTitle } = usePlanSource();
  const statusRef = useRef<HTMLDivElement>(null);

  // Opening the editor moves focus into it: to the chosen status, the first field.
  useEffect(() => {
    statusRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  // Escape closes the editor like "Lukk": the draft stays kept. Not while a save is under way,
  // and not when a Fluent popup inside (a tooltip) took the key first.
  const onEditorKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || editor.busy) return;
    event.preventDefault();
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      editor.save();
    }
  };

  const length = editor.values.statusReport.length;
  const overLimit = length > MAX_REPORT_LENGTH;
  const problemText = editor.problem
    ? (describe ?? ((problem) => describeProblem(problem, t)))(editor.problem)
    : undefined;

  if (editor.phase.kind === 'conflict') {
    return (
      <div className={styles.root} role="group" aria-label={label} onKeyDown={onEditorKeyDown}>
        <ConflictChoice
          mine={editor.values}
          current={editor.phase.current}
          onKeepMine={editor.keepMine}
          onTakeTheirs={editor.takeTheirs}
          onEditFurther={editor.editFurther}
        />
      </div>
    );
  }

  const unsaved = editor.hasDraft || editor.phase.kind === 'failed';
  return (
    <div className={styles.root} role="group" aria-label={label} onKeyDown={onEditorKeyDown}>
      {editor.otherTab && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.otherTabTitle}</MessageBarTitle> {t.otherTabText}
            <p className={styles.otherText}>{editor.otherTab.statusReport}</p>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={editor.takeOtherTab}>{t.useOtherTab}</Button>
            <Button onClick={editor.keepThisTab}>{t.keepThisTab}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Field label={t.statusLabel}>
        <RadioGroup
          ref={statusRef}
          className={styles.statuses}
          layout="horizontal"
          value={editor.values.status}
          onChange={(_, data) => {
            if (isStatus(data.value)) editor.setStatus(data.value);
          }}
        >
          {STATUSES.map((status) => (
            <Radio key={status} value={status} label={t.statusNames[status]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={textLabel ?? t.reportLabel}
        hint={
          <span className={styles.hint}>
            <span>{textHint ?? t.reportHint}</span>
            <span className={overLimit ? styles.countOver : undefined}>
              {t.characterCount(length, MAX_REPORT_LENGTH)}
            </span>
          </span>
        }
        validationState={problemText || overLimit ? 'error' : 'none'}
        validationMessage={problemText}
      >
        <Textarea
          ref={textRef}
          className={styles.textarea}
          resize="vertical"
          rows={5}
          lang={DATA_LANGUAGE}
          value={editor.values.statusReport}
          onChange={(_, data) => editor.setStatusReport(data.value)}
          onKeyDown={onKeyDown}
          onSelect={(event) =>
            onTextSelect?.(event.currentTarget.selectionStart, event.currentTarget.selectionEnd)
          }
        />
      </Field>
      {aside}
      <div className={styles.footer}>
        <Button
          appearance="primary"
          onClick={editor.save}
          disabledFocusable={editor.busy}
          aria-keyshortcuts="Control+Enter"
        >
          {t.save}
        </Button>
        {unsaved ? (
          <Button
            onClick={() => {
              editor.discard();
              onClose();
            }}
            disabledFocusable={editor.busy}
          >
            {t.discard}
          </Button>
        ) : (
          <Button onClick={onClose} disabledFocusable={editor.busy}>
            {t.close}
          </Button>
        )}
        <SaveStateLine phase={editor.phase} listTitle={listTitle} onRetry={editor.save} />
      </div>
    </div>
  );
}
