// The plans list as the export dialog's component tests see it: in memory, with eTags that
// change on every write and a 412 for a stale one, as Graph answers (the browser and integration
// tests run the same code against the emulator).
import type { Plan } from '../../../src/domain';
import { MeasuresError } from '../../../src/graph/errors';
import type { NewPlan, PlansApi } from '../../../src/graph/plans-api';

export type PlansInMemory = PlansApi & {
  /** The plan as the list holds it now. */
  current(caseNumber: string): Plan | undefined;
  /** Another caseworker's save: the item changes under the dialog. */
  saveAsSomeoneElse(caseNumber: string, memoSettings: string): void;
  writes: number;
  /** Every write fails with this error (a 500, a lost network) until called with null. */
  failWrites(error: Error | null): void;
};

export function plansInMemory(plans: Partial<Plan>[]): PlansInMemory {
  let version = 1;
  const items: Plan[] = plans.map((plan, index) => ({
    id: String(index + 1),
    etag: `"plan-${index + 1},${version}"`,
    title: 'Oppfølging av evaluering av IOMs innsats mot menneskehandel',
    caseNumber: '11/10298',
    evaluation: '',
    planDate: '2011-08-25',
    reportDue: '2012-08-25',
    deadlineRule: '',
    coordinator: '',
    planState: 'Aktiv',
    memoSettings: '',
    ...plan,
  }));
  const write = (item: Plan, patch: Partial<NewPlan>): Plan => {
    version += 1;
    Object.assign(item, patch, { etag: `"plan-${item.id},${version}"` });
    return { ...item };
  };
  let failure: Error | null = null;
  const api: PlansInMemory = {
    writes: 0,
    failWrites(error) {
      failure = error;
    },
    listPlans: () => Promise.resolve(items.map((item) => ({ ...item }))),
    createPlan: () => Promise.reject(new Error('not used by the export dialog')),
    updatePlan(id, etag, patch) {
      const item = items.find((p) => p.id === id);
      if (!item) return Promise.reject(new MeasuresError('not-found', 'Item not found'));
      if (failure) return Promise.reject(failure);
      if (item.etag !== etag) {
        return Promise.reject(
          new MeasuresError('conflict', 'The item was changed', { status: 412 }),
        );
      }
      api.writes += 1;
      return Promise.resolve(write(item, patch));
    },
    current: (caseNumber) => items.find((p) => p.caseNumber === caseNumber),
    saveAsSomeoneElse(caseNumber, memoSettings) {
      const item = items.find((p) => p.caseNumber === caseNumber);
      if (item) write(item, { memoSettings });
    },
  };
  return api;
}
