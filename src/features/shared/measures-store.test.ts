import { describe, expect, it, vi } from 'vitest';
import type { Measure } from '../../domain';
import { MeasuresError } from '../../graph/errors';
import type { MeasuresApi } from '../../graph/measures-api';
import { makeMeasure } from '../../../tests/support/memo/seed-measures';
import { createMeasuresStore } from './measures-store';

function measure(id: string, etag: string, statusReport = ''): Measure {
  return makeMeasure({ id, etag, statusReport, sortOrder: Number(id) });
}

/** A MeasuresApi whose listMeasures answers when the test says so. */
function controllableApi() {
  const pending: { resolve: (m: Measure[]) => void; reject: (e: unknown) => void }[] = [];
  const calls: { caseNumber?: string }[] = [];
  const unused = () => Promise.reject(new Error('not used by the store'));
  const api: MeasuresApi = {
    listMeasures: (options) => {
      calls.push(options?.caseNumber === undefined ? {} : { caseNumber: options.caseNumber });
      return new Promise<Measure[]>((resolve, reject) => pending.push({ resolve, reject }));
    },
    getMeasure: unused,
    updateMeasure: unused,
    createMeasure: unused,
    deleteMeasure: unused,
    listVersions: unused,
    startChanges: unused,
    readChanges: unused,
  };
  return { api, pending, calls };
}

describe('createMeasuresStore', () => {
  it('reads the plan by its case number and shares one request between concurrent refreshes', async () => {
    const { api, pending, calls } = controllableApi();
    const store = createMeasuresStore(api, { caseNumber: '11/10298' });
    const first = store.refresh();
    const second = store.refresh();
    expect(calls).toEqual([{ caseNumber: '11/10298' }]);
    pending[0]?.resolve([measure('1', 'a')]);
    await Promise.all([first, second]);
    expect(store.getSnapshot().phase).toBe('ready');
    expect(store.getSnapshot().measures.map((m) => m.id)).toEqual(['1']);
  });

  it('does not let a refresh that started before a save put the older version back', async () => {
    const { api, pending } = controllableApi();
    const store = createMeasuresStore(api, { caseNumber: null });
    const load = store.refresh();
    pending[0]?.resolve([measure('1', 'v1'), measure('2', 'v1')]);
    await load;

    const stale = store.refresh();
    store.replace(measure('1', 'v2', 'Lagret nå'));
    pending[1]?.resolve([measure('1', 'v1'), measure('2', 'v5')]);
    await stale;
    expect(store.getSnapshot().measures.map((m) => m.etag)).toEqual(['v2', 'v5']);

    const fresh = store.refresh();
    pending[2]?.resolve([measure('1', 'v3'), measure('2', 'v5')]);
    await fresh;
    expect(store.getSnapshot().measures.map((m) => m.etag)).toEqual(['v3', 'v5']);
  });

  it('keeps showing the plan when a later refresh fails, and says why', async () => {
    const { api, pending } = controllableApi();
    const store = createMeasuresStore(api, { caseNumber: null });
    const load = store.refresh();
    pending[0]?.resolve([measure('1', 'a')]);
    await load;
    const failing = store.refresh();
    pending[1]?.reject(new MeasuresError('network', 'offline'));
    await failing;
    expect(store.getSnapshot()).toMatchObject({ phase: 'ready', error: { kind: 'network' } });
    expect(store.getSnapshot().measures).toHaveLength(1);
  });

  it('reports a failed first load as failed', async () => {
    const { api, pending } = controllableApi();
    const store = createMeasuresStore(api, { caseNumber: null });
    const load = store.refresh();
    pending[0]?.reject(new MeasuresError('forbidden', 'no'));
    await load;
    expect(store.getSnapshot()).toMatchObject({ phase: 'failed', error: { kind: 'forbidden' } });
  });
});

describe('createMeasuresStore with a plan set for the tab', () => {
  it('reads the whole list when the list holds no measure of that plan, and keeps doing so', async () => {
    const { api, pending, calls } = controllableApi();
    const store = createMeasuresStore(api, { caseNumber: '12/404' });
    expect(store.getSnapshot().filteredBy).toBe('12/404');
    const load = store.refresh();
    pending[0]?.resolve([]);
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]?.resolve([measure('1', 'a')]);
    await load;
    expect(calls).toEqual([{ caseNumber: '12/404' }, {}]);
    expect(store.getSnapshot()).toMatchObject({ phase: 'ready', filteredBy: null });
    expect(store.getSnapshot().measures.map((m) => m.id)).toEqual(['1']);

    const again = store.refresh();
    pending[2]?.resolve([measure('1', 'b')]);
    await again;
    expect(calls).toEqual([{ caseNumber: '12/404' }, {}, {}]);
  });

  it('says the measures were read for that plan when it has any', async () => {
    const { api, pending } = controllableApi();
    const store = createMeasuresStore(api, { caseNumber: '11/10298' });
    const load = store.refresh();
    pending[0]?.resolve([measure('1', 'a')]);
    await load;
    expect(store.getSnapshot()).toMatchObject({ phase: 'ready', filteredBy: '11/10298' });
  });
});
