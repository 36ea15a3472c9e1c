import type { Contribution } from '../../domain';
import type { MeasuresError } from '../../graph/errors';
import { toMeasuresError } from '../../graph/to-measures-error';
import type { ContributionsApi } from '../../graph/contributions-api';

export type ContributionsSnapshot = {
  phase: 'loading' | 'ready' | 'failed';
  contributions: readonly Contribution[];
  /** Why the last read failed; what was read before stays. */
  error: MeasuresError | null;
};

export type ContributionsStore = {
  getSnapshot(): ContributionsSnapshot;
  subscribe(listener: () => void): () => void;
  /** Reads the plan's contributions again, unless a read is under way or the last is fresh. */
  refresh(options?: { ifOlderThanMs?: number }): Promise<void>;
  /** Puts a contribution just saved (or the winner of a conflict) in place of its older version. */
  replace(contribution: Contribution): void;
};

/**
 * The contributions of one plan (CaseNumber), read once for every measure shown and kept until
 * read again: one request for the plan, not one per measure.
 */
export function createContributionsStore(
  api: Pick<ContributionsApi, 'listContributions'>,
  caseNumber: string,
  now: () => number = Date.now,
): ContributionsStore {
  let snapshot: ContributionsSnapshot = { phase: 'loading', contributions: [], error: null };
  let readAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: ContributionsSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh({ ifOlderThanMs = 0 } = {}) {
      if (reading) return reading;
      if (now() - readAt < ifOlderThanMs) return Promise.resolve();
      // GET …/lists/Oppfølgingsinnspill/items?$filter=fields/CaseNumber eq '…', all pages
      reading = api
        .listContributions({ caseNumber })
        .then(
          (contributions) => {
            readAt = now();
            set({ phase: 'ready', contributions, error: null });
          },
          (error: unknown) => {
            set({
              phase: snapshot.phase === 'ready' ? 'ready' : 'failed',
              contributions: snapshot.contributions,
              error: toMeasuresError(error),
            });
          },
        )
        .finally(() => {
          reading = null;
        });
      return reading;
    },
    replace(contribution) {
      const others = snapshot.contributions.filter((c) => c.id !== contribution.id);
      set({ ...snapshot, contributions: [...others, contribution] });
    },
  };
}
