import type { Measure } from './measure';
import { toCalendarDate } from './dates';
import { CLOSED_STATUSES } from './status';
import { effectiveDeadline } from './deadline-rules';

/** The longest status report a unit may save: the memo paragraph, not an annex. */
export const MAX_REPORT_LENGTH = 10_000;

/** Overdue: the deadline has passed (the day after it began) and the measure is not closed. */
export function isOverdue(
  measure: Pick<Measure, 'deadline' | 'status'> & Partial<Pick<Measure, 'revisedDeadline'>>,
  today: Date,
): boolean {
  const deadline = effectiveDeadline(measure);
  if (!deadline) return false;
  if (CLOSED_STATUSES.includes(measure.status)) return false;
  return deadline < toCalendarDate(today);
}

/** Unreported: no status report text (whitespace does not count as a report). */
export function isUnreported(measure: Pick<Measure, 'statusReport'>): boolean {
  return measure.statusReport.trim() === '';
}

export type ReportProblem =
  | { kind: 'too-long'; length: number; max: number }
  | { kind: 'report-required'; status: Measure['status'] };

/** What stops a status update from being sent; null when it may be saved. */
export function validateStatusUpdate(
  update: Pick<Measure, 'status' | 'statusReport'>,
): ReportProblem | null {
  if (update.statusReport.length > MAX_REPORT_LENGTH) {
    return { kind: 'too-long', length: update.statusReport.length, max: MAX_REPORT_LENGTH };
  }
  // "Ikke aktuelt" closes a measure without doing it; the memo must say why.
  if (update.status === 'Ikke aktuelt' && update.statusReport.trim() === '') {
    return { kind: 'report-required', status: update.status };
  }
  return null;
}

// One collator for every comparison: localeCompare(…, 'nb') builds a new one per call, which
// at 5,000 measures costs seconds of sorting.
const norwegian = new Intl.Collator('nb');

/** Plan order: section order is the order of each section's lowest SortOrder, then SortOrder, then title. */
export function sortMeasures<T extends Pick<Measure, 'section' | 'sortOrder' | 'title'>>(
  measures: readonly T[],
): T[] {
  const sectionRank = new Map<string, number>();
  for (const m of measures) {
    const rank = sectionRank.get(m.section);
    // Stryker disable next-line EqualityOperator: equivalent because `<=` only sets the rank it already has
    if (rank === undefined || m.sortOrder < rank) sectionRank.set(m.section, m.sortOrder);
  }
  return [...measures].sort(
    (a, b) =>
      (sectionRank.get(a.section) ?? 0) - (sectionRank.get(b.section) ?? 0) ||
      collate(a.section, b.section) ||
      a.sortOrder - b.sortOrder ||
      collate(a.title, b.title),
  );
}

/**
 * Norwegian order; equal strings without asking the collator. Most comparisons in a sorted plan
 * are of two measures in the same section, and the collator's answer costs what the rest of the
 * sort does.
 */
function collate(a: string, b: string): number {
  // Stryker disable next-line ConditionalExpression: equivalent, the collator also says 0
  return a === b ? 0 : norwegian.compare(a, b);
}

/** Measures in plan order, grouped by section, sections in plan order. */
export function groupBySection<T extends Pick<Measure, 'section' | 'sortOrder' | 'title'>>(
  measures: readonly T[],
): { section: string; measures: T[] }[] {
  const groups: { section: string; measures: T[] }[] = [];
  for (const m of sortMeasures(measures)) {
    const last = groups.at(-1);
    if (last && last.section === m.section) last.measures.push(m);
    else groups.push({ section: m.section, measures: [m] });
  }
  return groups;
}
