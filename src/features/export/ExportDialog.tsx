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
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Measure } from '../../domain';
import { groupBySection, isUnreported, sortMeasures } from '../../domain';
import { defaultMemoSettings, type MemoLanguage } from '../../memo/memo-settings';
import { buildNotatModel } from '../../memo/notat-model';
import { useMessages } from '../shared/i18n';
import { useCurrentUser } from '../shared/services';
import { ApprovedOnlyChoice } from './ApprovedOnlyChoice';
import { exportMessages } from './export-messages';
import { ExportStatus } from './ExportStatus';
import type { MemoForm } from './memo-form';
import { formFromSettings, settingsFromForm, validateMemoForm } from './memo-form';
import { MemoFields } from './MemoFields';
import { MemoPreview } from './MemoPreview';
import { MemoSaveStatus } from './MemoSaveStatus';
import { UnreportedNotice } from './UnreportedNotice';
import { usePlanMemo } from './use-plan-memo';
import type { ExportTarget } from './use-memo-export';
import { useMemoExport } from './use-memo-export';

const useStyles = makeStyles({
  surface: { maxWidth: '1280px', width: '100%' },
  content: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.1fr)',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXXL,
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  fields: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    minWidth: 0,
  },
  // The preview stays in view while the fields beside it scroll.
  preview: {
    position: 'sticky',
    top: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  previewTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
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
  /** The plan's date from the plans list, for the default texts («oppfølgingsplanen av …»). */
  planDate?: string | null;
};

/** The texts the "reset" button writes back from the plan; the header fields stay as typed. */
const TEXT_FIELDS = ['subject', 'introduction', 'closing', 'sectionIntroductions'] as const;
/** The default texts that follow the memo's written standard while nobody has changed them. */
const DEFAULT_TEXTS = ['subject', 'introduction', 'closing'] as const;

/**
 * "Eksporter notat": the caseworker fills in the memo's header and texts, sees which measures
 * have no report, and downloads the notat or saves it in the team's document library.
 */
export function ExportDialog({
  open,
  onClose,
  caseNumber,
  measures,
  planDate = null,
}: ExportDialogProps) {
  const styles = useStyles();
  const t = useMessages(exportMessages);
  const user = useCurrentUser();
  const defaultsIn = useMemo(() => {
    const today = new Date();
    return (language: MemoLanguage) =>
      defaultMemoSettings({
        caseNumber,
        measures,
        userName: user.displayName,
        today,
        language,
        planDate,
      });
  }, [caseNumber, measures, user.displayName, planDate]);
  const defaultSettings = useMemo(() => defaultsIn('nb'), [defaultsIn]);
  const memo = usePlanMemo({ open, caseNumber, defaultSettings });
  const form = memo.form;
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
  // Not disabled while the plan's memo is read (a moment): greyed-out buttons flicker and fail
  // contrast checks; pressed then, they wait for the memo instead (below).
  const busy = exporter.busy;
  const loading = memo.phase === 'loading';

  const problems = validateMemoForm(form, caseNumber);
  const hasProblems = Object.keys(problems).length > 0;
  const sections = useMemo(() => groupBySection(measures).map((g) => g.section), [measures]);
  const unreported = useMemo(() => sortMeasures(measures.filter(isUnreported)), [measures]);
  const approved = useMemo(
    () => measures.filter((m) => m.reviewState === 'Godkjent').length,
    [measures],
  );

  // Rendered from what was typed a moment ago: a plan of thousands of measures keeps typing smooth.
  const shown = useDeferredValue(form);
  const model = useMemo(
    () => buildNotatModel({ measures, settings: settingsFromForm(shown, caseNumber) }),
    [measures, shown, caseNumber],
  );
  const notApproved = useMemo(
    () => model.leftOut.filter((l) => l.reason === 'not-approved').map((l) => l.measure),
    [model],
  );

  const change = (patch: Partial<MemoForm>) => {
    const language = patch.language;
    if (language === undefined || language === form.language) {
      memo.change(patch);
      return;
    }
    // A default text nobody has changed follows the new standard; a text the caseworker wrote stays.
    const before = formFromSettings(defaultsIn(form.language), caseNumber);
    const after = formFromSettings(defaultsIn(language), caseNumber);
    const texts = DEFAULT_TEXTS.filter((key) => form[key] === before[key]);
    memo.change({ ...patch, ...Object.fromEntries(texts.map((key) => [key, after[key]])) });
  };
  const resetTexts = () => {
    if (loading) return;
    const defaults = formFromSettings(defaultsIn(form.language), caseNumber);
    memo.change(Object.fromEntries(TEXT_FIELDS.map((key) => [key, defaults[key]])));
  };

  const exportAs = (target: ExportTarget) => {
    if (loading) return;
    setShowProblems(true);
    if (hasProblems) {
      setRefusedAttempts((n) => n + 1);
      return;
    }
    // Saved on the plan before the export runs: whatever happens to the file, the values are kept.
    void memo.flush();
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
            <div className={styles.fields}>
              <p className={styles.intro}>{t.intro}</p>
              {memo.phase === 'loading' ? (
                <Spinner size="small" labelPosition="after" label={t.loading} />
              ) : (
                <>
                  <MemoSaveStatus
                    mine={form}
                    notices={memo.notices}
                    save={memo.save}
                    onRetry={memo.retry}
                    onTakeTheirs={memo.takeTheirs}
                    onKeepMine={memo.keepMine}
                    t={t}
                  />
                  <UnreportedNotice
                    unreported={unreported}
                    include={form.includeUnreported}
                    onIncludeChange={(includeUnreported) => change({ includeUnreported })}
                    disabled={busy}
                    t={t}
                  />
                  <ApprovedOnlyChoice
                    checked={form.approvedOnly}
                    onChange={(approvedOnly) => change({ approvedOnly })}
                    approved={approved}
                    total={measures.length}
                    leftOut={notApproved}
                    disabled={busy}
                    t={t}
                  />
                  <MemoFields
                    form={form}
                    onChange={change}
                    problems={showProblems ? problems : {}}
                    planCaseNumber={caseNumber.trim()}
                    sections={sections}
                    disabled={busy}
                    t={t}
                  />
                </>
              )}
            </div>
            {memo.phase === 'ready' && (
              <section className={styles.preview} aria-labelledby="memo-preview-title">
                <h3 id="memo-preview-title" className={styles.previewTitle}>
                  {t.preview}
                </h3>
                <p className={styles.intro}>{t.previewHint}</p>
                <MemoPreview model={model} label={t.preview} moreLabel={t.previewMore} />
              </section>
            )}
          </DialogContent>
          <DialogActions position="start">
            <Button appearance="subtle" disabled={busy} onClick={resetTexts}>
              {t.reset}
            </Button>
          </DialogActions>
          <DialogActions position="end">
            <Button appearance="primary" disabled={busy} onClick={() => exportAs('download')}>
              {t.download}
            </Button>
            <Button disabled={busy} onClick={() => exportAs('sharepoint')}>
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
