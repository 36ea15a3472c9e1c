import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { NewMeasure, Plan } from '../../domain';
import { MeasuresError } from '../../graph/errors';
import type { NewPlan } from '../../graph/plans-api';
import { toMeasuresError } from '../../graph/to-measures-error';
import { useServices } from '../shared/services';
import { importMeasures, type ImportOutcome } from './import-measures';

/**
 * Where making a plan stands:
 * - idle: nothing sent yet
 * - saving: the plan item, then the measures in batches (`done` of `total`)
 * - taken: the list has a plan with that case number; the caseworker may add the measures to it
 * - plan-failed: the plan item was not saved (nothing else was sent)
 * - imported: the plan is saved and the import ran; `outcome` names what failed, if anything
 * - import-failed: the plan is saved, the import could not run at all (the measures list unread)
 */
export type NewPlanState =
  | { kind: 'idle' }
  | { kind: 'saving'; done: number; total: number }
  | { kind: 'taken'; caseNumber: string }
  | { kind: 'plan-failed'; error: MeasuresError }
  | { kind: 'imported'; plan: Plan; outcome: ImportOutcome }
  | { kind: 'import-failed'; plan: Plan; error: MeasuresError };

export type NewPlanFlow = {
  state: NewPlanState;
  /** The plan item once saved: from then on only the measures are sent again. */
  plan: Plan | null;
  /** Saves the plan (unless saved already), then creates the measures it does not have yet. */
  create(plan: NewPlan, measures: readonly NewMeasure[]): Promise<void>;
  /** Adds the measures to the plan of that case number that the list already has. */
  addToExisting(caseNumber: string, measures: readonly NewMeasure[]): Promise<void>;
};

const isTaken = (error: MeasuresError) =>
  error.status === 409 || error.code === 'nameAlreadyExists';

/**
 * Makes a plan from the form and the preview: the plans list item first, then the measures by
 * JSON batch through the import use case, which reads the plan first and so never creates a
 * measure twice when the caseworker tries again after a partial failure.
 */
export function useNewPlan(onImported: (caseNumber: string) => void): NewPlanFlow {
  const services = useServices();
  const [state, setState] = useState<NewPlanState>({ kind: 'idle' });
  const [plan, setPlan] = useState<Plan | null>(null);
  const busy = useRef(false);
  const onImportedRef = useRef(onImported);
  useLayoutEffect(() => {
    onImportedRef.current = onImported;
  });

  const runImport = useCallback(
    async (target: Plan, measures: readonly NewMeasure[]) => {
      const rows = measures.map((measure) => ({ ...measure, caseNumber: target.caseNumber }));
      setState({ kind: 'saving', done: 0, total: rows.length });
      try {
        const outcome = await importMeasures(
          {
            listMeasures: (options) => services.measures.listMeasures(options),
            createMeasures: (toCreate) =>
              services.createMeasures(toCreate, (done, total) =>
                setState({ kind: 'saving', done, total }),
              ),
          },
          target.caseNumber,
          rows,
        );
        setState({ kind: 'imported', plan: target, outcome });
        onImportedRef.current(target.caseNumber);
      } catch (error) {
        setState({ kind: 'import-failed', plan: target, error: toMeasuresError(error) });
      }
    },
    [services],
  );

  const guarded = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  }, []);

  const create = useCallback(
    (values: NewPlan, measures: readonly NewMeasure[]) =>
      guarded(async () => {
        let target = plan;
        if (target === null) {
          setState({ kind: 'saving', done: 0, total: measures.length });
          try {
            target = await services.plans.createPlan(values);
          } catch (error) {
            const failure = toMeasuresError(error);
            setState(
              isTaken(failure)
                ? { kind: 'taken', caseNumber: values.caseNumber.trim() }
                : { kind: 'plan-failed', error: failure },
            );
            return;
          }
          setPlan(target);
        }
        await runImport(target, measures);
      }),
    [guarded, plan, runImport, services],
  );

  const addToExisting = useCallback(
    (caseNumber: string, measures: readonly NewMeasure[]) =>
      guarded(async () => {
        setState({ kind: 'saving', done: 0, total: measures.length });
        let target: Plan | undefined;
        try {
          target = (await services.plans.listPlans()).find((p) => p.caseNumber === caseNumber);
        } catch (error) {
          setState({ kind: 'plan-failed', error: toMeasuresError(error) });
          return;
        }
        if (!target) {
          setState({
            kind: 'plan-failed',
            error: new MeasuresError('not-found', `No plan ${caseNumber}`, { status: 404 }),
          });
          return;
        }
        setPlan(target);
        await runImport(target, measures);
      }),
    [guarded, runImport, services],
  );

  return { state, plan, create, addToExisting };
}
