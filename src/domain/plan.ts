// A follow-up plan: one item of the plans list, beside the measures that carry its case number.

/** The phases of a plan, exactly as the plans list's PlanState column stores them. */
export const PLAN_STATES = ['Utkast', 'Aktiv', 'Rapportert', 'Avsluttet'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/**
 * The rules that give a plan its default dates. The 2011 plan followed Norad's instruction of the
 * time (the report within a year of the plan); since 1 January 2022 the department sets the dates.
 */
export const DEADLINE_RULES = [
  'Instruks 2011: rapport innen ett år',
  'Instruks 2022: fastsatt av avdelingen',
] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

export function isPlanState(value: unknown): value is PlanState {
  // Stryker disable next-line ConditionalExpression: equivalent because includes() finds no non-string anyway
  return typeof value === 'string' && (PLAN_STATES as readonly string[]).includes(value);
}

export type Plan = {
  /** The plans list item id. */
  id: string;
  etag: string;
  /** e.g. `Oppfølging av evaluering av IOMs innsats mot menneskehandel` */
  title: string;
  /** One plan per case number, e.g. `11/10298`: the measures of the plan carry it. */
  caseNumber: string;
  /** The evaluation the plan follows up. */
  evaluation: string;
  /** Calendar date `yyyy-mm-dd`, or null. */
  planDate: string | null;
  /** When the report on the plan is due: calendar date, or null. */
  reportDue: string | null;
  /** The name of the deadline rule, '' when none is set (a rule name unknown to this version stays as it is). */
  deadlineRule: string;
  /** The unit that coordinates the report. */
  coordinator: string;
  planState: PlanState;
  /** The memo's header and texts as JSON text, '' when none are kept yet; the memo layer reads it. */
  memoSettings: string;
};
