import type { Measure, MeasurePatch, MeasureVersion, NewMeasure } from '../domain';

/** Where the measures list lives: a site (by id, or `hostname:/server-relative-path`) and a list (by id or title). */
export type ListLocation = {
  site: string;
  list: string;
};

/** The changes to the list since a delta link, in any plan: the caller keeps the ones it shows. */
export type MeasureChanges = {
  /** Items created or changed, as they are now (the last occurrence when Graph sent one twice). */
  changed: Measure[];
  /** Ids of items deleted. */
  deleted: string[];
  /** The link to ask for the changes after these. */
  next: string;
};

/** What the tab does with the measures list. One implementation: Graph (graph-measures-api.ts). */
export type MeasuresApi = {
  // GET /sites/{site}/lists/{list}/items?$expand=fields($select=…)&$top=…[&$filter=fields/CaseNumber eq '…'], all pages
  // (onPage: told the measures read so far after each page but the last, to show them early)
  listMeasures(options?: {
    caseNumber?: string;
    signal?: AbortSignal;
    onPage?: (soFar: readonly Measure[]) => void;
  }): Promise<Measure[]>;
  // GET /sites/{site}/lists/{list}/items/delta?token=latest → its @odata.deltaLink
  startChanges(): Promise<string>;
  // GET <deltaLink>, then each @odata.nextLink: what changed in the whole list since the link was
  // given; null when Graph refuses the link (expired or unknown token: 410, 400)
  readChanges(link: string, options?: { signal?: AbortSignal }): Promise<MeasureChanges | null>;
  // GET /sites/{site}/lists/{list}/items/{id}?$expand=fields($select=…)
  getMeasure(id: string): Promise<Measure>;
  // PATCH /sites/{site}/lists/{list}/items/{id}/fields with If-Match: etag; then the item again for its new eTag
  updateMeasure(id: string, etag: string, patch: MeasurePatch): Promise<Measure>;
  // POST /sites/{site}/lists/{list}/items
  createMeasure(measure: NewMeasure): Promise<Measure>;
  // DELETE /sites/{site}/lists/{list}/items/{id}, with If-Match: etag when given (a 412 is a conflict)
  deleteMeasure(id: string, etag?: string): Promise<void>;
  /**
   * The item's saved versions, newest first: by version id, major then minor as numbers ("3.10"
   * after "3.9"), which SharePoint raises with every save; callers show them in this order.
   */
  // GET /sites/{site}/lists/{list}/items/{id}/versions (+ fields of each)
  listVersions(id: string): Promise<MeasureVersion[]>;
};
