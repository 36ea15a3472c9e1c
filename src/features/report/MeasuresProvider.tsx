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
import { useServices } from '../services';
import { createDraftStore, type DraftStore } from './draft-store';
import { createMeasuresStore, type MeasuresStore } from './measures-store';
import { useLiveRefresh } from './use-live-refresh';

/** Which list and plan the report feature works on. */
export type PlanSource = {
  /** The list as people know it, for messages ("Du har ikke tilgang til listen «…»"). */
  listTitle: string;
  /** Identifies the list for drafts kept in the browser (site and list). */
  listKey: string;
  /** The plan's CaseNumber, or null for the whole list. */
  caseNumber: string | null;
};

type PlanContextValue = {
  store: MeasuresStore;
  drafts: DraftStore;
  source: PlanSource;
};

const PlanContext = createContext<PlanContextValue | null>(null);

/** Reads the plan once for the whole tab (the list, the demo banner, the export) and keeps it fresh. */
export function MeasuresProvider({
  source,
  storage,
  children,
}: {
  source: PlanSource;
  /** Where drafts are kept: localStorage, or undefined where the browser refuses it. */
  storage: Storage | undefined;
  children: ReactNode;
}) {
  const services = useServices();
  const store = useMemo(
    () => createMeasuresStore(services.measures, { caseNumber: source.caseNumber }),
    [services.measures, source.caseNumber],
  );
  const drafts = useMemo(
    () => createDraftStore(storage, source.listKey),
    [storage, source.listKey],
  );
  const value = useMemo(() => ({ store, drafts, source }), [store, drafts, source]);

  const refresh = useCallback(() => void store.refresh(), [store]);
  useEffect(refresh, [refresh]);
  useLiveRefresh(refresh);

  return <PlanContext.Provider value={value}>{children}</PlanContext.Provider>;
}

function usePlanContext(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('Report hooks outside MeasuresProvider.');
  return value;
}

export type MeasuresView = {
  phase: 'loading' | 'ready' | 'failed';
  measures: readonly Measure[];
  error: MeasuresError | null;
  refresh: () => Promise<void>;
  replace: (measure: Measure) => void;
};

/** The plan's measures as last read, and the ways to change what the tab holds. */
export function useMeasures(): MeasuresView {
  const { store } = usePlanContext();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...snapshot, refresh: store.refresh, replace: store.replace };
}

export function useDraftStore(): DraftStore {
  return usePlanContext().drafts;
}

export function usePlanSource(): PlanSource {
  return usePlanContext().source;
}
