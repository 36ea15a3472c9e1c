import { useCallback, useMemo, useState } from 'react';
import type { Measure } from '../../domain';
import {
  choosePlan,
  listPlans,
  measuresOfPlan,
  planOf,
  readRememberedPlan,
  rememberPlan,
  type PlanSummary,
} from './plan-choice';

/** Which follow-up plan of the list the tab shows, and how the user picks another. */
export type PlanChoice = {
  /** The plans in what was read, in Norwegian order. */
  plans: readonly PlanSummary[];
  /** The plan shown ('' for the measures without a case number); null while nothing is read. */
  selected: string | null;
  /** True when the user may pick: the list holds several plans and none is set for the tab. */
  choosable: boolean;
  /** Shows that plan, and remembers the choice for this list in this browser. */
  choose(caseNumber: string): void;
  /** The measures of the plan shown. */
  measures: readonly Measure[];
};

export type PlanChoiceOptions = {
  /** Every measure read. */
  measures: readonly Measure[];
  /** The plan the measures were read for on the server (the tab's settings, `?plan=`), or null. */
  filteredBy: string | null;
  /** A measure a deep link points to: its plan is shown first. */
  linkedMeasureId: string | null;
  /** Where the choice is remembered: localStorage, or undefined where the browser refuses it. */
  storage: Storage | undefined;
  /** The list the choice is remembered for. */
  listKey: string;
};

/**
 * The plan choice over the measures read. A plan set for the tab was read alone, so there is
 * nothing to pick; otherwise the choice follows choosePlan (plan-choice.ts).
 */
export function usePlanChoiceState({
  measures,
  filteredBy,
  linkedMeasureId,
  storage,
  listKey,
}: PlanChoiceOptions): PlanChoice {
  const [picked, setPicked] = useState<{ listKey: string; caseNumber: string } | null>(null);
  const remembered = useMemo(() => readRememberedPlan(storage, listKey), [storage, listKey]);
  const plans = useMemo(() => listPlans(measures), [measures]);
  const linkedMeasure = measures.find((measure) => measure.id === linkedMeasureId);
  const linked = linkedMeasure ? planOf(linkedMeasure) : null;

  const selected =
    filteredBy ??
    choosePlan(plans, {
      picked: picked?.listKey === listKey ? picked.caseNumber : null,
      linked,
      remembered,
    });
  const shown = useMemo(
    () => (filteredBy === null ? measuresOfPlan(measures, selected) : measures),
    [filteredBy, measures, selected],
  );

  const choose = useCallback(
    (caseNumber: string) => {
      rememberPlan(storage, listKey, caseNumber);
      setPicked({ listKey, caseNumber });
    },
    [storage, listKey],
  );

  const choosable = filteredBy === null && plans.length > 1;
  return useMemo(
    () => ({ plans, selected, choosable, choose, measures: shown }),
    [plans, selected, choosable, choose, shown],
  );
}
