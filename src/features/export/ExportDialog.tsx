import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Measure } from '../../domain';
import { groupBySection, isUnreported, sortMeasures } from '../../domain';
import { defaultMemoSettings } from '../../memo/memo-settings';
import { useMessages } from '../shared/i18n';
import { useCurrentUser } from '../shared/services';
import { exportMessages } from './export-messages';
import { ExportStatus } from './ExportStatus';
import type { MemoForm } from './memo-form';
import { formFromSettings, settingsFromForm, validateMemoForm } from './memo-form';
import { MemoFields } from './MemoFields';
import { useOwnerScope } from '../shared';
import { loadRememberedForm, rememberForm } from './remembered-form';
import { UnreportedNotice } from './UnreportedNotice';
import type { ExportTarget } from './use-memo-export';
import { useMemoExport } from './use-memo-export';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  // Below the buttons, outside the scrolling content: the outcome is seen wherever the form is
  // scrolled to. DialogBody's grid puts title, content and actions in rows 1–3.
  status: {
    gridRowStart: 4,
    gridColumnStart: 1,
    gridColumnEnd: 4,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    ':empty': { display: 'none' },
  },
});

export type ExportDialogProps = {
  open: boolean;
  onClose: () => void;
  /** The plan's CaseNumber, e.g. `11/10298`; the caseworker adds the document number. */
  caseNumber: string;
  measures: Measure[];
};

/** The texts the "reset" button writes back from the plan; the header fields stay as typed. */
const TEXT_FIELDS = ['subject', 'introduction', 'closing', 'sectionIntroductions'] as const;

/**
 * "Eksporter notat": the caseworker fills in the memo's header and texts, sees which measures
 * have no report, and downloads the notat or saves it in the team's document library.
 */
export function ExportDialog({ open, onClose, caseNumber, measures }: ExportDialogProps) {
  const styles = useStyles();
  const t = useMessages(exportMessages);
  const user = useCurrentUser();
  const defaults = useMemo(
    () =>
      formFromSettings(
        defaultMemoSettings({
          caseNumber,
          measures,
          userName: user.displayName,
          today: new Date(),
        }),
        caseNumber,
      ),
    [caseNumber, measures, user.displayName],
  );
  const owner = useOwnerScope();
  const [form, setForm] = useState<MemoForm>(() => loadRememberedForm(owner, caseNumber, defaults));
  const [showProblems, setShowProblems] = useState(false);
  const [refusedAttempts, setRefusedAttempts] = useState(0);
  const contentRef = useRef<HTMLDivElement>(null);
  // A refused export takes the caseworker to the first field that stops it.
  useEffect(() => {
    if (refusedAttempts > 0) {
      contentRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [refusedAttempts]);
  const exporter = useMemoExport(measures);

  const problems = validateMemoForm(form, caseNumber);
  const hasProblems = Object.keys(problems).length > 0;
  const sections = useMemo(() => groupBySection(measures).map((g) => g.section), [measures]);
  const unreported = useMemo(() => sortMeasures(measures.filter(isUnreported)), [measures]);

  const change = (patch: Partial<MemoForm>) => setForm((current) => ({ ...current, ...patch }));
  const resetTexts = () =>
    setForm((current) => ({
      ...current,
      ...Object.fromEntries(TEXT_FIELDS.map((key) => [key, defaults[key]])),
    }));

  const exportAs = (target: ExportTarget) => {
    setShowProblems(true);
    if (hasProblems) {
      setRefusedAttempts((n) => n + 1);
      return;
    }
    // Remembered before the export runs: whatever happens to the file, the values are kept.
    rememberForm(owner, caseNumber, form);
    const settings = settingsFromForm(form, caseNumber);
    void (target === 'download'
      ? exporter.download(settings)
      : exporter.saveToSharePoint(settings));
  };

  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogContent className={styles.content} ref={contentRef}>
            <p className={styles.intro}>{t.intro}</p>
            <UnreportedNotice
              unreported={unreported}
              include={form.includeUnreported}
              onIncludeChange={(includeUnreported) => change({ includeUnreported })}
              disabled={exporter.busy}
              t={t}
            />
            <MemoFields
              form={form}
              onChange={change}
              problems={showProblems ? problems : {}}
              planCaseNumber={caseNumber.trim()}
              sections={sections}
              disabled={exporter.busy}
              t={t}
            />
          </DialogContent>
          <DialogActions position="start">
            <Button appearance="subtle" disabled={exporter.busy} onClick={resetTexts}>
              {t.reset}
            </Button>
          </DialogActions>
          <DialogActions position="end">
            <Button
              appearance="primary"
              disabled={exporter.busy}
              onClick={() => exportAs('download')}
            >
              {t.download}
            </Button>
            <Button disabled={exporter.busy} onClick={() => exportAs('sharepoint')}>
              {t.saveToSharePoint}
            </Button>
            <DialogTrigger disableButtonEnhancement action="close">
              <Button appearance="secondary">{t.close}</Button>
            </DialogTrigger>
          </DialogActions>
          <div className={styles.status} role="status" aria-live="polite">
            {showProblems && hasProblems && (
              <MessageBar intent="error">
                <MessageBarBody>{t.fixProblems}</MessageBarBody>
              </MessageBar>
            )}
            <ExportStatus
              state={exporter.state}
              t={t}
              choices={{
                replace: () => void exporter.replace(),
                saveAsNew: () => void exporter.saveAsNew(),
                cancel: exporter.cancelSave,
              }}
            />
          </div>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
