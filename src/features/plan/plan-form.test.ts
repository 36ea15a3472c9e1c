import { describe, expect, it } from 'vitest';
import { editPlanForm, emptyPlanForm, planFormProblems, toNewPlan } from './plan-form';

const RULE_2011 = 'Instruks 2011: rapport innen ett år' as const;
const RULE_2022 = 'Instruks 2022: fastsatt av avdelingen' as const;

describe('the plan form', () => {
  it('takes the dates the deadline rule proposes, and moves them with the plan date', () => {
    let form = editPlanForm(emptyPlanForm('HUM-seksjonen'), {
      field: 'planDate',
      value: '2011-08-25',
    });
    expect(form.reportDue).toBe('');
    form = editPlanForm(form, { field: 'deadlineRule', value: RULE_2011 });
    expect([form.reportDue, form.measureDeadline]).toEqual(['2012-08-25', '2012-08-25']);
    form = editPlanForm(form, { field: 'planDate', value: '2012-01-31' });
    expect([form.reportDue, form.measureDeadline]).toEqual(['2013-01-31', '2013-01-31']);
  });

  it('keeps a date the caseworker set by hand; clearing it follows the rule again', () => {
    let form = editPlanForm(emptyPlanForm(''), { field: 'planDate', value: '2011-08-25' });
    form = editPlanForm(form, { field: 'deadlineRule', value: RULE_2011 });
    form = editPlanForm(form, { field: 'measureDeadline', value: '2012-01-31' });
    form = editPlanForm(form, { field: 'planDate', value: '2011-09-01' });
    expect([form.reportDue, form.measureDeadline]).toEqual(['2012-09-01', '2012-01-31']);
    form = editPlanForm(form, { field: 'measureDeadline', value: '' });
    expect(form.measureDeadline).toBe('2012-09-01');
    // The 2022 rule proposes nothing: the dates not set by hand are emptied.
    form = editPlanForm(form, { field: 'deadlineRule', value: RULE_2022 });
    expect([form.reportDue, form.measureDeadline]).toEqual(['', '']);
  });

  it('needs a title and a case number no other plan has', () => {
    const form = emptyPlanForm('');
    expect(planFormProblems(form)).toEqual({ title: 'required', caseNumber: 'required' });
    const named = { ...form, title: 'Plan', caseNumber: ' 11/10298 ' };
    expect(planFormProblems(named, ['11/10298'])).toEqual({ caseNumber: 'taken' });
    expect(planFormProblems({ ...named, caseNumber: '25/1', planDate: '25.08.2011' })).toEqual({
      planDate: 'invalid',
    });
  });

  it('writes an active plan with trimmed values', () => {
    const form = {
      ...editPlanForm(emptyPlanForm(' HUM-seksjonen '), { field: 'planDate', value: '2011-08-25' }),
      title: ' Oppfølging av IOM ',
      caseNumber: ' 11/10298 ',
    };
    expect(toNewPlan(form)).toEqual({
      title: 'Oppfølging av IOM',
      caseNumber: '11/10298',
      evaluation: '',
      planDate: '2011-08-25',
      reportDue: null,
      deadlineRule: '',
      coordinator: 'HUM-seksjonen',
      planState: 'Aktiv',
      memoSettings: '',
    });
  });
});
