import type { Measure } from '../domain';
import { groupBySection, isUnreported } from '../domain';
import type { MemoSettings } from './memo-settings';

/** Why a measure gets no paragraph in the memo. */
export type LeftOutReason = 'not-approved' | 'unreported';

export type LeftOutMeasure<T> = { measure: T; reason: LeftOutReason };

export type MemoSelection<T> = {
  /** The plan's sections in plan order, each with the measures the memo reports on. */
  sections: { section: string; measures: T[] }[];
  /** The measures the memo leaves out, in plan order, each with its reason. */
  leftOut: LeftOutMeasure<T>[];
};

type Selectable = Pick<Measure, 'section' | 'sortOrder' | 'title' | 'statusReport' | 'reviewState'>;

/**
 * Which measures the memo reports on. With "approved only", a report not approved (not yet
 * reviewed, or returned) is left out whatever it says; without a report a measure is left out
 * unless the caseworker chose to name it "Ikke rapportert.". The dialog lists what is left out
 * from the same selection the memo is built from, so the two cannot disagree.
 */
export function selectMemoMeasures<T extends Selectable>(
  measures: readonly T[],
  settings: Pick<MemoSettings, 'approvedOnly' | 'includeUnreported'>,
): MemoSelection<T> {
  const leftOut: LeftOutMeasure<T>[] = [];
  const sections = groupBySection(measures).map((group) => ({
    section: group.section,
    measures: group.measures.filter((measure) => {
      const reason: LeftOutReason | null =
        settings.approvedOnly && measure.reviewState !== 'Godkjent'
          ? 'not-approved'
          : !settings.includeUnreported && isUnreported(measure)
            ? 'unreported'
            : null;
      if (reason !== null) leftOut.push({ measure, reason });
      return reason === null;
    }),
  }));
  return { sections, leftOut };
}
