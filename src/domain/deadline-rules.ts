// Deadline rules as data: a plan names the rule it follows, and the rule proposes the plan's
// default dates, which the caseworker may change. New rules are new entries, not new code.
import type { DeadlineRule } from './plan';

/** A span counted from the plan's date; whole months keep the day of the month where it exists. */
export type DateOffset = { months: number; days: number };

export type DeadlineRuleSpec = {
  name: DeadlineRule;
  /** What the caseworker reads when choosing. */
  description: string;
  /** When the report on the plan is due, from the plan's date; null: the department sets it. */
  reportDue: DateOffset | null;
  /** A measure's default deadline, from the plan's date; null: the department sets it. */
  measureDeadline: DateOffset | null;
};

export const DEADLINE_RULE_SPECS: readonly DeadlineRuleSpec[] = [
  {
    // Norad's instruction the 2011 plan followed: report on the plan within a year of it.
    name: 'Instruks 2011: rapport innen ett år',
    description: 'Rapport på planen innen ett år etter plandatoen; tiltakene har samme frist.',
    reportDue: { months: 12, days: 0 },
    measureDeadline: { months: 12, days: 0 },
  },
  {
    // In force since 1 January 2022: the department sets the plan's deadlines itself.
    name: 'Instruks 2022: fastsatt av avdelingen',
    description: 'Avdelingen fastsetter fristene selv; ingen frist foreslås.',
    reportDue: null,
    measureDeadline: null,
  },
];

export function deadlineRuleSpec(name: string): DeadlineRuleSpec | undefined {
  return DEADLINE_RULE_SPECS.find((rule) => rule.name === name);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** `yyyy-mm-dd` + offset; 31 January + 1 month is the last day of February. Null for a bad date. */
export function addOffset(date: string, offset: DateOffset): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  if (month < 0 || month > 11 || day < 1 || day > daysInMonth(year, month)) return null;
  const totalMonths = year * 12 + month + offset.months;
  // Date.UTC carries a month outside 0–11 into the year, so a wrong year/month split here still
  // names the same month: mutants of this arithmetic are equivalent.
  const targetYear = Math.floor(totalMonths / 12);
  const targetMonth = totalMonths - targetYear * 12;
  const clamped = Math.min(day, daysInMonth(targetYear, targetMonth));
  const result = new Date(Date.UTC(targetYear, targetMonth, clamped + offset.days));
  return result.toISOString().slice(0, 10);
}

/** The dates a rule proposes for a plan dated `planDate`: null where the rule leaves it open. */
export function defaultDates(
  ruleName: string,
  planDate: string | null,
): { reportDue: string | null; measureDeadline: string | null } {
  const rule = deadlineRuleSpec(ruleName);
  if (!rule || !planDate) return { reportDue: null, measureDeadline: null };
  return {
    reportDue: rule.reportDue ? addOffset(planDate, rule.reportDue) : null,
    measureDeadline: rule.measureDeadline ? addOffset(planDate, rule.measureDeadline) : null,
  };
}

/** The deadline that counts: the revised one when a deadline was moved. */
export function effectiveDeadline(measure: {
  deadline: string | null;
  revisedDeadline?: string | null;
}): string | null {
  return measure.revisedDeadline || measure.deadline;
}

export type DeadlineChangeProblem = 'reason-required' | 'before-plan';

/**
 * What stops a revised deadline from being saved: a new date needs a reason, so a reader of the
 * memo learns why the plan moved. Null when it may be saved (also when nothing was revised).
 */
export function validateDeadlineChange(change: {
  revisedDeadline: string | null;
  reason: string;
  planDate?: string | null;
}): DeadlineChangeProblem | null {
  if (!change.revisedDeadline) return null;
  if (change.reason.trim() === '') return 'reason-required';
  if (change.planDate && change.revisedDeadline < change.planDate) return 'before-plan';
  return null;
}
