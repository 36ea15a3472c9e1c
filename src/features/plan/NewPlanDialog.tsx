import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { KNOWN_UNITS, planUnits, UNIT_ALIASES } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import {
  useMeasures,
  usePlanChoice,
  usePlanSource,
  usePlanStorage,
} from '../shared/MeasuresProvider';
import { readPlanDraft, writePlanDraft } from './plan-draft';
import { emptyPlanForm, planFormProblems, toNewPlan, type PlanFormValues } from './plan-form';
import { planMessages, type PlanTexts } from './plan-messages';
import { PlanFields } from './PlanFields';
import { PreviewList } from './PreviewList';
import { readRows, toNewMeasures, viewRow, type RowChanges } from './preview-rows';
import { useNewPlan, type NewPlanState } from './use-new-plan';

/** The memo section most of a plan's measures belong to (the 2012 memo's first). */
const DEFAULT_SECTION = 'Departementets oppfølging';

const useStyles = makeStyles({
  surface: { width: 'min(980px, calc(100vw - 32px))', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  paste: { minHeight: '160px' },
  section: { maxWidth: '360px' },
  failures: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

function Outcome({
  state,
  t,
  onRetry,
  onAddToExisting,
}: {
  state: NewPlanState;
  t: PlanTexts;
  onRetry: () => void;
  onAddToExisting: () => void;
}) {
  const styles = useStyles();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'saving':
      return (
        <Spinner size="small" labelPosition="after" label={t.creating(state.done, state.total)} />
      );
    case 'taken':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.caseNumberTaken(state.caseNumber)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onAddToExisting}>{t.useExisting}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'plan-failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.planSaveFailed}</MessageBarTitle> {t.problem[state.error.kind]}{' '}
            {t.draftKept}
          </MessageBarBody>
        </MessageBar>
      );
    case 'import-failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.createdPlan(state.plan.title)}</MessageBarTitle>{' '}
            {t.problem[state.error.kind]} {t.draftKept}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRetry}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'imported': {
      const { created, skipped, failed } = state.outcome;
      return (
        <MessageBar intent={failed.length === 0 ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.createdPlan(state.plan.title)}</MessageBarTitle>{' '}
            {t.importDone(created.length, skipped.length)}
            {failed.length > 0 && (
              <>
                {' '}
                {t.importFailed(failed.length)}
                <ul className={styles.failures} lang={DATA_LANGUAGE}>
                  {failed.map((failure) => (
                    <li key={failure.index}>
                      {t.failedRow(failure.measure.title, failure.message)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
          {failed.length > 0 && (
            <MessageBarActions>
              <Button onClick={onRetry}>{t.retry}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      );
    }
  }
}

/**
 * The caseworker makes a plan: its fields, then the measures pasted as they stand in the plan
 * document, checked row by row in a preview, then created. What is typed is kept in the browser
 * until every measure is created.
 */
export function NewPlanDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const t = useMessages(planMessages);
  const { listKey } = usePlanSource();
  const storage = usePlanStorage();
  const { measures, refresh } = useMeasures();
  const choice = usePlanChoice();
  const [draft] = useState(() => readPlanDraft(storage, listKey));
  const [form, setForm] = useState<PlanFormValues>(draft?.form ?? emptyPlanForm(''));
  const [text, setText] = useState(draft?.text ?? '');
  const [section, setSection] = useState(draft?.section ?? DEFAULT_SECTION);
  const [changes, setChanges] = useState(() => new Map<string, RowChanges>(draft?.changes ?? []));
  const [tried, setTried] = useState(false);
  const flow = useNewPlan((caseNumber) => {
    choice.choose(caseNumber);
    void refresh();
  });
  const outcomeRef = useRef<HTMLDivElement>(null);
  // What happened is shown below the preview: brought into view, so it is seen.
  useEffect(() => {
    if (flow.state.kind !== 'idle') outcomeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [flow.state.kind]);
  const previewId = useId();
  const pasteId = useId();

  const units = useMemo(
    () =>
      [...new Set([...KNOWN_UNITS, ...planUnits(measures), form.coordinator.trim()])]
        .filter((unit) => unit !== '')
        .sort((a, b) => a.localeCompare(b, 'nb')),
    [measures, form.coordinator],
  );
  const rows = useMemo(
    () =>
      readRows(
        text,
        { units, aliases: UNIT_ALIASES, fallbackUnit: form.coordinator.trim() },
        changes,
      ),
    [text, units, form.coordinator, changes],
  );
  const views = useMemo(
    () => rows.map((row) => viewRow(row, { section, deadline: form.measureDeadline })),
    [rows, section, form.measureDeadline],
  );
  const included = views.filter((view) => view.include);
  const blocked = views.filter((view) => view.blocked);
  const taken = choice.plans.map((plan) => plan.caseNumber);
  const formProblems = planFormProblems(form, flow.plan === null ? taken : []);
  const formOk = Object.keys(formProblems).length === 0;

  const state = flow.state;
  const done = state.kind === 'imported' && state.outcome.failed.length === 0;
  const saving = state.kind === 'saving';
  const planSaved = flow.plan !== null;

  useEffect(() => {
    writePlanDraft(storage, listKey, done ? null : { form, text, section, changes: [...changes] });
  }, [storage, listKey, done, form, text, section, changes]);

  const changeRow = (position: number, change: RowChanges) => {
    const row = rows.find((r) => r.parsed.position === position);
    if (!row) return;
    setChanges((current) => {
      const next = new Map(current);
      next.set(row.parsed.text, { ...(current.get(row.parsed.text) ?? {}), ...change });
      return next;
    });
  };

  const measuresToCreate = () =>
    toNewMeasures(views, flow.plan?.caseNumber ?? form.caseNumber.trim());
  const create = () => {
    setTried(true);
    if (!formOk || blocked.length > 0 || included.length === 0) return;
    void flow.create(toNewPlan(form), measuresToCreate());
  };
  const addToExisting = () => {
    if (blocked.length > 0 || included.length === 0) return;
    void flow.addToExisting(form.caseNumber.trim(), measuresToCreate());
  };

  const shownProblems = tried
    ? formProblems
    : { ...formProblems, title: undefined, caseNumber: undefined };
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t.newPlan}</DialogTitle>
          <DialogContent className={styles.content}>
            <p>{t.planIntro}</p>
            <PlanFields
              values={form}
              problems={shownProblems}
              units={units}
              disabled={planSaved || saving}
              onChange={setForm}
            />
            <h3 className={styles.heading}>{t.pasteHeading}</h3>
            <Field className={styles.section} label={t.defaultSection}>
              <Input
                lang={DATA_LANGUAGE}
                value={section}
                disabled={saving}
                onChange={(_, data) => setSection(data.value)}
              />
            </Field>
            <Field label={{ children: t.pasteLabel, htmlFor: pasteId }} hint={t.pasteHint}>
              <Textarea
                id={pasteId}
                className={styles.paste}
                lang={DATA_LANGUAGE}
                resize="vertical"
                value={text}
                disabled={saving}
                onChange={(_, data) => setText(data.value)}
              />
            </Field>
            <h3 id={previewId} className={styles.heading}>
              {t.previewHeading(views.length)}
            </h3>
            {views.length === 0 ? (
              <p>{t.previewEmpty}</p>
            ) : (
              <>
                <p>{t.previewIntro}</p>
                <PreviewList
                  views={views}
                  units={units}
                  disabled={saving || done}
                  labelledBy={previewId}
                  onChange={changeRow}
                />
              </>
            )}
            <div aria-live="polite" ref={outcomeRef}>
              {blocked.length > 0 && (tried || state.kind !== 'idle') && (
                <MessageBar intent="error">
                  <MessageBarBody>{t.needsFix(blocked.length)}</MessageBarBody>
                </MessageBar>
              )}
              {state.kind === 'idle' && !tried && included.length > 0 && blocked.length === 0 && (
                <p>{t.readyToCreate(included.length)}</p>
              )}
              <Outcome state={state} t={t} onRetry={create} onAddToExisting={addToExisting} />
            </div>
          </DialogContent>
          <DialogActions>
            {done ? (
              <Button appearance="primary" onClick={onClose}>
                {t.showPlan}
              </Button>
            ) : (
              <Button
                appearance="primary"
                disabledFocusable={saving || included.length === 0}
                onClick={create}
              >
                {state.kind === 'imported' || state.kind === 'import-failed'
                  ? t.retry
                  : t.create(included.length)}
              </Button>
            )}
            {!done && (
              <Button appearance="secondary" onClick={onClose} disabled={saving}>
                {t.close}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
