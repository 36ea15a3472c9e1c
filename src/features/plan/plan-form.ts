import { defaultDates, type DeadlineRule } from '../../domain';
import type { NewPlan } from '../../graph/plans-api';

// The plan form's values and rules, pure: what the caseworker types, the dates the deadline rule
// proposes for what they left alone, and what stops the plan from being saved.

export type PlanFormValues = {
  title: string;
  caseNumber: string;
  evaluation: string;
  /** `yyyy-mm-dd`, or '' */
  planDate: string;
  coordinator: string;
  /** A rule's name, or '' for none. */
  deadlineRule: DeadlineRule | '';
  /** The report's due date; follows the rule until the caseworker sets it. */
  reportDue: string;
  /** The default deadline of every measure; follows the rule until the caseworker sets it. */
  measureDeadline: string;
  /** Which dates the caseworker set by hand: those no longer follow the rule. */
  setByHand: { reportDue: boolean; measureDeadline: boolean };
};

export function emptyPlanForm(coordinator: string): PlanFormValues {
  return {
    title: '',
    caseNumber: '',
    evaluation: '',
    planDate: '',
    coordinator,
    deadlineRule: '',
    reportDue: '',
    measureDeadline: '',
    setByHand: { reportDue: false, measureDeadline: false },
  };
}

type Edit =
  | { field: 'title' | 'caseNumber' | 'evaluation' | 'coordinator' | 'planDate'; value: string }
  | { field: 'deadlineRule'; value: DeadlineRule | '' }
  | { field: 'reportDue' | 'measureDeadline'; value: string };

/**
 * The form after one edit. A change of plan date or rule moves the dates the caseworker has not
 * set by hand; a date cleared by hand follows the rule again.
 */
export function editPlanForm(values: PlanFormValues, edit: Edit): PlanFormValues {
  if (edit.field === 'reportDue' || edit.field === 'measureDeadline') {
    const next = { ...values, [edit.field]: edit.value };
    next.setByHand = { ...values.setByHand, [edit.field]: edit.value !== '' };
    return edit.value === '' ? withRuleDates(next) : next;
  }
  const next = { ...values, [edit.field]: edit.value } as PlanFormValues;
  return edit.field === 'planDate' || edit.field === 'deadlineRule' ? withRuleDates(next) : next;
}

function withRuleDates(values: PlanFormValues): PlanFormValues {
  const proposed = defaultDates(values.deadlineRule, values.planDate || null);
  return {
    ...values,
    reportDue: values.setByHand.reportDue ? values.reportDue : (proposed.reportDue ?? ''),
    measureDeadline: values.setByHand.measureDeadline
      ? values.measureDeadline
      : (proposed.measureDeadline ?? ''),
  };
}

export type PlanFormProblems = {
  title?: 'required';
  caseNumber?: 'required' | 'taken';
  planDate?: 'invalid';
  reportDue?: 'invalid';
  measureDeadline?: 'invalid';
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What stops the plan from being saved; `takenCaseNumbers`: the plans the list already has. */
export function planFormProblems(
  values: PlanFormValues,
  takenCaseNumbers: readonly string[] = [],
): PlanFormProblems {
  const problems: PlanFormProblems = {};
  if (values.title.trim() === '') problems.title = 'required';
  const caseNumber = values.caseNumber.trim();
  if (caseNumber === '') problems.caseNumber = 'required';
  else if (takenCaseNumbers.includes(caseNumber)) problems.caseNumber = 'taken';
  for (const field of ['planDate', 'reportDue', 'measureDeadline'] as const) {
    if (values[field] !== '' && !DATE.test(values[field])) problems[field] = 'invalid';
  }
  return problems;
}

/** The plans list item the form describes: a new plan is active from the start. */
export function toNewPlan(values: PlanFormValues): NewPlan {
  return {
    title: values.title.trim(),
    caseNumber: values.caseNumber.trim(),
    evaluation: values.evaluation.trim(),
    planDate: values.planDate || null,
    reportDue: values.reportDue || null,
    deadlineRule: values.deadlineRule,
    coordinator: values.coordinator.trim(),
    planState: 'Aktiv',
    memoSettings: '',
  };
}
