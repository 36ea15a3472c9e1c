import { describe, expect, it } from 'vitest';
import { testMeasure } from './measure.test-helper';
import { contributesTo, listPlanUnits } from './plan-units';

describe('listPlanUnits', () => {
  it('names leading and contributing units once each, in Norwegian order', () => {
    const measures = [
      testMeasure('1', {
        responsibleUnit: 'Regionalavdelingen',
        contributingUnits: ['Ambassaden i Dhaka', 'Ambassaden i Abuja'],
      }),
      testMeasure('2', {
        responsibleUnit: 'HUM-seksjonen',
        contributingUnits: ['Ambassaden i Abuja'],
      }),
      testMeasure('3', { responsibleUnit: ' ', contributingUnits: [''] }),
    ];
    expect(listPlanUnits(measures)).toEqual([
      'Ambassaden i Abuja',
      'Ambassaden i Dhaka',
      'HUM-seksjonen',
      'Regionalavdelingen',
    ]);
  });
});

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
});
