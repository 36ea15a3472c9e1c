import { describe, expect, it } from 'vitest';
import { testMeasure } from './measure.test-helper';
import { contributesTo } from './plan-units';

describe('contributesTo', () => {
  it('is true for a unit asked for input, false for the lead and for others', () => {
    const measure = testMeasure('1', {
      responsibleUnit: 'Regionalavdelingen',
      contributingUnits: ['Ambassaden i Dhaka'],
    });
    expect(contributesTo(measure, 'Ambassaden i Dhaka')).toBe(true);
    expect(contributesTo(measure, 'Regionalavdelingen')).toBe(false);
    expect(contributesTo(measure, 'IOM')).toBe(false);
    expect(contributesTo(measure, null)).toBe(false);
  });

  it('is false for the lead unit even when the list also names it among the contributors', () => {
    // SharePoint lets a caseworker tick the lead unit in both columns; it still leads.
    const measure = testMeasure('1', {
      responsibleUnit: 'HUM-seksjonen',
      contributingUnits: ['HUM-seksjonen', 'Geneve-delegasjonen'],
    });
    expect(contributesTo(measure, 'HUM-seksjonen')).toBe(false);
    expect(contributesTo(measure, 'Geneve-delegasjonen')).toBe(true);
  });
});
