import { applyChanges, type Measure } from '../../domain';
import type { MeasuresApi } from '../../graph/measures-api';

// How the tab keeps one plan's measures in step with the list: one full read, then only what
// changed (Graph's delta), applied so that every unchanged measure stays the same object.
// React Query (PlanDataProvider) decides when to call readPlan; this decides what to ask.

export type PlanData = {
  /** The measures shown: the plan's, or the whole list's when it is read unfiltered. */
  measures: readonly Measure[];
  /** Where to ask for the next changes; null when the list gave no delta link (every refresh reads again). */
  deltaLink: string | null;
  /** The plan the server filtered by, or null when the whole list was read. */
  filteredBy: string | null;
  /** Measures deleted in the list while someone here was editing them: kept, and marked. */
  deleted: ReadonlySet<string>;
  /** True while the first read has shown its first page and still reads the others. */
  partial?: boolean;
};

/**
 * Saves made in this tab, numbered, so that a refresh that set out before a save cannot put the
 * older version back when it lands after it.
 */
export type LocalWrites = { sequence: number; writtenAt: Map<string, number> };

export function createLocalWrites(): LocalWrites {
  return { sequence: 0, writtenAt: new Map() };
}

export function recordWrite(writes: LocalWrites, id: string): void {
  writes.sequence += 1;
  writes.writtenAt.set(id, writes.sequence);
}

export type ReadPlanOptions = {
  /** The plan to read, or null for the whole list. */
  caseNumber: string | null;
  /** Read the whole list when the plan has no measure (a tab set to a plan renamed since). */
  wholeListWhenEmpty: boolean;
  /** The data as it is now (it may have changed by a save since the read began). */
  current: () => PlanData | undefined;
  /** True for a measure being edited: a deletion of it is shown to the editor, not applied. */
  isEditing: (id: string) => boolean;
  writes: LocalWrites;
  signal?: AbortSignal;
  /**
   * Told the first page of a first read while the others are still read, so the tab can show
   * it at once: a 5,000-measure plan is ten pages. Never told the data of a later full read,
   * which would hide measures that are on screen.
   */
  showEarly?: (data: PlanData) => void;
};

const NOTHING_DELETED: ReadonlySet<string> = new Set();

/** Reads the plan: by delta when there is a link, else in full (and then a link for next time). */
export async function readPlan(api: MeasuresApi, options: ReadPlanOptions): Promise<PlanData> {
  const { signal, writes } = options;
  const startedAt = writes.sequence;
  const writtenSince = (id: string) => (writes.writtenAt.get(id) ?? 0) > startedAt;
  const before = options.current();

  if (before?.deltaLink) {
    const changes = await api.readChanges(before.deltaLink, { signal });
    // null: the link expired or was refused (410, 400); a full read below starts again.
    if (changes !== null) {
      const now = options.current() ?? before;
      const filteredBy = now.filteredBy;
      const belongs = (m: Measure) => filteredBy === null || m.caseNumber.trim() === filteredBy;
      const keptDeleted = changes.deleted.filter((id) => options.isEditing(id));
      const deleted =
        keptDeleted.length === 0 ? now.deleted : new Set([...now.deleted, ...keptDeleted]);
      const measures = applyChanges(
        now.measures,
        {
          changed: changes.changed.filter((m) => !writtenSince(m.id)),
          deleted: changes.deleted.filter((id) => !options.isEditing(id)),
        },
        belongs,
      );
      return { measures, deltaLink: changes.next, filteredBy, deleted };
    }
  }

  // The link first: a change made while the plan is read then comes with the next refresh
  // (once more, harmlessly) instead of being lost.
  const deltaLink = await api.startChanges().catch(() => null);
  let filteredBy = options.caseNumber;
  let shownEarly = before !== undefined || options.showEarly === undefined;
  const onPage = (soFar: readonly Measure[]) => {
    if (shownEarly) return;
    shownEarly = true;
    // No delta link yet: a refresh that starts before the rest is read reads in full.
    options.showEarly?.({
      measures: soFar,
      deltaLink: null,
      filteredBy,
      deleted: NOTHING_DELETED,
      partial: true,
    });
  };
  let fetched = await api.listMeasures(
    filteredBy === null ? { signal, onPage } : { caseNumber: filteredBy, signal, onPage },
  );
  if (filteredBy !== null && fetched.length === 0 && options.wholeListWhenEmpty) {
    // A tab set to a plan the list has no measure of (an old link, a plan renamed): show the
    // whole list rather than nothing, and let the user pick.
    filteredBy = null;
    fetched = await api.listMeasures({ signal });
  }
  const now = options.current();
  const local = new Map((now?.measures ?? []).map((m) => [m.id, m]));
  const measures = fetched.map((m) => {
    const kept = local.get(m.id);
    return kept && writtenSince(m.id) ? kept : m;
  });
  return { measures, deltaLink, filteredBy, deleted: now?.deleted ?? NOTHING_DELETED };
}

/**
 * React Query's structural sharing for PlanData: a measure with the same id and eTag as before is
 * the object from before (what changed has a new eTag), and an unchanged list is the list from before.
 */
export function sharePlanData(old: unknown, next: unknown): unknown {
  const before = old as PlanData | undefined;
  const after = next as PlanData;
  if (!before || before.measures === after.measures) return after;
  const known = new Map(before.measures.map((m) => [m.id, m]));
  let same = before.measures.length === after.measures.length;
  const measures = after.measures.map((m, index) => {
    const kept = known.get(m.id);
    const shared = kept && kept.etag !== '' && kept.etag === m.etag ? kept : m;
    if (shared !== before.measures[index]) same = false;
    return shared;
  });
  return { ...after, measures: same ? before.measures : measures };
}
