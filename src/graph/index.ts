export { createGraphClient, type GraphClientOptions } from './create-graph-client';
export { createGraphMeasuresApi, PAGE_SIZE } from './graph-measures-api';
export { toFields, toMeasure } from './field-mapping';
export {
  MEASURE_COLUMNS,
  MEASURE_FIELDS,
  MEASURE_LIST_COLUMNS,
  TITLE_COLUMN,
  type ColumnSpec,
  type MeasureField,
} from './measure-columns';
export { resolveList, resolveSiteId, type ResolvedList } from './resolve-list';
export { saveToDrive, type IfNameExists, type SavedDriveItem } from './save-to-drive';
export { checkListAccess, type AccessOutcome, type CompanionList } from './check-list-access';
// Provisioning itself is imported from './provision-list' where it runs (scripts, and the
// configuration page by a dynamic import): in this barrel it would ride along in the tab's start.
export type { ColumnType, ListsProvisionResult, ProvisionResult } from './provision-list';
export { toMeasuresError } from './to-measures-error';
export { isMeasuresError, MeasuresError, type GraphErrorKind } from './errors';
export type { ListLocation, MeasuresApi } from './measures-api';
export { createGraphPlansApi, type PlansApi } from './plans-api';
export { PLAN_FIELDS, PLANS_LIST_TITLE, toPlan } from './plan-mapping';
export type { MeasureChanges } from './measures-api';
export type { ListSetupApi } from './list-setup-api';
export { readMyDepartment } from './read-department';
export {
  createMeasuresBatch,
  BATCH_SIZE,
  type BatchFailure,
  type BatchResult,
} from './create-measures-batch';
export { CONTRIBUTIONS_LIST_TITLE } from './contribution-mapping';
export { createGraphContributionsApi, type ContributionsApi } from './contributions-api';
