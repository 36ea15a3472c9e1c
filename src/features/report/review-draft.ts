import type { Measure } from '../../domain';
import { createKeptStore, type KeptStore } from './kept-store';

/**
 * A return comment not yet saved, kept in the browser from the first keystroke until the return
 * is saved or cancelled: a failed save survives a reload and can be sent again.
 */
export type ReviewDraft = {
  comment: string;
  /** The eTag of the version reviewed: the return is sent with it as If-Match. */
  baseEtag: string;
  /** The report as the reviewer read it, to show beside the list's when it changed meanwhile. */
  readReport: string;
  /** True after a save attempt failed. */
  failed: boolean;
};

export type ReviewDraftStore = KeptStore<ReviewDraft>;

const REVIEW_DRAFT_PREFIX = 'oppfolging.review-draft.v1:';

function parseReviewDraft(value: unknown): ReviewDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { comment, baseEtag, readReport, failed } = value as Record<string, unknown>;
  if (typeof comment !== 'string' || typeof baseEtag !== 'string') return null;
  if (typeof readReport !== 'string') return null;
  return { comment, baseEtag, readReport, failed: failed === true };
}

export function createReviewDraftStore(
  storage: Storage | undefined,
  scope: string | null,
): ReviewDraftStore {
  return createKeptStore(storage, scope, REVIEW_DRAFT_PREFIX, parseReviewDraft);
}

export type RestoredReview =
  | { kind: 'none' }
  /** Still to send, over the version it was written on. */
  | { kind: 'kept'; draft: ReviewDraft }
  /** The measure changed since the comment was written: shown as a conflict, not sent. */
  | { kind: 'changed'; draft: ReviewDraft };

/**
 * A kept return comment checked against what the list holds now. A return the list already
 * holds (its save went through before a reload cut the answer short) is done; a measure with
 * another eTag is a conflict to look at, never a return sent over a report nobody read.
 */
export function restoreReviewDraft(
  measure: Pick<Measure, 'etag' | 'reviewState' | 'reviewComment'>,
  draft: ReviewDraft | null,
): RestoredReview {
  if (!draft) return { kind: 'none' };
  if (measure.reviewState === 'Returnert' && measure.reviewComment === draft.comment.trim()) {
    return { kind: 'none' };
  }
  return measure.etag === draft.baseEtag ? { kind: 'kept', draft } : { kind: 'changed', draft };
}
