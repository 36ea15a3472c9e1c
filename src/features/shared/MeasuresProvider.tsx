import {
  focusManager,
  QueryClient,
  QueryClientProvider,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Measure, Plan } from '../../domain';
import { isMeasuresError, MeasuresError } from '../../graph/errors';
import { useServices } from './services';
import {
  createLocalWrites,
  readPlan,
  recordWrite,
  sharePlanData,
  type PlanData,
} from './plan-sync';
import { choosePlan, readRememberedPlan, rememberPlan, summarizePlans } from './plan-choice';
import { usePlanChoiceState, type PlanChoice } from './use-plan-choice';
import { watchTabFocus } from './tab-focus';

/** Which list and plan the report feature works on. */
export type PlanSource = {
  /** The list as people know it, for messages ("Du har ikke tilgang til listen «…»"). */
  listTitle: string;
  /** Identifies the list for drafts kept in the browser (site and list). */
  listKey: string;
  /**
   * The plan set for the tab (its settings, `?plan=`): read alone, with a server-side filter on
   * CaseNumber. Null: the plan is picked from the plans list (or, on a site without one, from
   * the whole list).
   */
  caseNumber: string | null;
};

/** How often an open, visible tab asks for changes, so several windows see one another's saves. */
export const REFRESH_INTERVAL_MS = 15_000;

type PlanContextValue = {
  source: PlanSource;
  /** Where the tab keeps what it remembers per list: localStorage, or undefined where the browser refuses it. */
  storage: Storage | undefined;
  /** Puts a measure as just saved or read into the plan, without waiting for a refresh. */
  replace: (measure: Measure) => void;
  /** Told when an editor opens or closes: a deletion of a measure being edited is shown, not applied. */
  markEditing: (measureId: string, open: boolean) => void;
  /** Lets a measure deleted while it was being edited go, once its editor is closed. */
  dismissDeleted: (measureId: string) => void;
};

export type MeasuresView = {
  phase: 'loading' | 'ready' | 'failed';
  /** The measures of the plan shown. */
  measures: readonly Measure[];
  /** Why the first load failed, or why the last refresh did (what is shown stays). */
  error: MeasuresError | null;
  refresh: () => Promise<void>;
  replace: (measure: Measure) => void;
  /** Measures deleted in the list while someone here was editing them. */
  deleted: ReadonlySet<string>;
  /** False on a site provisioned before the plans list: the plans are found in the measures. */
  hasPlansList: boolean;
  /** False while the first page of the plan is shown and the rest is still being read. */
  complete: boolean;
};

type PlanDataValue = { view: MeasuresView; choice: PlanChoice };

const PlanContext = createContext<PlanContextValue | null>(null);
// Apart from the stable context above: these change with every read.
const PlanDataContext = createContext<PlanDataValue | null>(null);

focusManager.setEventListener((handleFocus) =>
  typeof window === 'undefined' ? undefined : watchTabFocus(handleFocus),
);

function toMeasuresError(error: unknown): MeasuresError | null {
  if (error === null || error === undefined) return null;
  if (isMeasuresError(error)) return error;
  return new MeasuresError('network', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

function createTabQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A failed refresh keeps what is shown and says so; the next interval tries again.
        retry: false,
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
      },
    },
  });
}

/**
 * Reads the plan once for the whole tab (the plan, the demo banner, the export) and keeps it
 * fresh by asking the list what changed; decides which plan is shown.
 */
export function MeasuresProvider(props: {
  source: PlanSource;
  /** Where drafts and the plan choice are kept: localStorage, or undefined where the browser refuses it. */
  storage: Storage | undefined;
  /** A measure a deep link points to: its plan is shown. */
  linkedMeasureId?: string | null;
  children: ReactNode;
}) {
  const [client] = useState(createTabQueryClient);
  return (
    <QueryClientProvider client={client}>
      <PlanDataProvider {...props} />
    </QueryClientProvider>
  );
}

/** The plans list, or null on a site provisioned before it (404) or when it holds no plan yet. */
function usePlansList(listKey: string) {
  const services = useServices();
  return useQuery({
    queryKey: ['plans', listKey],
    queryFn: async ({ signal }): Promise<Plan[] | null> => {
      try {
        const plans = await services.plans.listPlans({ signal });
        return plans.length > 0 ? plans : null;
      } catch (error) {
        // Not there, or not readable: the tab works as before, from what it can read.
        if (isMeasuresError(error) && (error.kind === 'not-found' || error.kind === 'forbidden'))
          return null;
        throw error;
      }
    },
    // The plans change seldom: once on start, and when the user comes back after a while.
    staleTime: 5 * 60_000,
    refetchInterval: false,
  });
}

function PlanDataProvider({
  source,
  storage,
  linkedMeasureId = null,
  children,
}: {
  source: PlanSource;
  storage: Storage | undefined;
  linkedMeasureId?: string | null;
  children: ReactNode;
}) {
  const services = useServices();
  const queryClient = useQueryClient();
  const writes = useRef(createLocalWrites()).current;
  const editing = useRef(new Set<string>()).current;

  // Which plan: the tab's own, else one of the plans list (picked, linked, remembered, first),
  // else (no plans list) the whole list, and the user picks among the plans found in it.
  const plansList = usePlansList(source.listKey);
  const planList = source.caseNumber === null ? (plansList.data ?? null) : null;
  const [picked, setPicked] = useState<string | null>(null);
  const remembered = useMemo(
    () => readRememberedPlan(storage, source.listKey),
    [storage, source.listKey],
  );
  const linkedPlan = useQuery({
    queryKey: ['plan-of', source.listKey, linkedMeasureId],
    queryFn: async () =>
      (await services.measures.getMeasure(linkedMeasureId ?? '')).caseNumber.trim(),
    enabled: planList !== null && linkedMeasureId !== null,
    staleTime: Infinity,
    refetchInterval: false,
    refetchOnWindowFocus: false,
  });
  const summaries = useMemo(() => (planList ? summarizePlans(planList) : []), [planList]);
  const waitingForPlans =
    source.caseNumber === null &&
    (plansList.isPending ||
      (planList !== null && linkedMeasureId !== null && linkedPlan.isPending));
  const chosenFromList =
    planList === null
      ? null
      : choosePlan(summaries, {
          picked,
          linked: linkedPlan.data ?? null,
          remembered,
        });
  // undefined: not known yet; null: the whole list.
  const planToRead: string | null | undefined = waitingForPlans
    ? undefined
    : (source.caseNumber ?? chosenFromList);

  const queryKey = useMemo(
    () => ['measures', source.listKey, planToRead ?? '*'] as const,
    [source.listKey, planToRead],
  );
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      readPlan(services.measures, {
        caseNumber: planToRead ?? null,
        // Only a plan set for the tab falls back to the whole list when it has no measure: a
        // plan picked from the plans list may simply be new.
        wholeListWhenEmpty: source.caseNumber !== null,
        current: () => queryClient.getQueryData<PlanData>(queryKey),
        isEditing: (id) => editing.has(id),
        writes,
        signal,
        showEarly: (early) => queryClient.setQueryData<PlanData>(queryKey, early),
      }),
    enabled: planToRead !== undefined,
    structuralSharing: sharePlanData,
    refetchInterval: REFRESH_INTERVAL_MS,
  });

  const replace = useCallback(
    (measure: Measure) => {
      recordWrite(writes, measure.id);
      queryClient.setQueryData<PlanData>(queryKey, (old) => {
        if (!old) return old;
        const exists = old.measures.some((m) => m.id === measure.id);
        return {
          ...old,
          measures: exists
            ? old.measures.map((m) => (m.id === measure.id ? measure : m))
            : [...old.measures, measure],
        };
      });
    },
    [queryClient, queryKey, writes],
  );
  const markEditing = useCallback(
    (measureId: string, open: boolean) => {
      if (open) editing.add(measureId);
      else editing.delete(measureId);
    },
    [editing],
  );
  const dismissDeleted = useCallback(
    (measureId: string) => {
      queryClient.setQueryData<PlanData>(queryKey, (old) => {
        if (!old?.deleted.has(measureId)) return old;
        const deleted = new Set(old.deleted);
        deleted.delete(measureId);
        return { ...old, deleted, measures: old.measures.filter((m) => m.id !== measureId) };
      });
    },
    [queryClient, queryKey],
  );
  const value = useMemo(
    () => ({ storage, source, replace, markEditing, dismissDeleted }),
    [storage, source, replace, markEditing, dismissDeleted],
  );

  const data = query.data;
  const refetch = query.refetch;
  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const derived = usePlanChoiceState({
    measures: data?.measures ?? [],
    filteredBy: data?.filteredBy ?? null,
    linkedMeasureId,
    storage,
    listKey: source.listKey,
  });
  const choose = useCallback(
    (caseNumber: string) => {
      rememberPlan(storage, source.listKey, caseNumber);
      setPicked(caseNumber);
      // A plan made a moment ago is not in the plans list as read before it: read the list again,
      // or the choice would fall back to the first plan.
      if (!summaries.some((plan) => plan.caseNumber === caseNumber)) {
        void queryClient.invalidateQueries({ queryKey: ['plans', source.listKey] });
      }
    },
    [storage, source.listKey, summaries, queryClient],
  );
  const choice = useMemo<PlanChoice>(() => {
    if (planList === null || data?.filteredBy === null) return derived;
    const measures = data?.measures ?? [];
    return {
      plans: summaries,
      selected: planToRead ?? null,
      choosable: source.caseNumber === null && summaries.length > 1,
      choose,
      measures,
    };
  }, [planList, data, derived, summaries, planToRead, source.caseNumber, choose]);

  const error = toMeasuresError(query.error ?? plansList.error);
  const phase: MeasuresView['phase'] = data
    ? 'ready'
    : error && !query.isFetching
      ? 'failed'
      : 'loading';
  const deleted = data?.deleted ?? NOTHING;
  const complete = data?.partial !== true;
  const view = useMemo<MeasuresView>(
    () => ({
      phase,
      measures: choice.measures,
      error,
      refresh,
      replace,
      deleted,
      hasPlansList: plansList.data !== null,
      complete,
    }),
    [phase, choice.measures, error, refresh, replace, deleted, plansList.data, complete],
  );
  const planData = useMemo(() => ({ view, choice }), [view, choice]);

  return (
    <PlanContext.Provider value={value}>
      <PlanDataContext.Provider value={planData}>{children}</PlanDataContext.Provider>
    </PlanContext.Provider>
  );
}

const NOTHING: ReadonlySet<string> = new Set();

function usePlanContext(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('Report hooks outside MeasuresProvider.');
  return value;
}

function usePlanData(): PlanDataValue {
  const value = useContext(PlanDataContext);
  if (!value) throw new Error('Report hooks outside MeasuresProvider.');
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

export function usePlanStorage(): Storage | undefined {
  return usePlanContext().storage;
}

export function usePlanSource(): PlanSource {
  return usePlanContext().source;
}

/** What a component that writes needs, without re-rendering on every read. */
export function usePlanActions(): Pick<
  PlanContextValue,
  'replace' | 'markEditing' | 'dismissDeleted'
> {
  return usePlanContext();
}
