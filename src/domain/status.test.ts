import { describe, expect, it } from 'vitest';
import { isReviewState, isStatus, REVIEW_STATES, STATUSES } from './status';

describe('isStatus and isReviewState', () => {
  it('accepts exactly the choices of the list’s columns', () => {
    for (const status of STATUSES) expect(isStatus(status)).toBe(true);
    for (const state of REVIEW_STATES) expect(isReviewState(state)).toBe(true);
  });
  it('refuses other text, another column’s choice and non-strings', () => {
    expect(isStatus('Ferdig')).toBe(false);
    expect(isStatus('Godkjent')).toBe(false);
    expect(isStatus('')).toBe(false);
    expect(isStatus(null)).toBe(false);
    expect(isReviewState('Pågår')).toBe(false);
    expect(isReviewState('')).toBe(false);
    expect(isReviewState(undefined)).toBe(false);
  });
});
