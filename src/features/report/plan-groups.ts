import { contributesTo, type Measure } from '../../domain';
import type { CurrentUser } from '../shared/services';

/** A heading ("Dine tiltak", …) and its measures; `editable`: the user edits their reports. */
export type PlanGroup = { heading: string; measures: readonly Measure[]; editable: boolean };

export type GroupHeadings = {
  returnedMeasures: string;
  yourMeasures: string;
  contributingMeasures: string;
  otherMeasures: string;
  allMeasures: string;
};

/**
 * How the plan is grouped for the user. A unit: its returned reports first (the comment says
 * what to fix), then its own measures, then those it contributes to («Bidrag fra deg»), then
 * the rest, read-only. The caseworker composes every measure's paragraph, so edits them all; a
 * manager reads them all and reviews. Empty groups are left out.
 */
export function planGroups(
  measures: readonly Measure[],
  user: Pick<CurrentUser, 'role' | 'unit'>,
  t: GroupHeadings,
): PlanGroup[] {
  const { unit } = user;
  if (unit === null) {
    const groups = [{ heading: t.allMeasures, measures, editable: user.role === 'caseworker' }];
    return groups.filter((g) => g.measures.length > 0);
  }
  const own = measures.filter((m) => m.responsibleUnit === unit);
  const contributing = measures.filter((m) => contributesTo(m, unit));
  const others = measures.filter((m) => m.responsibleUnit !== unit && !contributesTo(m, unit));
  const groups: PlanGroup[] = [
    {
      heading: t.returnedMeasures,
      measures: own.filter((m) => m.reviewState === 'Returnert'),
      editable: true,
    },
    {
      heading: t.yourMeasures,
      measures: own.filter((m) => m.reviewState !== 'Returnert'),
      editable: true,
    },
    { heading: t.contributingMeasures, measures: contributing, editable: false },
    { heading: t.otherMeasures, measures: others, editable: false },
  ];
  return groups.filter((g) => g.measures.length > 0);
}
