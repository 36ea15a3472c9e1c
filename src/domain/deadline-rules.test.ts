import { describe, expect, it } from 'vitest';
import {
  addOffset,
  deadlineRuleSpec,
  defaultDates,
  effectiveDeadline,
  validateDeadlineChange,
} from './deadline-rules';
import { DEADLINE_RULES } from './plan';
import { isOverdue } from './rules';

describe('deadline rules', () => {
  it('has a spec for every rule the plans list offers', () => {
    for (const name of DEADLINE_RULES) expect(deadlineRuleSpec(name)?.name).toBe(name);
    expect(deadlineRuleSpec('Ukjent regel')).toBeUndefined();
  });

  it('2011: the report and every measure within a year of the plan date', () => {
    expect(defaultDates('Instruks 2011: rapport innen ett år', '2011-08-25')).toEqual({
      reportDue: '2012-08-25',
      measureDeadline: '2012-08-25',
    });
  });

  it('2022: the department sets the dates, so none are proposed', () => {
    expect(defaultDates('Instruks 2022: fastsatt av avdelingen', '2023-03-01')).toEqual({
      reportDue: null,
      measureDeadline: null,
    });
  });

  it('proposes nothing without a plan date or for an unknown rule', () => {
    expect(defaultDates('Instruks 2011: rapport innen ett år', null)).toEqual({
      reportDue: null,
      measureDeadline: null,
    });
    expect(defaultDates('Annen regel', '2011-08-25').reportDue).toBeNull();
  });

  it('adds months keeping the day, clamped to the month’s end; days roll over', () => {
    expect(addOffset('2012-02-29', { months: 12, days: 0 })).toBe('2013-02-28');
    expect(addOffset('2011-01-31', { months: 1, days: 0 })).toBe('2011-02-28');
    expect(addOffset('2011-12-31', { months: 0, days: 1 })).toBe('2012-01-01');
    expect(addOffset('2011-11-15', { months: 3, days: 0 })).toBe('2012-02-15');
    expect(addOffset('2011-02-30', { months: 1, days: 0 })).toBeNull();
    expect(addOffset('25.08.2011', { months: 1, days: 0 })).toBeNull();
  });
});

describe('revised deadlines', () => {
  it('overdue counts from the revised deadline when there is one', () => {
    const today = new Date(2012, 8, 1);
    const moved = {
      deadline: '2012-08-25',
      revisedDeadline: '2012-12-31',
      status: 'Pågår' as const,
    };
    expect(effectiveDeadline(moved)).toBe('2012-12-31');
    expect(isOverdue(moved, today)).toBe(false);
    expect(isOverdue({ ...moved, revisedDeadline: null }, today)).toBe(true);
    expect(isOverdue({ ...moved, revisedDeadline: '2012-08-31' }, today)).toBe(true);
  });

  it('a revised deadline needs a reason and may not lie before the plan', () => {
    expect(validateDeadlineChange({ revisedDeadline: '2013-01-31', reason: ' ' })).toBe(
      'reason-required',
    );
    expect(
      validateDeadlineChange({
        revisedDeadline: '2011-01-31',
        reason: 'Feil',
        planDate: '2011-08-25',
      }),
    ).toBe('before-plan');
    expect(validateDeadlineChange({ revisedDeadline: '2013-01-31', reason: 'Styremøte' })).toBe(
      null,
    );
    expect(validateDeadlineChange({ revisedDeadline: null, reason: '' })).toBe(null);
  });
});

describe('addOffset at the edges of months and years', () => {
  it('refuses month 13, day 0 and a day past the month’s end', () => {
    expect(addOffset('2011-13-01', { months: 0, days: 0 })).toBeNull();
    expect(addOffset('2011-00-10', { months: 0, days: 0 })).toBeNull();
    expect(addOffset('2011-08-00', { months: 0, days: 0 })).toBeNull();
    expect(addOffset('2011-04-31', { months: 0, days: 0 })).toBeNull();
    expect(addOffset('2011-08-25 ', { months: 0, days: 0 })).toBeNull();
  });

  it('accepts the first and last day of a month, and December', () => {
    expect(addOffset('2011-08-01', { months: 12, days: 0 })).toBe('2012-08-01');
    expect(addOffset('2011-04-30', { months: 0, days: 0 })).toBe('2011-04-30');
    expect(addOffset('2011-12-15', { months: 1, days: 0 })).toBe('2012-01-15');
    expect(addOffset('2012-02-29', { months: 0, days: 0 })).toBe('2012-02-29');
  });

  it('counts months back and days both ways', () => {
    expect(addOffset('2012-01-15', { months: -1, days: 0 })).toBe('2011-12-15');
    expect(addOffset('2012-03-31', { months: -1, days: 0 })).toBe('2012-02-29');
    expect(addOffset('2012-03-01', { months: 0, days: -1 })).toBe('2012-02-29');
    expect(addOffset('2011-08-25', { months: 6, days: 10 })).toBe('2012-03-06');
    expect(addOffset('2011-08-25', { months: 25, days: 0 })).toBe('2013-09-25');
  });
});

describe('validateDeadlineChange at the plan date', () => {
  it('allows a revised deadline on the plan date itself, and one without a plan date', () => {
    expect(
      validateDeadlineChange({
        revisedDeadline: '2011-08-25',
        reason: 'Ny',
        planDate: '2011-08-25',
      }),
    ).toBeNull();
    expect(
      validateDeadlineChange({ revisedDeadline: '2011-08-24', reason: 'Ny', planDate: null }),
    ).toBeNull();
    expect(
      validateDeadlineChange({
        revisedDeadline: '2011-08-24',
        reason: 'Ny',
        planDate: '2011-08-25',
      }),
    ).toBe('before-plan');
  });

  it('asks for a reason before it looks at the date', () => {
    expect(
      validateDeadlineChange({ revisedDeadline: '2011-01-01', reason: '', planDate: '2011-08-25' }),
    ).toBe('reason-required');
  });

  it('takes the original deadline when none was revised, and null when there is none', () => {
    expect(effectiveDeadline({ deadline: '2012-08-25', revisedDeadline: null })).toBe('2012-08-25');
    expect(effectiveDeadline({ deadline: '2012-08-25' })).toBe('2012-08-25');
    expect(effectiveDeadline({ deadline: null, revisedDeadline: null })).toBeNull();
  });
});

describe('addOffset: only a whole yyyy-mm-dd', () => {
  it('refuses a date with anything before it', () => {
    expect(addOffset('12011-08-25', { months: 1, days: 0 })).toBeNull();
    expect(addOffset('ca. 2011-08-25', { months: 1, days: 0 })).toBeNull();
  });
});
