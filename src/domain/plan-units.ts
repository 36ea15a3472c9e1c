import type { Measure } from './measure';

/** Whether `unit` is asked for input on the measure (and does not lead it). */
export function contributesTo(
  measure: Pick<Measure, 'responsibleUnit' | 'contributingUnits'>,
  unit: string | null,
): boolean {
  // `unit !== null` only narrows the type (contributingUnits holds strings, never null): its
  // mutants are equivalent.
  return (
    unit !== null && measure.responsibleUnit !== unit && measure.contributingUnits.includes(unit)
  );
}
