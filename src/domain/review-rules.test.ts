import { describe, expect, it } from 'vitest';
import {
  canReview,
  returnedFirst,
  reviewFields,
  reviewStateAfterSave,
  splitByApproval,
  validateReview,
} from './review-rules';

const manager = { role: 'manager' as const };
const caseworker = { role: 'caseworker' as const };
const unit = { role: 'unit' as const };

describe('review rules', () => {
  it('lets the caseworker and managers review, never a unit', () => {
    expect(canReview(manager)).toBe(true);
    expect(canReview(caseworker)).toBe(true);
    expect(canReview(unit)).toBe(false);
    expect(validateReview(unit, { statusReport: 'x' }, 'approve', '')).toBe('not-a-reviewer');
  });

  it('refuses a return without a comment, and an approval of nothing', () => {
    expect(validateReview(manager, { statusReport: 'x' }, 'return', '  ')).toBe('comment-required');
    expect(validateReview(manager, { statusReport: 'x' }, 'return', 'Mangler dato.')).toBeNull();
    expect(validateReview(manager, { statusReport: ' ' }, 'approve', '')).toBe('nothing-to-review');
    expect(validateReview(manager, { statusReport: 'x' }, 'approve', '')).toBeNull();
  });

  it('writes the verdict, who and when; an approval clears the comment', () => {
    const now = new Date('2012-12-10T10:00:00Z');
    expect(reviewFields('return', ' Mangler dato. ', 'Eva Hermstad', now)).toEqual({
      reviewState: 'Returnert',
      reviewComment: 'Mangler dato.',
      reviewedBy: 'Eva Hermstad',
      reviewedAt: '2012-12-10T10:00:00.000Z',
    });
    expect(reviewFields('approve', 'gammel', 'Eva Hermstad', now)).toMatchObject({
      reviewState: 'Godkjent',
      reviewComment: '',
    });
  });

  it('a changed report or status goes back to "Ikke vurdert"; an unchanged save keeps it', () => {
    const before = {
      status: 'Pågår' as const,
      statusReport: 'Rapport.',
      reviewState: 'Godkjent' as const,
    };
    expect(reviewStateAfterSave(before, { status: 'Pågår', statusReport: 'Rapport. ' })).toBe(
      'Godkjent',
    );
    expect(reviewStateAfterSave(before, { status: 'Pågår', statusReport: 'Ny rapport.' })).toBe(
      'Ikke vurdert',
    );
    expect(reviewStateAfterSave(before, { status: 'Gjennomført', statusReport: 'Rapport.' })).toBe(
      'Ikke vurdert',
    );
    expect(
      reviewStateAfterSave(
        { ...before, reviewState: 'Returnert' },
        { status: 'Pågår', statusReport: 'Rettet.' },
      ),
    ).toBe('Ikke vurdert');
  });

  it('puts returned reports first, keeping the order otherwise', () => {
    const list = [
      { id: 'a', reviewState: 'Godkjent' as const },
      { id: 'b', reviewState: 'Returnert' as const },
      { id: 'c', reviewState: 'Ikke vurdert' as const },
      { id: 'd', reviewState: 'Returnert' as const },
    ];
    expect(returnedFirst(list).map((m) => m.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(splitByApproval(list)).toEqual({
      approved: [list[0]],
      notApproved: [list[1], list[2], list[3]],
    });
  });
});

describe('review rules at the edges', () => {
  it('lets a reviewer return an empty report with a comment asking for one', () => {
    expect(
      validateReview({ role: 'caseworker' }, { statusReport: ' ' }, 'return', 'Skriv rapporten.'),
    ).toBeNull();
    expect(validateReview({ role: 'caseworker' }, { statusReport: '' }, 'return', ' ')).toBe(
      'comment-required',
    );
  });

  it('ignores spaces around the report on either side when a unit saves', () => {
    const before = {
      status: 'Pågår' as const,
      statusReport: ' Rapport.\n',
      reviewState: 'Returnert' as const,
    };
    expect(reviewStateAfterSave(before, { status: 'Pågår', statusReport: 'Rapport.' })).toBe(
      'Returnert',
    );
  });

  it('keeps a returned report’s comment trimmed, and the reviewer and time as given', () => {
    const fields = reviewFields(
      'return',
      '\nMangler dato.  ',
      'Eva',
      new Date(Date.UTC(2012, 11, 4)),
    );
    expect(fields).toEqual({
      reviewState: 'Returnert',
      reviewComment: 'Mangler dato.',
      reviewedBy: 'Eva',
      reviewedAt: '2012-12-04T00:00:00.000Z',
    });
  });
});
