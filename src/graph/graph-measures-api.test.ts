import { describe, expect, it } from 'vitest';
import { caseNumberFilter } from './graph-measures-api';

describe('caseNumberFilter', () => {
  it('doubles quotes inside the literal and encodes the expression for the URL', () => {
    expect(decodeURIComponent(caseNumberFilter('11/10298'))).toBe(
      "fields/CaseNumber eq '11/10298'",
    );
    expect(decodeURIComponent(caseNumberFilter("O'Brien & co"))).toBe(
      "fields/CaseNumber eq 'O''Brien & co'",
    );
    expect(caseNumberFilter('a&b#c')).not.toMatch(/[&#]/);
  });
});
