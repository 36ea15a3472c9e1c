import type { Measure, Plan } from '../../domain';

// One SharePoint list holds many follow-up plans, grouped by CaseNumber (DESIGN.md, "The
// SharePoint list"). These pure helpers find the plans in what was read, decide which one the
// tab shows, and remember the user's choice per list.

/**
 * A follow-up plan to pick: its case number ('' for measures without one), and its title from the
 * plans list, or (without a plans list) how many measures it has.
 */
export type PlanSummary = {
  caseNumber: string;
  count: number | null;
  title: string;
  /** The plan's date from the plans list (`yyyy-mm-dd`); absent where there is no plans list. */
  planDate?: string | null;
};

// Norwegian order, with the numbers in case numbers compared as numbers ("9/123" before "11/10298").
const collator = new Intl.Collator('nb', { numeric: true });

/** The plan a measure belongs to: its case number, without stray spaces typed in SharePoint. */
export function planOf(measure: Pick<Measure, 'caseNumber'>): string {
  return measure.caseNumber.trim();
}

/**
 * The plans in the measures, in Norwegian order; the measures without a case number form a plan
 * of their own, last, so that a few stray items never become the plan shown first.
 */
export function listPlans(measures: readonly Pick<Measure, 'caseNumber'>[]): PlanSummary[] {
  const counts = new Map<string, number>();
  for (const measure of measures) {
    const plan = planOf(measure);
    counts.set(plan, (counts.get(plan) ?? 0) + 1);
  }
  return [...counts]
    .map(([caseNumber, count]) => ({ caseNumber, count, title: '' }))
    .sort((a, b) => {
      if (a.caseNumber === '' || b.caseNumber === '') {
        // Array.prototype.sort only asks whether a comparison is below zero, so replacing either
        // side's test here with a constant still puts '' last: those mutants are equivalent.
        return Number(a.caseNumber === '') - Number(b.caseNumber === '');
      }
      return collator.compare(a.caseNumber, b.caseNumber);
    });
}

/** The plans of the plans list, in Norwegian order of their case numbers. */
export function summarizePlans(plans: readonly Plan[]): PlanSummary[] {
  return plans
    .map((plan) => ({
      caseNumber: plan.caseNumber,
      count: null,
      title: plan.title,
      planDate: plan.planDate,
    }))
    .sort((a, b) => collator.compare(a.caseNumber, b.caseNumber));
}

/** The measures of one plan; all of them when no plan is chosen. */
export function measuresOfPlan<T extends Pick<Measure, 'caseNumber'>>(
  measures: readonly T[],
  caseNumber: string | null,
): readonly T[] {
  if (caseNumber === null) return measures;
  return measures.filter((measure) => planOf(measure) === caseNumber);
}

export type PlanCandidates = {
  /** Picked by the user on this page load. */
  picked: string | null;
  /** The plan of the measure a deep link points to. */
  linked: string | null;
  /** The user's last choice in this browser, for this list. */
  remembered: string | null;
};

/**
 * Which plan the tab shows: the user's pick, else a deep-linked measure's plan, else the last
 * choice remembered, else the first plan. A candidate that is no longer in the list is passed
 * over without a word: the plan may have been renamed or emptied since. Null when there is no plan.
 */
export function choosePlan(
  plans: readonly PlanSummary[],
  { picked, linked, remembered }: PlanCandidates,
): string | null {
  // No plan's case number is null, so `caseNumber !== null` only narrows the type: its mutant
  // is equivalent.
  const exists = (caseNumber: string | null): caseNumber is string =>
    caseNumber !== null && plans.some((plan) => plan.caseNumber === caseNumber);
  for (const candidate of [picked, linked, remembered]) {
    if (exists(candidate)) return candidate;
  }
  return plans[0]?.caseNumber ?? null;
}

const MEMORY_PREFIX = 'oppfolging.plan:';

/** The plan last chosen for this list in this browser, or null. */
export function readRememberedPlan(storage: Storage | undefined, listKey: string): string | null {
  // Without storage, `storage.getItem` throws and the catch answers null too: the optional
  // chaining's mutant is equivalent (here and in rememberPlan).
  try {
    return storage?.getItem(`${MEMORY_PREFIX}${listKey}`) ?? null;
  } catch {
    // Storage refused (privacy settings, sandboxed webviews): nothing remembered.
    return null;
  }
}

export function rememberPlan(
  storage: Storage | undefined,
  listKey: string,
  caseNumber: string,
): void {
  try {
    storage?.setItem(`${MEMORY_PREFIX}${listKey}`, caseNumber);
  } catch {
    // The choice applies to this page load only.
  }
}
