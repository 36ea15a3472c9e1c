import { DEADLINE_RULES, PLAN_STATES } from '../domain';
import { choices, multiLinePlain, singleLine, type ColumnSpec } from './measure-columns';

const dateOnly = { displayAs: 'default', format: 'dateOnly' } as const;

/** The plans list (`Oppfølgingsplaner`): one item per plan, beside the measures. Title is "Plan". */
export const PLAN_LIST_COLUMNS: readonly ColumnSpec[] = [
  { name: 'CaseNumber', displayName: 'Saksnummer', text: singleLine, indexed: true },
  { name: 'Evaluation', displayName: 'Evaluering', text: singleLine },
  { name: 'PlanDate', displayName: 'Plandato', dateTime: dateOnly },
  { name: 'ReportDue', displayName: 'Rapporteringsfrist', dateTime: dateOnly },
  { name: 'DeadlineRule', displayName: 'Fristregel', choice: choices(DEADLINE_RULES) },
  { name: 'Coordinator', displayName: 'Koordinerende enhet', text: singleLine },
  { name: 'PlanState', displayName: 'Fase', choice: choices(PLAN_STATES) },
  { name: 'MemoSettings', displayName: 'Notatoppsett', text: multiLinePlain },
];
