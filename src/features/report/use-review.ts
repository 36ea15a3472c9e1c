import { useCallback, useMemo, useState } from 'react';
import {
  canReview,
  reviewFields,
  validateReview,
  type Measure,
  type ReviewDecision,
  type ReviewProblem,
} from '../../domain';
import type { MeasuresError } from '../../graph/errors';
import { toMeasuresError } from '../../graph/to-measures-error';
import { usePlanActions } from '../shared/MeasuresProvider';
import { useOwnerScope } from '../shared/owner-scope';
import { useCurrentUser, useServices } from '../shared/services';
import { createReviewDraftStore, restoreReviewDraft, type RestoredReview } from './review-draft';

export type ReviewPhase =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** Not saved; `error` is null for a failure kept from before a reload. */
  | { kind: 'failed'; decision: ReviewDecision; error: MeasuresError | null }
  /** The report changed after the reviewer read it: `read` was reviewed, `current` is the list's now. */
  | { kind: 'conflict'; read: Measure; current: Measure };

export type Review = {
  /** True for the caseworker and managers: they approve and return. */
  canReview: boolean;
  /** The return's comment field is open. */
  returning: boolean;
  comment: string;
  problem: ReviewProblem | null;
  phase: ReviewPhase;
  /** The return comment was kept from an earlier visit and is not sent yet. */
  restored: boolean;
  approve(): void;
  /** Sends the failed review again. */
  retry(): void;
  startReturn(): void;
  setComment(comment: string): void;
  /** Sends the return, refused at the field while the comment is empty. */
  submitReturn(): void;
  cancel(): void;
  /** After a conflict: back to reviewing, now the version the list holds. */
  reviewAgain(): void;
};

/**
 * Approving or returning one measure's report: ReviewState, ReviewComment, ReviewedBy and
 * ReviewedAt written with If-Match on the version the reviewer read, so a report that changed
 * meanwhile is a conflict, never approved unread.
 */
export function useReview(measure: Measure): Review {
  const services = useServices();
  const user = useCurrentUser();
  const { replace } = usePlanActions();
  const { scope, storage } = useOwnerScope();
  const drafts = useMemo(() => createReviewDraftStore(storage, scope), [storage, scope]);
  // A return comment kept from an earlier visit opens where it was left.
  const [kept] = useState<RestoredReview>(() => {
    const restored = restoreReviewDraft(measure, drafts.read(measure.id));
    if (restored.kind === 'none') drafts.remove(measure.id);
    return restored;
  });
  const [returning, setReturning] = useState(kept.kind !== 'none');
  const [comment, setCommentText] = useState(kept.kind === 'none' ? '' : kept.draft.comment);
  const [restored, setRestored] = useState(kept.kind === 'kept' && !kept.draft.failed);
  const [problem, setProblem] = useState<ReviewProblem | null>(null);
  const [phase, setPhase] = useState<ReviewPhase>(() => {
    if (kept.kind === 'changed') {
      const read = { ...measure, etag: kept.draft.baseEtag, statusReport: kept.draft.readReport };
      return { kind: 'conflict', read, current: measure };
    }
    if (kept.kind === 'kept' && kept.draft.failed) {
      return { kind: 'failed', decision: 'return', error: null };
    }
    return { kind: 'idle' };
  });

  /** Keeps the return comment in the browser, over the version it was written on. */
  const keep = useCallback(
    (text: string, read: Measure, failed: boolean) => {
      if (text.trim() === '') drafts.remove(measure.id);
      else {
        drafts.write(measure.id, {
          comment: text,
          baseEtag: read.etag,
          readReport: read.statusReport,
          failed,
        });
      }
    },
    [drafts, measure.id],
  );

  const write = useCallback(
    async (decision: ReviewDecision, text: string) => {
      const refused = validateReview(user, measure, decision, text);
      setProblem(refused);
      if (refused) return;
      setPhase({ kind: 'saving' });
      setRestored(false);
      const read = measure;
      try {
        // PATCH …/items/{id}/fields, If-Match: the eTag of the version on screen
        const saved = await services.measures.updateMeasure(
          read.id,
          read.etag,
          reviewFields(decision, text, user.displayName, new Date()),
        );
        drafts.remove(read.id);
        replace(saved);
        setReturning(false);
        setCommentText('');
        setPhase({ kind: 'idle' });
      } catch (caught) {
        const error = toMeasuresError(caught);
        const current =
          error.kind === 'conflict'
            ? (error.current ?? (await services.measures.getMeasure(read.id).catch(() => null)))
            : null;
        // A return's comment stays in the browser, as the version it was written on: a reload
        // shows it again, as not saved or as the conflict it met.
        if (decision === 'return') keep(text, read, current === null);
        if (current) {
          replace(current);
          setPhase({ kind: 'conflict', read, current });
        } else {
          setPhase({ kind: 'failed', decision, error });
        }
      }
    },
    [measure, replace, services.measures, user, drafts, keep],
  );

  return {
    canReview: canReview(user),
    returning,
    comment,
    problem,
    phase,
    restored,
    approve: () => void write('approve', ''),
    retry: () => {
      if (phase.kind === 'failed') void write(phase.decision, comment);
    },
    startReturn: () => {
      setProblem(null);
      setReturning(true);
    },
    setComment: (text) => {
      setCommentText(text);
      keep(text, measure, phase.kind === 'failed');
      if (problem === 'comment-required' && text.trim() !== '') setProblem(null);
    },
    submitReturn: () => void write('return', comment),
    cancel: () => {
      drafts.remove(measure.id);
      setReturning(false);
      setRestored(false);
      setCommentText('');
      setProblem(null);
      setPhase({ kind: 'idle' });
    },
    reviewAgain: () => {
      // The new version is the one reviewed now: the comment is kept over it.
      keep(comment, measure, false);
      setPhase({ kind: 'idle' });
    },
  };
}
