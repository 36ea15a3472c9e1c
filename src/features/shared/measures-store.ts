import type { Measure } from '../../domain';
import type { MeasuresError } from '../../graph/errors';
import { toMeasuresError } from '../../graph/to-measures-error';
import type { MeasuresApi } from '../../graph/measures-api';

export type MeasuresSnapshot = {
  /** loading: nothing shown yet; ready: measures shown (perhaps stale, see refreshError); failed: the first load failed. */
  phase: 'loading' | 'ready' | 'failed';
  measures: readonly Measure[];
  /** Why the first load failed, or why the last background refresh did. */
  error: MeasuresError | null;
  /**
   * The plan the measures were read for on the server (the configured case number), or null when
   * the whole list was read.
   */
  filteredBy: string | null;
};

export type MeasuresStore = {
  getSnapshot(): MeasuresSnapshot;
  subscribe(listener: () => void): () => void;
  /** Reads the plan again. Concurrent calls share one request. */
  refresh(): Promise<void>;
  /** Puts one measure as just saved or read into the list, without waiting for a refresh. */
  replace(measure: Measure): void;
};

/**
 * The measures as the tab last read them, kept fresh by the caller (window focus, a timer). With
 * a case number, only that plan is read (CaseNumber is indexed); when the list holds no measure
 * of it (an old link, a plan renamed), the whole list is read instead, from then on.
 */
export function createMeasuresStore(
  api: MeasuresApi,
  options: { caseNumber: string | null },
): MeasuresStore {
  let snapshot: MeasuresSnapshot = {
    phase: 'loading',
    measures: [],
    error: null,
    filteredBy: options.caseNumber,
  };
  let filteredBy = options.caseNumber;
  const listeners = new Set<() => void>();
  let inFlight: Promise<void> | null = null;
  // Each local write gets a sequence number, so a refresh that started before a save cannot
  // put the older version back when it lands after it.
  let sequence = 0;
  const writtenAt = new Map<string, number>();

  const publish = (next: MeasuresSnapshot) => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };

  const load = async () => {
    const startedAt = sequence;
    try {
      let fetched = await api.listMeasures(filteredBy === null ? {} : { caseNumber: filteredBy });
      if (filteredBy !== null && fetched.length === 0) {
        filteredBy = null;
        fetched = await api.listMeasures({});
      }
      const local = new Map(snapshot.measures.map((m) => [m.id, m]));
      const measures = fetched.map((m) => {
        const writeSeq = writtenAt.get(m.id);
        const kept = local.get(m.id);
        return writeSeq !== undefined && writeSeq > startedAt && kept ? kept : m;
      });
      publish({ phase: 'ready', measures, error: null, filteredBy });
    } catch (error) {
      publish({
        ...snapshot,
        phase: snapshot.phase === 'ready' ? 'ready' : 'failed',
        error: toMeasuresError(error),
      });
    }
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    refresh() {
      inFlight ??= load().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    replace(measure) {
      sequence += 1;
      writtenAt.set(measure.id, sequence);
      const exists = snapshot.measures.some((m) => m.id === measure.id);
      publish({
        ...snapshot,
        measures: exists
          ? snapshot.measures.map((m) => (m.id === measure.id ? measure : m))
          : [...snapshot.measures, measure],
      });
    },
  };
}
