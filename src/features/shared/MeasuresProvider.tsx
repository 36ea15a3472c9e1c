import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Measure } from '../../domain';
import type { MeasuresError } from '../../graph/errors';
import { useServices } from './services';
import { createMeasuresStore, type MeasuresStore } from './measures-store';
import { useLiveRefresh } from './use-live-refresh';
import { usePlanChoiceState, type PlanChoice } from './use-plan-choice';

/** Which list and plan the tab works on. */
export type PlanSource = {
  /** The list as people know it, for messages ("Du har ikke tilgang til listen «…»"). */
  listTitle: string;
  /** Identifies the list for drafts kept in the browser (site and list). */
  listKey: string;
  /**
   * The plan set for the tab (its settings, `?plan=`): read alone, with a server-side filter on
   * CaseNumber. Null: the whole list is read, and the user picks among its plans.
   */
  caseNumber: string | null;
};

type PlanContextValue = {
  store: MeasuresStore;
  source: PlanSource;
  /** Where the tab keeps what it remembers per list: localStorage, or undefined where the browser refuses it. */
  storage: Storage | undefined;
};

export type MeasuresView = {
  phase: 'loading' | 'ready' | 'failed';
  /** The measures of the plan shown. */
  measures: readonly Measure[];
  error: MeasuresError | null;
  refresh: () => Promise<void>;
  replace: (measure: Measure) => void;
};

type PlanDataValue = { view: MeasuresView; choice: PlanChoice };

const PlanContext = createContext<PlanContextValue | null>(null);
// Apart from the store, source and storage, which never change: these change with every read.
const PlanDataContext = createContext<PlanDataValue | null>(null);

/**
 * Reads the list once for the whole tab (the plan, the demo banner, the export), keeps it fresh,
 * and decides which of its plans is shown.
 */
export function MeasuresProvider({
  source,
  storage,
  linkedMeasureId = null,
  children,
}: {
  source: PlanSource;
  /** Where drafts and the plan choice are kept: localStorage, or undefined where the browser refuses it. */
  storage: Storage | undefined;
  /** A measure a deep link points to: its plan is shown. */
  linkedMeasureId?: string | null;
  children: ReactNode;
}) {
  const services = useServices();
  const store = useMemo(
    () => createMeasuresStore(services.measures, { caseNumber: source.caseNumber }),
    [services.measures, source.caseNumber],
  );
  const value = useMemo(() => ({ store, source, storage }), [store, source, storage]);

  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const choice = usePlanChoiceState({
    measures: snapshot.measures,
    filteredBy: snapshot.filteredBy,
    linkedMeasureId,
    storage,
    listKey: source.listKey,
  });
  const data = useMemo<PlanDataValue>(
    () => ({
      view: {
        phase: snapshot.phase,
        measures: choice.measures,
        error: snapshot.error,
        refresh: store.refresh,
        replace: store.replace,
      },
      choice,
    }),
    [snapshot.phase, snapshot.error, choice, store],
  );

  const refresh = useCallback(() => void store.refresh(), [store]);
  useEffect(refresh, [refresh]);
  useLiveRefresh(refresh);

  return (
    <PlanContext.Provider value={value}>
      <PlanDataContext.Provider value={data}>{children}</PlanDataContext.Provider>
    </PlanContext.Provider>
  );
}

function usePlanContext(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('Plan hooks outside MeasuresProvider: the app shell provides it.');
  return value;
}

function usePlanData(): PlanDataValue {
  const value = useContext(PlanDataContext);
  if (!value) throw new Error('Plan hooks outside MeasuresProvider: the app shell provides it.');
  return value;
}

/** The shown plan's measures as last read, and the ways to change what the tab holds. */
export function useMeasures(): MeasuresView {
  return usePlanData().view;
}

/** The plans in the list, the one shown, and how to show another. */
export function usePlanChoice(): PlanChoice {
  return usePlanData().choice;
}

export function usePlanSource(): PlanSource {
  return usePlanContext().source;
}

/** The browser storage given to the provider, for what a feature remembers per list (drafts). */
export function usePlanStorage(): Storage | undefined {
  return usePlanContext().storage;
}
