import type { Measure, MeasurePatch, MeasureVersion, NewMeasure } from '../domain';

/** Where the measures list lives: a site (by id, or `hostname:/server-relative-path`) and a list (by id or title). */
export type ListLocation = {
  site: string;
  list: string;
};

/** What the tab does with the measures list. One implementation: Graph (graph-measures-api.ts). */
export type MeasuresApi = {
  // GET /sites/{site}/lists/{list}/items?$expand=fields($select=…)&$top=…[&$filter=fields/CaseNumber eq '…'], all pages
  listMeasures(options?: { caseNumber?: string; signal?: AbortSignal }): Promise<Measure[]>;
  // GET /sites/{site}/lists/{list}/items/{id}?$expand=fields($select=…)
  getMeasure(id: string): Promise<Measure>;
  // PATCH /sites/{site}/lists/{list}/items/{id}/fields with If-Match: etag; then the item again for its new eTag
  updateMeasure(id: string, etag: string, patch: MeasurePatch): Promise<Measure>;
  // POST /sites/{site}/lists/{list}/items
  createMeasure(measure: NewMeasure): Promise<Measure>;
  // DELETE /sites/{site}/lists/{list}/items/{id}
  deleteMeasure(id: string): Promise<void>;
  /**
   * The item's saved versions, newest first: by version id, major then minor as numbers ("3.10"
   * after "3.9"), which SharePoint raises with every save; callers show them in this order.
   */
  // GET /sites/{site}/lists/{list}/items/{id}/versions (+ fields of each)
  listVersions(id: string): Promise<MeasureVersion[]>;
};
