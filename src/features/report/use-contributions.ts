import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Contribution, Measure } from '../../domain';
import type { ContributionsApi } from '../../graph/contributions-api';
import { useServices } from '../shared/services';
import {
  createContributionsStore,
  type ContributionsSnapshot,
  type ContributionsStore,
} from './contributions-store';

/** How old a read may be when a panel opens before it is read again: others write meanwhile. */
const FRESH_MS = 10_000;

// One store per contributions list and plan, shared by every measure of the plan on screen.
const stores = new WeakMap<ContributionsApi, Map<string, ContributionsStore>>();

function storeOf(api: ContributionsApi, caseNumber: string): ContributionsStore {
  let byPlan = stores.get(api);
  if (!byPlan) {
    byPlan = new Map();
    stores.set(api, byPlan);
  }
  let store = byPlan.get(caseNumber);
  if (!store) {
    store = createContributionsStore(api, caseNumber);
    byPlan.set(caseNumber, store);
  }
  return store;
}

export type MeasureContributions = ContributionsSnapshot & {
  /** The measure's contributions, in the order of its contributing units, then the rest. */
  ofMeasure: readonly Contribution[];
  replace(contribution: Contribution): void;
  refresh(): void;
};

/** The unit's own item first by the measure's order of units; items of units no longer asked last. */
function orderByUnits(contributions: readonly Contribution[], units: readonly string[]) {
  const rank = (c: Contribution) => {
    const index = units.indexOf(c.unit);
    return index === -1 ? units.length : index;
  };
  return [...contributions].sort((a, b) => rank(a) - rank(b));
}

/**
 * The contributions to one measure, read with the plan's others when first asked for (and again
 * when the last read is older than a few seconds), kept in place after each save.
 */
export function useMeasureContributions(
  measure: Pick<Measure, 'id' | 'caseNumber' | 'contributingUnits'>,
): MeasureContributions {
  const { contributions: api } = useServices();
  const store = storeOf(api, measure.caseNumber);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    void store.refresh({ ifOlderThanMs: FRESH_MS });
  }, [store]);
  const ofMeasure = useMemo(
    () =>
      orderByUnits(
        snapshot.contributions.filter((c) => c.measureId === measure.id),
        measure.contributingUnits,
      ),
    [snapshot.contributions, measure.id, measure.contributingUnits],
  );
  return {
    ...snapshot,
    ofMeasure,
    replace: store.replace,
    refresh: () => void store.refresh(),
  };
}
