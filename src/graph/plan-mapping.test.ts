import { describe, expect, it } from 'vitest';
import type { ListItemJson } from './field-mapping';
import { toPlan } from './plan-mapping';

/** A plans list item as Graph returns it, with the given columns. */
function planItem(fields: Record<string, unknown>, item: Partial<ListItemJson> = {}): ListItemJson {
  return { id: '3', eTag: '"plan-guid,2"', fields, ...item };
}

describe('toPlan', () => {
  it('maps every column of a plan as the caseworker filled it in', () => {
    const item = planItem({
      Title: 'Oppfølging av evaluering av IOMs innsats mot menneskehandel',
      CaseNumber: ' 11/10298 ',
      Evaluation: 'Evaluering av IOMs innsats',
      PlanDate: '2011-08-25',
      ReportDue: '2012-12-15T23:00:00Z',
      DeadlineRule: 'Instruks 2011: rapport innen ett år',
      Coordinator: 'Seksjon for fred og forsoning',
      PlanState: 'Rapportert',
      MemoSettings: '{"to":"Utviklingsministeren"}',
    });
    expect(toPlan(item)).toEqual({
      id: '3',
      etag: '"plan-guid,2"',
      title: 'Oppfølging av evaluering av IOMs innsats mot menneskehandel',
      caseNumber: '11/10298',
      evaluation: 'Evaluering av IOMs innsats',
      planDate: '2011-08-25',
      reportDue: '2012-12-16',
      deadlineRule: 'Instruks 2011: rapport innen ett år',
      coordinator: 'Seksjon for fred og forsoning',
      planState: 'Rapportert',
      memoSettings: '{"to":"Utviklingsministeren"}',
    });
  });

  it('reads a plan typed into the list by hand, without a phase, as active', () => {
    expect(toPlan(planItem({ Title: 'Ny plan' })).planState).toBe('Aktiv');
    expect(toPlan(planItem({ PlanState: 'Utkast' })).planState).toBe('Utkast');
    expect(toPlan(planItem({ PlanState: 'Ferdig' })).planState).toBe('Aktiv');
  });

  it('gives empty text and no dates for missing or non-text columns', () => {
    const plan = toPlan(planItem({ Title: 42, PlanDate: 'snart', ReportDue: null }));
    expect(plan.title).toBe('');
    expect(plan.caseNumber).toBe('');
    expect(plan.evaluation).toBe('');
    expect(plan.deadlineRule).toBe('');
    expect(plan.coordinator).toBe('');
    expect(plan.memoSettings).toBe('');
    expect(plan.planDate).toBeNull();
    expect(plan.reportDue).toBeNull();
    expect(toPlan({ id: '4' }).title).toBe('');
  });

  it('takes the id and eTag from the fields or the OData annotation when the item has none', () => {
    const fromFields = toPlan({ fields: { id: '9', '@odata.etag': '"f,1"' } });
    expect(fromFields.id).toBe('9');
    expect(fromFields.etag).toBe('"f,1"');
    const fromAnnotation = toPlan({ id: '9', '@odata.etag': '"a,5"', fields: {} });
    expect(fromAnnotation.etag).toBe('"a,5"');
  });

  it('keeps the memo settings’ line breaks as one kind, whatever SharePoint sent', () => {
    const plan = toPlan(planItem({ MemoSettings: 'a\r\nb\rc\nd' }));
    expect(plan.memoSettings).toBe('a\nb\nc\nd');
  });
});
