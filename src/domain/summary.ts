import type { Measure } from './measure';
import { isOverdue, isUnreported } from './rules';
import { STATUSES, type Status } from './status';

export type UnitSummary = {
  unit: string;
  total: number;
  byStatus: Record<Status, number>;
  overdue: number;
  unreported: number;
};

const norwegian = new Intl.Collator('nb');

function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

/** Progress per responsible unit, units in Norwegian alphabetical order. */
export function summarizeByUnit(measures: readonly Measure[], today: Date): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  for (const m of measures) {
    let s = byUnit.get(m.responsibleUnit);
    if (!s) {
      s = { unit: m.responsibleUnit, total: 0, byStatus: emptyCounts(), overdue: 0, unreported: 0 };
      byUnit.set(m.responsibleUnit, s);
    }
    s.total += 1;
    s.byStatus[m.status] += 1;
    if (isOverdue(m, today)) s.overdue += 1;
    if (isUnreported(m)) s.unreported += 1;
  }
  return [...byUnit.values()].sort((a, b) => norwegian.compare(a.unit, b.unit));
}

/** Every responsible unit named in the measures, sorted. */
export function listUnits(measures: readonly Measure[]): string[] {
  return [...new Set(measures.map((m) => m.responsibleUnit))]
    .filter((u) => u !== '')
    .sort(norwegian.compare);
}
