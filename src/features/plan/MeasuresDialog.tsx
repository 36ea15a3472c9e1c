import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  defaultDates,
  formatNorwegianDate,
  KNOWN_UNITS,
  planUnits,
  type Measure,
} from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { useMeasures } from '../shared/MeasuresProvider';
import { formOf, newMeasureForm } from './measure-form';
import { MeasureEditPanel } from './MeasureEditPanel';
import { planMessages } from './plan-messages';
import { useMeasureWrite } from './use-measure-write';
import { usePlanItem } from './use-plan-item';

const useStyles = makeStyles({
  surface: { width: 'min(980px, calc(100vw - 32px))', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  order: { width: '96px' },
  unit: { width: '170px' },
  deadline: { width: '170px' },
  actionsCell: { width: '160px' },
  title: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  toolbar: { display: 'flex', justifyContent: 'flex-start' },
  confirm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Mode =
  | { kind: 'list' }
  | { kind: 'edit'; measure: Measure }
  | { kind: 'add' }
  | { kind: 'remove'; measure: Measure };

/** Removing one measure, after a confirmation; a change since it was read is shown first. */
function RemoveMeasure({
  measure,
  onRemoved,
  onCancel,
}: {
  measure: Measure;
  onRemoved: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const t = useMessages(planMessages);
  const write = useMeasureWrite();
  const current = write.state.kind === 'conflict' ? write.state.current : measure;
  const remove = async () => {
    if (await write.remove(current.id, current.etag)) onRemoved();
  };
  if (write.state.kind === 'gone') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t.goneTitle}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRemoved}>{t.close}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <section aria-label={t.removeConfirmTitle} className={styles.confirm}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.removeConfirmTitle}</MessageBarTitle>{' '}
          <span lang={DATA_LANGUAGE}>{t.removeConfirm(current.title)}</span>
          {write.state.kind === 'conflict' && <> {t.removeConflict}</>}
          {write.state.kind === 'failed' && (
            <>
              {' '}
              {t.saveFailed} {t.problem[write.state.error.kind]}
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={write.state.kind === 'busy'}
          onClick={() => void remove()}
        >
          {write.state.kind === 'conflict' ? t.removeAnyway : t.removeConfirmButton}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </section>
  );
}

/** The caseworker's list of the plan's measures: add one, change one, remove one. */
export function MeasuresDialog({
  caseNumber,
  open,
  onClose,
}: {
  caseNumber: string;
  open: boolean;
  onClose: () => void;
}) {
  const styles = useStyles();
  const t = useMessages(planMessages);
  const { measures } = useMeasures();
  const plan = usePlanItem(caseNumber);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [notice, setNotice] = useState<string | null>(null);
  const sorted = useMemo(
    () =>
      [...measures].sort(
        (a, b) => a.section.localeCompare(b.section, 'nb') || a.sortOrder - b.sortOrder,
      ),
    [measures],
  );
  const units = useMemo(
    () =>
      [...new Set([...KNOWN_UNITS, ...planUnits(measures)])].sort((a, b) =>
        a.localeCompare(b, 'nb'),
      ),
    [measures],
  );
  const planDeadline = plan ? defaultDates(plan.deadlineRule, plan.planDate).measureDeadline : null;
  const back = (message: string | null) => {
    setNotice(message);
    setMode({ kind: 'list' });
  };
  const date = (value: string | null) => (value ? formatNorwegianDate(value) : t.none);

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t.manageHeading(caseNumber)}</DialogTitle>
          <DialogContent className={styles.content}>
            {mode.kind === 'edit' || mode.kind === 'add' ? (
              <MeasureEditPanel
                key={mode.kind === 'edit' ? mode.measure.id : 'new'}
                original={mode.kind === 'edit' ? mode.measure : null}
                initial={
                  mode.kind === 'edit'
                    ? formOf(mode.measure)
                    : newMeasureForm(measures, {
                        deadline: planDeadline ?? '',
                        section: 'Departementets oppfølging',
                      })
                }
                caseNumber={caseNumber}
                planDate={plan?.planDate ?? null}
                units={units}
                onDone={(saved) => back(t.saved(saved.title))}
                onCancel={() => back(null)}
              />
            ) : (
              <>
                <p>{t.manageIntro}</p>
                <div aria-live="polite">
                  {notice && (
                    <MessageBar intent="success">
                      <MessageBarBody lang={DATA_LANGUAGE}>{notice}</MessageBarBody>
                    </MessageBar>
                  )}
                </div>
                {mode.kind === 'remove' && (
                  <RemoveMeasure
                    measure={mode.measure}
                    onRemoved={() => back(t.removed(mode.measure.title))}
                    onCancel={() => back(null)}
                  />
                )}
                <div className={styles.toolbar}>
                  <Button appearance="primary" onClick={() => setMode({ kind: 'add' })}>
                    {t.addMeasure}
                  </Button>
                </div>
                <Table aria-label={t.manageHeading(caseNumber)} size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell className={styles.order}>{t.order}</TableHeaderCell>
                      <TableHeaderCell>{t.measureTitle}</TableHeaderCell>
                      <TableHeaderCell className={styles.unit}>{t.leadUnit}</TableHeaderCell>
                      <TableHeaderCell className={styles.deadline}>{t.deadline}</TableHeaderCell>
                      <TableHeaderCell className={styles.actionsCell}>
                        {t.actionsHeader}
                      </TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {sorted.map((measure) => (
                      <TableRow key={measure.id}>
                        <TableCell>{measure.sortOrder}</TableCell>
                        <TableCell className={styles.title} lang={DATA_LANGUAGE}>
                          {measure.title}
                        </TableCell>
                        <TableCell className={styles.title} lang={DATA_LANGUAGE}>
                          {measure.responsibleUnit}
                        </TableCell>
                        <TableCell>
                          {measure.revisedDeadline
                            ? t.revisedFrom(date(measure.revisedDeadline), date(measure.deadline))
                            : date(measure.deadline)}
                        </TableCell>
                        <TableCell>
                          <div className={styles.actions}>
                            <Button
                              size="small"
                              aria-label={`${t.edit}: ${measure.title}`}
                              onClick={() => setMode({ kind: 'edit', measure })}
                            >
                              {t.edit}
                            </Button>
                            <Button
                              size="small"
                              aria-label={`${t.remove}: ${measure.title}`}
                              onClick={() => setMode({ kind: 'remove', measure })}
                            >
                              {t.remove}
                            </Button>
                          </div>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t.close}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
