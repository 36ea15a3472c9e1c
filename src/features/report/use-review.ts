import { useCallback, useState } from 'react';
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
import { useCurrentUser, useServices } from '../shared/services';

export type ReviewPhase =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: MeasuresError }
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
  approve(): void;
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
  const [returning, setReturning] = useState(false);
  const [comment, setCommentText] = useState('');
  const [problem, setProblem] = useState<ReviewProblem | null>(null);
  const [phase, setPhase] = useState<ReviewPhase>({ kind: 'idle' });

  const write = useCallback(
    async (decision: ReviewDecision, text: string) => {
      const refused = validateReview(user, measure, decision, text);
      setProblem(refused);
      if (refused) return;
      setPhase({ kind: 'saving' });
      const read = measure;
      try {
        // PATCH …/items/{id}/fields, If-Match: the eTag of the version on screen
        const saved = await services.measures.updateMeasure(
          read.id,
          read.etag,
          reviewFields(decision, text, user.displayName, new Date()),
        );
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
        if (current) {
          replace(current);
          setPhase({ kind: 'conflict', read, current });
        } else {
          setPhase({ kind: 'failed', error });
        }
      }
    },
    [measure, replace, services.measures, user],
  );

  return {
    canReview: canReview(user),
    returning,
    comment,
    problem,
    phase,
    approve: () => void write('approve', ''),
    startReturn: () => {
      setProblem(null);
      setReturning(true);
    },
    setComment: (text) => {
      setCommentText(text);
      if (problem === 'comment-required' && text.trim() !== '') setProblem(null);
    },
    submitReturn: () => void write('return', comment),
    cancel: () => {
      setReturning(false);
      setProblem(null);
      setPhase({ kind: 'idle' });
    },
    reviewAgain: () => setPhase({ kind: 'idle' }),
  };
}
