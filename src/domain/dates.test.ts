import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, formatNorwegianDate, toCalendarDate } from './dates';

describe('dates', () => {
  it('writes dates as dd.mm.yyyy from a calendar date or an instant', () => {
    expect(formatNorwegianDate('2012-08-25')).toBe('25.08.2012');
    expect(formatNorwegianDate('2012-08-25T10:00:00Z')).toBe('25.08.2012');
  });

  it('takes the calendar date of a moment in the user’s own time zone', () => {
    expect(toCalendarDate(new Date(2012, 0, 5, 23, 59))).toBe('2012-01-05');
  });

  it('splits an instant into the local date and time, with leading zeros', () => {
    const instant = new Date(2012, 7, 5, 9, 7).toISOString();
    expect(formatLocalDateTime(instant)).toEqual({ date: '05.08.2012', time: '09:07' });
    expect(formatLocalDateTime('not a date')).toBeNull();
  });

  it('pads month and day, and counts months from one', () => {
    expect(toCalendarDate(new Date(2012, 11, 20, 0, 0))).toBe('2012-12-20');
    expect(formatLocalDateTime(new Date(2012, 11, 20, 14, 30).toISOString())).toEqual({
      date: '20.12.2012',
      time: '14:30',
    });
  });

  it('leaves a missing part of a date empty rather than printing "undefined"', () => {
    expect(formatNorwegianDate('2012')).toBe('..2012');
    expect(formatNorwegianDate('2012-12')).toBe('.12.2012');
  });
});
