import { MEASURE_FIELDS } from './measure-columns';

/** The `$expand` of every read of measures: the columns the tab maps, nothing else. */
export const EXPAND_FIELDS = `fields($select=${MEASURE_FIELDS.join(',')})`;

/**
 * Sent with every `$filter` on fields: harmless on an indexed column, and on a list made by hand
 * whose index is missing the filter still answers (up to SharePoint's 5,000-item threshold).
 */
export const PREFER_NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
