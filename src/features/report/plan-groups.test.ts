import { describe, expect, it } from 'vitest';
import { testMeasure } from '../../domain/measure.test-helper';
import { planGroups } from './plan-groups';

const t = {
  returnedMeasures: 'Returnert til deg',
  yourMeasures: 'Dine tiltak',
  contributingMeasures: 'Bidrag fra deg',
  otherMeasures: 'Andre enheters tiltak',
  allMeasures: 'Tiltak',
};

function plan() {
  return [
    testMeasure('1', { responsibleUnit: 'Regionalavdelingen' }),
    testMeasure('2', { responsibleUnit: 'Regionalavdelingen', reviewState: 'Returnert' }),
    testMeasure('3', {
      responsibleUnit: 'HUM-seksjonen',
      contributingUnits: ['Ambassaden i Dhaka', 'Regionalavdelingen'],
    }),
    testMeasure('4', { responsibleUnit: 'IOM' }),
  ];
}

const shape = (groups: ReturnType<typeof planGroups>) =>
  groups.map((g) => [g.heading, g.measures.map((m) => m.id), g.editable]);

describe('planGroups', () => {
  it('gives a unit its returned reports first, then its own, its contributions, the rest', () => {
    expect(shape(planGroups(plan(), { role: 'unit', unit: 'Regionalavdelingen' }, t))).toEqual([
      ['Returnert til deg', ['2'], true],
      ['Dine tiltak', ['1'], true],
      ['Bidrag fra deg', ['3'], false],
      ['Andre enheters tiltak', ['4'], false],
    ]);
  });

  it('gives an embassy that leads nothing only what it contributes to, and the rest', () => {
    expect(shape(planGroups(plan(), { role: 'unit', unit: 'Ambassaden i Dhaka' }, t))).toEqual([
      ['Bidrag fra deg', ['3'], false],
      ['Andre enheters tiltak', ['1', '2', '4'], false],
    ]);
  });

  it('lets the caseworker edit every report, and a manager none', () => {
    expect(shape(planGroups(plan(), { role: 'caseworker', unit: null }, t))).toEqual([
      ['Tiltak', ['1', '2', '3', '4'], true],
    ]);
    expect(shape(planGroups(plan(), { role: 'manager', unit: null }, t))).toEqual([
      ['Tiltak', ['1', '2', '3', '4'], false],
    ]);
  });

  it('shows no empty group to a caseworker or manager when the plan has no measures yet', () => {
    expect(planGroups([], { role: 'caseworker', unit: null }, t)).toEqual([]);
  });
});
