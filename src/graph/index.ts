export { createGraphClient, type GraphClientOptions } from './create-graph-client';
export { createGraphMeasuresApi, PAGE_SIZE } from './graph-measures-api';
export { MEASURE_FIELDS, toFields, toMeasure } from './field-mapping';
export { resolveList, resolveSiteId, type ResolvedList } from './resolve-list';
export { saveToDrive, type SavedDriveItem } from './save-to-drive';
export { toMeasuresError } from './to-measures-error';
export { isMeasuresError, MeasuresError, type GraphErrorKind } from './errors';
export type { ListLocation, MeasuresApi } from './measures-api';
