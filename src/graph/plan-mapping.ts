import { isPlanState, type Plan } from '../domain';
import { readDeadline, type ListItemJson } from './field-mapping';

/** The plans list's title, beside the measures list on the same site. */
export const PLANS_LIST_TITLE = 'Oppfølgingsplaner';

/** The plans list's columns by internal name: the `$select` of every read. */
export const PLAN_FIELDS = [
  'Title',
  'CaseNumber',
  'Evaluation',
  'PlanDate',
  'ReportDue',
  'DeadlineRule',
  'Coordinator',
  'PlanState',
  'MemoSettings',
] as const;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Graph listItem JSON of the plans list → Plan. A plan without a phase reads as active: an item
 * typed into the list by hand is a plan someone is working on, not a draft to hide.
 */
export function toPlan(item: ListItemJson): Plan {
  const fields = item.fields ?? {};
  const state = fields['PlanState'];
  return {
    id: text(item.id) || text(fields['id']),
    etag: text(item.eTag) || text(item['@odata.etag']) || text(fields['@odata.etag']),
    title: text(fields['Title']),
    caseNumber: text(fields['CaseNumber']).trim(),
    evaluation: text(fields['Evaluation']),
    planDate: readDeadline(fields['PlanDate']),
    reportDue: readDeadline(fields['ReportDue']),
    deadlineRule: text(fields['DeadlineRule']),
    coordinator: text(fields['Coordinator']),
    planState: isPlanState(state) ? state : 'Aktiv',
    memoSettings: text(fields['MemoSettings']).replace(/\r\n?/g, '\n'),
  };
}
