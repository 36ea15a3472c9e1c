import { describe, expect, it, vi } from 'vitest';
import type { Contribution } from '../../domain';
import { MeasuresError } from '../../graph/errors';
import { createContributionsStore } from './contributions-store';

function contribution(id: string, overrides: Partial<Contribution> = {}): Contribution {
  return {
    id,
    etag: `"${id},1"`,
    measureId: '3',
    caseNumber: '11/10298',
    unit: 'Ambassaden i Dhaka',
    status: 'Pågår',
    contribution: 'viser til at dette er gjort.',
    reportedBy: 'Demobruker',
    reportedAt: '2012-11-26T13:40:00Z',
    modifiedAt: '2012-11-26T13:40:00Z',
    ...overrides,
  };
}

describe('createContributionsStore', () => {
  it('reads the plan once for every measure, and again only when the read is old', async () => {
    let now = 0;
    const listContributions = vi.fn(() => Promise.resolve([contribution('1')]));
    const store = createContributionsStore({ listContributions }, '11/10298', () => now);
    expect(store.getSnapshot().phase).toBe('loading');

    await Promise.all([store.refresh(), store.refresh({ ifOlderThanMs: 10_000 })]);
    expect(listContributions).toHaveBeenCalledTimes(1);
    expect(listContributions).toHaveBeenCalledWith({ caseNumber: '11/10298' });
    expect(store.getSnapshot()).toMatchObject({ phase: 'ready', error: null });

    now = 5_000;
    await store.refresh({ ifOlderThanMs: 10_000 });
    expect(listContributions).toHaveBeenCalledTimes(1);
    now = 20_000;
    await store.refresh({ ifOlderThanMs: 10_000 });
    expect(listContributions).toHaveBeenCalledTimes(2);
  });

  it('keeps what it read when a later read fails, and says why', async () => {
    const listContributions = vi
      .fn<() => Promise<Contribution[]>>()
      .mockResolvedValueOnce([contribution('1')])
      .mockRejectedValueOnce(new MeasuresError('network', 'offline'));
    const store = createContributionsStore({ listContributions }, '11/10298');
    await store.refresh();
    await store.refresh();
    const snapshot = store.getSnapshot();
    expect(snapshot.phase).toBe('ready');
    expect(snapshot.contributions.map((c) => c.id)).toEqual(['1']);
    expect(snapshot.error?.kind).toBe('network');
  });

  it('fails the first read visibly', async () => {
    const store = createContributionsStore(
      { listContributions: () => Promise.reject(new MeasuresError('forbidden', 'no')) },
      '11/10298',
    );
    await store.refresh();
    expect(store.getSnapshot()).toMatchObject({ phase: 'failed', contributions: [] });
    expect(store.getSnapshot().error?.kind).toBe('forbidden');
  });

  it('puts a saved contribution in place of its older version and tells listeners', async () => {
    const store = createContributionsStore(
      { listContributions: () => Promise.resolve([contribution('1'), contribution('2')]) },
      '11/10298',
    );
    await store.refresh();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.replace(contribution('1', { etag: '"1,2"', contribution: 'Ny tekst.' }));
    store.replace(contribution('3', { unit: 'Ambassaden i Abuja' }));
    expect(listener).toHaveBeenCalledTimes(2);
    const byId = new Map(store.getSnapshot().contributions.map((c) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual(['1', '2', '3']);
    expect(byId.get('1')).toMatchObject({ etag: '"1,2"', contribution: 'Ny tekst.' });
    unsubscribe();
    store.replace(contribution('2', { etag: '"2,2"' }));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
