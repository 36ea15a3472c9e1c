import { describe, expect, it } from 'vitest';
import { createDraftStore } from './draft-store';
import { memoryStorage } from '../../../tests/support/memory-storage';

const draft = {
  status: 'Pågår' as const,
  statusReport: 'Første linje\nandre linje',
  baseEtag: '"abc,3"',
  failed: true,
};

describe('createDraftStore', () => {
  it('keeps a draft across store instances (a reload) until it is removed', () => {
    const storage = memoryStorage();
    createDraftStore(storage, 'site/list').write('7', draft);
    const afterReload = createDraftStore(storage, 'site/list');
    expect(afterReload.read('7')).toEqual(draft);
    afterReload.remove('7');
    expect(createDraftStore(storage, 'site/list').read('7')).toBeNull();
  });

  it('keeps drafts of the same item id in different lists apart', () => {
    const storage = memoryStorage();
    createDraftStore(storage, 'site/list-a').write('7', draft);
    expect(createDraftStore(storage, 'site/list-b').read('7')).toBeNull();
  });

  it('ignores what it cannot read instead of failing the tab', () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, 'site/list');
    store.write('1', draft);
    const key = storage.key(0) ?? '';
    storage.setItem(key, '{not json');
    expect(store.read('1')).toBeNull();
    storage.setItem(key, JSON.stringify({ ...draft, status: 'Ferdig' }));
    expect(store.read('1')).toBeNull();
  });

  it('works without storage (blocked by the browser), keeping nothing', () => {
    const store = createDraftStore(undefined, 'site/list');
    store.write('1', draft);
    expect(store.read('1')).toBeNull();
  });
});
