import type { Measure } from './measure';

const norwegian = new Intl.Collator('nb');

/**
 * Every unit a plan names: the units that lead a measure and the units asked to contribute, in
 * Norwegian order. An embassy that only contributes is still someone who uses the tab.
 */
export function listPlanUnits(
  measures: readonly Pick<Measure, 'responsibleUnit' | 'contributingUnits'>[],
): string[] {
  const units = new Set<string>();
  for (const measure of measures) {
    units.add(measure.responsibleUnit.trim());
    for (const unit of measure.contributingUnits) units.add(unit.trim());
  }
  units.delete('');
  return [...units].sort(norwegian.compare);
}

/** Whether `unit` is asked for input on the measure (and does not lead it). */
export function contributesTo(
  measure: Pick<Measure, 'responsibleUnit' | 'contributingUnits'>,
  unit: string | null,
): boolean {
  return (
    unit !== null && measure.responsibleUnit !== unit && measure.contributingUnits.includes(unit)
  );
}
