import { describe, expect, it } from 'vitest';
import { testMeasure } from '../../domain/measure.test-helper';
import {
  formOf,
  measureFormProblems,
  measurePatch,
  newMeasure,
  newMeasureForm,
} from './measure-form';

describe('editing one measure', () => {
  it('sends only what changed', () => {
    const measure = testMeasure('3', {
      responsibleUnit: 'Regionalavdelingen',
      contributingUnits: ['Fagseksjonene'],
      deadline: '2012-08-25',
    });
    const form = formOf(measure);
    expect(measurePatch(form, measure)).toEqual({});
    expect(
      measurePatch(
        {
          ...form,
          contributingUnits: ['Fagseksjonene', 'Ambassaden i Dhaka', 'Regionalavdelingen'],
          sortOrder: '35',
        },
        measure,
      ),
    ).toEqual({ contributingUnits: ['Fagseksjonene', 'Ambassaden i Dhaka'], sortOrder: 35 });
  });

  it('refuses a revised deadline without a reason, or before the plan date', () => {
    const form = formOf(testMeasure('1', { deadline: '2012-08-25' }));
    const revised = { ...form, revisedDeadline: '2012-12-31' };
    expect(measureFormProblems(revised)).toEqual({ deadlineChangeReason: 'required' });
    const reasoned = { ...revised, deadlineChangeReason: 'Venter på tildelingsbrevene.' };
    expect(measureFormProblems(reasoned, '2011-08-25')).toEqual({});
    expect(
      measureFormProblems({ ...reasoned, revisedDeadline: '2011-01-01' }, '2011-08-25'),
    ).toEqual({ revisedDeadline: 'before-plan' });
    expect(
      measureFormProblems({ ...form, title: ' ', responsibleUnit: '', sortOrder: '1,5' }),
    ).toEqual({ title: 'required', responsibleUnit: 'required', sortOrder: 'invalid' });
  });

  it('writes the revised deadline and its reason; moving it back clears the reason', () => {
    const measure = testMeasure('1', { deadline: '2012-08-25' });
    const form = {
      ...formOf(measure),
      revisedDeadline: '2012-12-31',
      deadlineChangeReason: ' Forsinket. ',
    };
    expect(measurePatch(form, measure)).toEqual({
      revisedDeadline: '2012-12-31',
      deadlineChangeReason: 'Forsinket.',
    });
    const moved = { ...measure, revisedDeadline: '2012-12-31', deadlineChangeReason: 'Forsinket.' };
    expect(measurePatch({ ...formOf(moved), revisedDeadline: '' }, moved)).toEqual({
      revisedDeadline: null,
      deadlineChangeReason: '',
    });
  });

  it('places a new measure after the plan’s last, with the plan’s deadline', () => {
    const measures = [
      testMeasure('1', { sortOrder: 10, section: 'Departementets oppfølging' }),
      testMeasure('2', { sortOrder: 110, section: 'IOMs oppfølging' }),
    ];
    const form = newMeasureForm(measures, { deadline: '2012-08-25', section: 'X' });
    expect(form).toMatchObject({
      section: 'IOMs oppfølging',
      sortOrder: '120',
      deadline: '2012-08-25',
    });
    const created = newMeasure(
      { ...form, title: 'IOM lager en strategi', responsibleUnit: 'IOM' },
      '11/10298',
    );
    expect(created).toMatchObject({
      title: 'IOM lager en strategi',
      description: 'IOM lager en strategi',
      caseNumber: '11/10298',
      sortOrder: 120,
      revisedDeadline: null,
      deadlineChangeReason: '',
    });
  });
});
