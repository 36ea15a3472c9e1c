import { describe, expect, it } from 'vitest';
import { formatNorwegianDate, toCalendarDate } from './dates';

describe('toCalendarDate', () => {
  it('writes the local calendar day as yyyy-mm-dd, month and day padded', () => {
    expect(toCalendarDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(toCalendarDate(new Date(2012, 11, 20, 0, 0))).toBe('2012-12-20');
  });
});

describe('formatNorwegianDate', () => {
  it('writes dd.mm.yyyy from a date or an instant', () => {
    expect(formatNorwegianDate('2012-12-20')).toBe('20.12.2012');
    expect(formatNorwegianDate('2011-08-25T10:00:00Z')).toBe('25.08.2011');
  });
  it('leaves a missing part empty rather than printing "undefined"', () => {
    expect(formatNorwegianDate('2012')).toBe('..2012');
    expect(formatNorwegianDate('2012-12')).toBe('.12.2012');
  });
});
