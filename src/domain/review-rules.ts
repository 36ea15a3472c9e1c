// The review round: a manager or the caseworker approves a unit's report or returns it with a
// comment; a report changed after review goes back to "Ikke vurdert". Pure rules; the features
// decide when to ask them.
import type { ReviewState, Status } from './status';

export type Reviewer = { role: 'unit' | 'caseworker' | 'manager' };

export type ReviewDecision = 'approve' | 'return';

export type ReviewProblem = 'comment-required' | 'not-a-reviewer' | 'nothing-to-review';

/** Who may review: the caseworker and managers, never the unit that wrote the report. */
export function canReview(user: Reviewer): boolean {
  return user.role === 'caseworker' || user.role === 'manager';
}

/** What stops a review from being saved; null when it may be. A return must say why. */
export function validateReview(
  user: Reviewer,
  measure: { statusReport: string },
  decision: ReviewDecision,
  comment: string,
): ReviewProblem | null {
  if (!canReview(user)) return 'not-a-reviewer';
  if (decision === 'approve' && measure.statusReport.trim() === '') return 'nothing-to-review';
  if (decision === 'return' && comment.trim() === '') return 'comment-required';
  return null;
}

export type ReviewFields = {
  reviewState: ReviewState;
  reviewComment: string;
  reviewedBy: string;
  reviewedAt: string;
};

/** The columns a review writes. An approval keeps no comment: there is nothing left to fix. */
export function reviewFields(
  decision: ReviewDecision,
  comment: string,
  reviewer: string,
  now: Date,
): ReviewFields {
  return {
    reviewState: decision === 'approve' ? 'Godkjent' : 'Returnert',
    reviewComment: decision === 'approve' ? '' : comment.trim(),
    reviewedBy: reviewer,
    reviewedAt: now.toISOString(),
  };
}

/**
 * The review state after a unit saves: a report or status that changed is no longer the one
 * that was reviewed, so it goes back to "Ikke vurdert"; an unchanged save keeps the verdict.
 */
export function reviewStateAfterSave(
  before: { status: Status; statusReport: string; reviewState: ReviewState },
  after: { status: Status; statusReport: string },
): ReviewState {
  const changed =
    before.status !== after.status || before.statusReport.trim() !== after.statusReport.trim();
  return changed ? 'Ikke vurdert' : before.reviewState;
}

/** A unit's own measures with the returned ones first, otherwise in the order given. */
export function returnedFirst<T extends { reviewState: ReviewState }>(measures: readonly T[]): T[] {
  const returned = measures.filter((m) => m.reviewState === 'Returnert');
  return [...returned, ...measures.filter((m) => m.reviewState !== 'Returnert')];
}

/** Splits measures for an export of approved reports only: what goes in, and what is left out. */
export function splitByApproval<T extends { reviewState: ReviewState }>(
  measures: readonly T[],
): { approved: T[]; notApproved: T[] } {
  return {
    approved: measures.filter((m) => m.reviewState === 'Godkjent'),
    notApproved: measures.filter((m) => m.reviewState !== 'Godkjent'),
  };
}
