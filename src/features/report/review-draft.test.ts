import { describe, expect, it } from 'vitest';
import { createReviewDraftStore, restoreReviewDraft, type ReviewDraft } from './review-draft';
import { memoryStorage } from '../../../tests/support/memory-storage';

const draft = (overrides: Partial<ReviewDraft> = {}): ReviewDraft => ({
  comment: 'Skriv hvilket prosjekt som er ettårig. ',
  baseEtag: '"a,3"',
  readReport: 'Ett prosjekt er fortsatt ettårig.',
  failed: true,
  ...overrides,
});

describe('createReviewDraftStore', () => {
  it('keeps a return comment across a reload, per person and list', () => {
    const storage = memoryStorage();
    createReviewDraftStore(storage, 'demo/leder|list-a').write('7', draft());
    expect(createReviewDraftStore(storage, 'demo/leder|list-a').read('7')).toEqual(draft());
    expect(createReviewDraftStore(storage, 'demo/saksbehandler|list-a').read('7')).toBeNull();
    expect(createReviewDraftStore(storage, 'demo/leder|list-b').read('7')).toBeNull();
  });

  it('reads a damaged value as nothing, and keeps nothing while the person is unknown', () => {
    const storage = memoryStorage();
    storage.setItem('oppfolging.review-draft.v1:p|l:7', '{"comment": 3}');
    expect(createReviewDraftStore(storage, 'p|l').read('7')).toBeNull();
    storage.setItem('oppfolging.review-draft.v1:p|l:8', 'not json');
    expect(createReviewDraftStore(storage, 'p|l').read('8')).toBeNull();
    createReviewDraftStore(storage, null).write('9', draft());
    expect(storage.length).toBe(2);
  });
});

describe('restoreReviewDraft', () => {
  const measure = { etag: '"a,3"', reviewState: 'Ikke vurdert' as const, reviewComment: '' };

  it('offers a kept comment over the version it was written on', () => {
    expect(restoreReviewDraft(measure, draft())).toEqual({ kind: 'kept', draft: draft() });
  });

  it('shows a measure changed since as a conflict, not something to send', () => {
    expect(restoreReviewDraft({ ...measure, etag: '"a,4"' }, draft())).toEqual({
      kind: 'changed',
      draft: draft(),
    });
  });

  it('drops a return the list already holds (its save went through before a reload)', () => {
    const returned = {
      etag: '"a,4"',
      reviewState: 'Returnert' as const,
      reviewComment: 'Skriv hvilket prosjekt som er ettårig.',
    };
    expect(restoreReviewDraft(returned, draft())).toEqual({ kind: 'none' });
    expect(restoreReviewDraft(measure, null)).toEqual({ kind: 'none' });
  });
});
