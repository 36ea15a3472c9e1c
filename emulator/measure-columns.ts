// The columns of the measures list, as DESIGN.md ("The SharePoint list") defines them:
// stable ASCII internal names for the code, Norwegian display names for people.
// Declared here on purpose, apart from the tab's own list (src/graph/measure-columns.ts): the
// emulator is the oracle that provisioning is tested against, so it must not share the list it
// checks. A column changed on one side only makes the provisioning tests fail.
import { REVIEW_STATES, STATUSES } from '../src/domain/status';
import { systemColumns, textFacet } from './columns';
import type { RandomSource } from './ids';
import { newGuid } from './ids';
import type { ColumnDefinition } from './state';

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
  {
    name: 'Deadline',
    displayName: 'Frist',
    dateTime: { displayAs: 'default', format: 'dateOnly' },
  },
  {
    name: 'Status',
    displayName: 'Status',
    choice: { allowTextEntry: false, choices: [...STATUSES], displayAs: 'dropDownMenu' },
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
    choice: { allowTextEntry: false, choices: [...REVIEW_STATES], displayAs: 'dropDownMenu' },
  },
  { name: 'ReviewComment', displayName: 'Kommentar fra vurdering', text: textFacet(true) },
];

export function measureListColumns(random: RandomSource): ColumnDefinition[] {
  return [
    ...systemColumns('Tiltak'),
    ...MEASURE_COLUMNS.map((spec): ColumnDefinition => ({
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
