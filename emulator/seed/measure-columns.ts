// The columns of the demo lists (docs/architecture.md, "The SharePoint lists"): stable ASCII
// internal names for the code, Norwegian display names for people.
//
// Declared here on purpose, independent of src/ (no import of the tab's column list or of its
// status choices): this list is the oracle the provisioning tests compare src/graph's list
// against, and an oracle that read the code under test would agree with any mistake in it.
import { systemColumns, textFacet } from '../sharepoint/columns';
import type { RandomSource } from '../sharepoint/ids';
import { newGuid } from '../sharepoint/ids';
import type { ColumnDefinition } from '../sharepoint/state';

const STATUS_CHOICES = [
  'Ikke påbegynt',
  'Pågår',
  'Gjennomført',
  'Ikke gjennomført',
  'Ikke aktuelt',
];
const REVIEW_CHOICES = ['Ikke vurdert', 'Godkjent', 'Returnert'];
const PLAN_STATE_CHOICES = ['Utkast', 'Aktiv', 'Rapportert', 'Avsluttet'];
export const DEADLINE_RULE_CHOICES = [
  'Instruks 2011: rapport innen ett år',
  'Instruks 2022: fastsatt av avdelingen',
];

type ColumnSpec = Pick<ColumnDefinition, 'name' | 'displayName'> &
  Partial<Pick<ColumnDefinition, 'indexed' | 'text' | 'number' | 'dateTime' | 'choice'>>;

const MEASURE_COLUMNS: ColumnSpec[] = [
  { name: 'Description', displayName: 'Beskrivelse', text: textFacet(true) },
  { name: 'CaseNumber', displayName: 'Saksnummer', text: textFacet(false), indexed: true },
  { name: 'Section', displayName: 'Del', text: textFacet(false) },
  {
    name: 'SortOrder',
    displayName: 'Rekkefølge',
    number: {
      decimalPlaces: 'none',
      displayAs: 'number',
      maximum: 1.7976931348623157e308,
      minimum: -1.7976931348623157e308,
    },
  },
  {
    name: 'ResponsibleUnit',
    displayName: 'Ansvarlig enhet',
    text: textFacet(false),
    indexed: true,
  },
  { name: 'ContributingUnits', displayName: 'Bidragsytere', text: textFacet(true) },
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
  { name: 'DeadlineChangeReason', displayName: 'Begrunnelse for ny frist', text: textFacet(false) },
  {
    name: 'Status',
    displayName: 'Status',
    choice: { allowTextEntry: false, choices: STATUS_CHOICES, displayAs: 'dropDownMenu' },
  },
  { name: 'StatusReport', displayName: 'Statusrapport', text: textFacet(true) },
  { name: 'ReportedBy', displayName: 'Rapportert av', text: textFacet(false) },
  {
    name: 'ReportedAt',
    displayName: 'Rapportert',
    dateTime: { displayAs: 'default', format: 'dateTime' },
  },
  {
    name: 'ReviewState',
    displayName: 'Vurdering',
    choice: { allowTextEntry: false, choices: REVIEW_CHOICES, displayAs: 'dropDownMenu' },
  },
  { name: 'ReviewComment', displayName: 'Kommentar fra vurdering', text: textFacet(true) },
  { name: 'ReviewedBy', displayName: 'Vurdert av', text: textFacet(false) },
  {
    name: 'ReviewedAt',
    displayName: 'Vurdert',
    dateTime: { displayAs: 'default', format: 'dateTime' },
  },
];

/** The contributions list (`Oppfølgingsinnspill`): one item per measure and contributing unit. */
const CONTRIBUTION_COLUMNS: ColumnSpec[] = [
  {
    name: 'MeasureId',
    displayName: 'Tiltak-ID',
    indexed: true,
    number: {
      decimalPlaces: 'none',
      displayAs: 'number',
      maximum: 1.7976931348623157e308,
      minimum: -1.7976931348623157e308,
    },
  },
  { name: 'CaseNumber', displayName: 'Saksnummer', text: textFacet(false), indexed: true },
  { name: 'Unit', displayName: 'Enhet', text: textFacet(false), indexed: true },
  {
    name: 'Status',
    displayName: 'Status',
    choice: { allowTextEntry: false, choices: STATUS_CHOICES, displayAs: 'dropDownMenu' },
  },
  { name: 'Contribution', displayName: 'Innspill', text: textFacet(true) },
  { name: 'ReportedBy', displayName: 'Rapportert av', text: textFacet(false) },
  {
    name: 'ReportedAt',
    displayName: 'Rapportert',
    dateTime: { displayAs: 'default', format: 'dateTime' },
  },
];

const dateOnly = { displayAs: 'default', format: 'dateOnly' as const };

/** The plans list (`Oppfølgingsplaner`): one item per plan. */
const PLAN_COLUMNS: ColumnSpec[] = [
  { name: 'CaseNumber', displayName: 'Saksnummer', text: textFacet(false), indexed: true },
  { name: 'Evaluation', displayName: 'Evaluering', text: textFacet(false) },
  { name: 'PlanDate', displayName: 'Plandato', dateTime: dateOnly },
  { name: 'ReportDue', displayName: 'Rapporteringsfrist', dateTime: dateOnly },
  {
    name: 'DeadlineRule',
    displayName: 'Fristregel',
    choice: { allowTextEntry: false, choices: DEADLINE_RULE_CHOICES, displayAs: 'dropDownMenu' },
  },
  { name: 'Coordinator', displayName: 'Koordinerende enhet', text: textFacet(false) },
  {
    name: 'PlanState',
    displayName: 'Fase',
    choice: { allowTextEntry: false, choices: PLAN_STATE_CHOICES, displayAs: 'dropDownMenu' },
  },
  { name: 'MemoSettings', displayName: 'Notatoppsett', text: textFacet(true) },
];

export function measureListColumns(random: RandomSource): ColumnDefinition[] {
  return listColumns('Tiltak', MEASURE_COLUMNS, random);
}

export function contributionListColumns(random: RandomSource): ColumnDefinition[] {
  return listColumns('Innspill', CONTRIBUTION_COLUMNS, random);
}

export function planListColumns(random: RandomSource): ColumnDefinition[] {
  return listColumns('Plan', PLAN_COLUMNS, random);
}

function listColumns(
  titleDisplayName: string,
  specs: readonly ColumnSpec[],
  random: RandomSource,
): ColumnDefinition[] {
  return [
    ...systemColumns(titleDisplayName),
    ...specs.map((spec): ColumnDefinition => ({
      id: newGuid(random),
      description: '',
      columnGroup: 'Custom Columns',
      enforceUniqueValues: false,
      hidden: false,
      indexed: false,
      readOnly: false,
      required: false,
      ...spec,
    })),
  ];
}
