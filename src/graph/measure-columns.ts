import { DEADLINE_RULES, PLAN_STATES, REVIEW_STATES, STATUSES } from '../domain';

// The measures list's columns: the one place the tab names them. Every read selects
// MEASURE_FIELDS, provisioning creates MEASURE_LIST_COLUMNS, and the configuration page shows their
// display names. The emulator declares the list's columns again, on its own (emulator/measure-
// columns.ts): it plays SharePoint, so it is what provisioning is checked against, and a column
// changed here alone must make those tests fail rather than pass by sharing the mistake.

type TextFacet = { allowMultipleLines: boolean; textType?: 'plain'; maxLength?: number };
type ChoiceFacet = { allowTextEntry: false; choices: string[]; displayAs: 'dropDownMenu' };
type DateTimeFacet = { displayAs: 'default'; format: 'dateOnly' | 'dateTime' };
type NumberFacet = { decimalPlaces: 'none' };

/** A column as Graph's columnDefinition describes it (list-create.md, columndefinition.md). */
export type ColumnSpec = {
  /** The internal name: stable ASCII, what the code reads and writes. */
  name: string;
  /** What people see in SharePoint. */
  displayName: string;
  indexed?: boolean;
  text?: TextFacet;
  number?: NumberFacet;
  dateTime?: DateTimeFacet;
  choice?: ChoiceFacet;
};

export const singleLine: TextFacet = { allowMultipleLines: false, maxLength: 255 };
export const multiLinePlain: TextFacet = { allowMultipleLines: true, textType: 'plain' };
export const choices = (values: readonly string[]): ChoiceFacet => ({
  allowTextEntry: false,
  choices: [...values],
  displayAs: 'dropDownMenu',
});

/** Title comes with every list; SharePoint calls it "Title" until it is renamed. */
export const TITLE_COLUMN = {
  name: 'Title',
  displayName: 'Tiltak',
  defaultDisplayName: 'Title',
} as const;

const ADDED_COLUMNS = [
  { name: 'Description', displayName: 'Beskrivelse', text: multiLinePlain },
  { name: 'CaseNumber', displayName: 'Saksnummer', text: singleLine, indexed: true },
  { name: 'Section', displayName: 'Del', text: singleLine },
  { name: 'SortOrder', displayName: 'Rekkefølge', number: { decimalPlaces: 'none' } },
  { name: 'ResponsibleUnit', displayName: 'Ansvarlig enhet', text: singleLine, indexed: true },
  { name: 'ContributingUnits', displayName: 'Bidragsytere', text: multiLinePlain },
  {
    name: 'Deadline',
    displayName: 'Frist',
    dateTime: { displayAs: 'default', format: 'dateOnly' },
  },
  {
    name: 'RevisedDeadline',
    displayName: 'Ny frist',
    dateTime: { displayAs: 'default', format: 'dateOnly' },
  },
  { name: 'DeadlineChangeReason', displayName: 'Begrunnelse for ny frist', text: singleLine },
  { name: 'Status', displayName: 'Status', choice: choices(STATUSES) },
  { name: 'StatusReport', displayName: 'Statusrapport', text: multiLinePlain },
  { name: 'ReportedBy', displayName: 'Rapportert av', text: singleLine },
  {
    name: 'ReportedAt',
    displayName: 'Rapportert',
    dateTime: { displayAs: 'default', format: 'dateTime' },
  },
  { name: 'ReviewState', displayName: 'Vurdering', choice: choices(REVIEW_STATES) },
  { name: 'ReviewComment', displayName: 'Kommentar fra vurdering', text: multiLinePlain },
  { name: 'ReviewedBy', displayName: 'Vurdert av', text: singleLine },
  {
    name: 'ReviewedAt',
    displayName: 'Vurdert',
    dateTime: { displayAs: 'default', format: 'dateTime' },
  },
] as const satisfies readonly ColumnSpec[];

/** The columns this tab adds to a generic list, in the order SharePoint will show them. */
export const MEASURE_LIST_COLUMNS: readonly ColumnSpec[] = ADDED_COLUMNS;

const ALL_COLUMNS = [TITLE_COLUMN, ...ADDED_COLUMNS] as const;

/** Every column the tab reads and writes: Title, then the ones it adds. */
export const MEASURE_COLUMNS: readonly Pick<ColumnSpec, 'name' | 'displayName'>[] = ALL_COLUMNS;

/** A column's internal name, as a type: toFields can write no other. */
export type MeasureField = (typeof ALL_COLUMNS)[number]['name'];

/** The internal names of MEASURE_COLUMNS: the `$select` of every read (Graph returns only what is selected). */
export const MEASURE_FIELDS: readonly MeasureField[] = ALL_COLUMNS.map((column) => column.name);

const dateOnly: DateTimeFacet = { displayAs: 'default', format: 'dateOnly' };

/** The plans list (`Oppfølgingsplaner`): one item per plan, beside the measures. */
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

/** The contributions list (`Oppfølgingsinnspill`): one item per measure and contributing unit. */
export const CONTRIBUTION_LIST_COLUMNS: readonly ColumnSpec[] = [
  { name: 'MeasureId', displayName: 'Tiltak-ID', number: { decimalPlaces: 'none' }, indexed: true },
  { name: 'CaseNumber', displayName: 'Saksnummer', text: singleLine, indexed: true },
  { name: 'Unit', displayName: 'Enhet', text: singleLine, indexed: true },
  { name: 'Status', displayName: 'Status', choice: choices(STATUSES) },
  { name: 'Contribution', displayName: 'Innspill', text: multiLinePlain },
  { name: 'ReportedBy', displayName: 'Rapportert av', text: singleLine },
  {
    name: 'ReportedAt',
    displayName: 'Rapportert',
    dateTime: { displayAs: 'default', format: 'dateTime' },
  },
];
