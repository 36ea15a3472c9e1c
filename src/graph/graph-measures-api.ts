import type { Client } from '@microsoft/microsoft-graph-client';
import type { Measure, MeasurePatch, MeasureVersion, NewMeasure } from '../domain';
import {
  ITEM_PROPERTIES,
  toFields,
  toMeasure,
  toMeasureVersion,
  type ListItemJson,
  type ListItemVersionJson,
} from './field-mapping';
import type { ListLocation, MeasuresApi } from './measures-api';
import { EXPAND_FIELDS, PREFER_NON_INDEXED } from './item-query';
import { readAllPages } from './read-all-pages';
import { readChanges, startChanges } from './read-changes';
import { resolveList } from './resolve-list';
import { toMeasuresError } from './to-measures-error';

/**
 * Items per page when reading the list. A plan has tens of measures and the whole list a few
 * thousand, so 500 reads 2,500 items in 6 requests instead of the 13 of SharePoint's default 200,
 * while each response stays small enough to parse without a pause on a slow laptop and far below
 * the 5,000-item list view threshold. The server may still send fewer; paging follows nextLink.
 */
export const PAGE_SIZE = 500;

const VERSION_FIELDS = 'fields($select=Status,StatusReport,ReportedBy)';
/** Versions fetched one by one at most this many at a time: enough to be quick, few enough not to be throttled. */
const VERSION_READS_AT_ONCE = 4;

/**
 * OData string literal for `$filter`: quotes doubled (OData ABNF, SQUOTE-in-string), then
 * percent-encoded because the SDK puts the filter in the URL as it is.
 */
export function caseNumberFilter(caseNumber: string): string {
  return encodeURIComponent(`fields/CaseNumber eq '${caseNumber.replace(/'/g, "''")}'`);
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** "3.0" → [3, 0], for ordering versions newest first. */
function versionNumber(id: string): [number, number] {
  const [major = '0', minor = '0'] = id.split('.');
  return [Number(major) || 0, Number(minor) || 0];
}

function newestFirst(a: MeasureVersion, b: MeasureVersion): number {
  const [aMajor, aMinor] = versionNumber(a.id);
  const [bMajor, bMinor] = versionNumber(b.id);
  return bMajor - aMajor || bMinor - aMinor || b.modifiedAt.localeCompare(a.modifiedAt);
}

/** Runs `work` over `inputs` with at most `limit` running at once; results in input order. */
async function mapLimited<T, R>(
  inputs: readonly T[],
  limit: number,
  work: (input: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await work(inputs[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}

/** The measures list over Graph: every call is one or a few requests, errors are MeasuresErrors. */
export function createGraphMeasuresApi(client: Client, location: ListLocation): MeasuresApi {
  async function itemsPath(): Promise<string> {
    const { siteId, listId } = await resolveList(client, location);
    return `/sites/${siteId}/lists/${listId}/items`;
  }

  async function itemPath(id: string): Promise<string> {
    return `${await itemsPath()}/${encodeURIComponent(id)}`;
  }

  async function readItem(id: string): Promise<Measure> {
    // GET /sites/{site}/lists/{list}/items/{id}?$select=id,eTag,…&$expand=fields($select=…)
    const item = (await client
      .api(await itemPath(id))
      .select([...ITEM_PROPERTIES])
      .expand(EXPAND_FIELDS)
      .get()) as ListItemJson;
    return toMeasure(item);
  }

  async function readConflict(id: string, error: unknown) {
    let current: Measure | undefined;
    try {
      current = await readItem(id);
    } catch {
      // The conflict is what the user must hear about; without the other version they can still reload.
      current = undefined;
    }
    return toMeasuresError(error, { current });
  }

  async function readVersionFields(id: string, version: ListItemVersionJson) {
    if (version.fields) return version;
    const versionId = typeof version.id === 'string' ? version.id : '';
    // GET /sites/{site}/lists/{list}/items/{id}/versions/{version-id}?$expand=fields($select=…)
    return (await client
      .api(`${await itemPath(id)}/versions/${encodeURIComponent(versionId)}`)
      .expand(VERSION_FIELDS)
      .get()) as ListItemVersionJson;
  }

  return {
    async listMeasures(options = {}) {
      const { caseNumber, signal, onPage } = options;
      try {
        // GET /sites/{site}/lists/{list}/items?$select=id,eTag,…&$expand=fields($select=…)&$top=500
        //     [&$filter=fields/CaseNumber eq '…'], then each @odata.nextLink
        let request = client
          .api(await itemsPath())
          .select([...ITEM_PROPERTIES])
          .expand(EXPAND_FIELDS)
          .top(PAGE_SIZE);
        const headers = caseNumber === undefined ? {} : PREFER_NON_INDEXED;
        if (caseNumber !== undefined) request = request.filter(caseNumberFilter(caseNumber));
        // Each page mapped as it arrives: the first can be shown while the rest are read.
        const measures: Measure[] = [];
        await readAllPages<ListItemJson>(client, request, signal, headers, (page, more) => {
          for (const item of page) measures.push(toMeasure(item));
          if (more) onPage?.(measures.slice());
        });
        return measures;
      } catch (error) {
        // An abort is the caller's own doing: it gets its own reason back, not a failure to show.
        if (signal?.aborted) throw signal.reason;
        throw toMeasuresError(error);
      }
    },

    async startChanges() {
      try {
        return await startChanges(client, await itemsPath());
      } catch (error) {
        throw toMeasuresError(error);
      }
    },

    async readChanges(link, options = {}) {
      try {
        return await readChanges(client, link, options.signal);
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        throw toMeasuresError(error);
      }
    },

    async getMeasure(id) {
      try {
        return await readItem(id);
      } catch (error) {
        throw toMeasuresError(error);
      }
    },

    async updateMeasure(id: string, etag: string, patch: MeasurePatch) {
      let patched: Record<string, unknown>;
      try {
        // PATCH /sites/{site}/lists/{list}/items/{id}/fields   If-Match: <etag>   { "Status": … }
        patched = (await client
          .api(`${await itemPath(id)}/fields`)
          .header('If-Match', etag)
          .patch(toFields(patch))) as Record<string, unknown>;
      } catch (error) {
        if (statusOf(error) === 412) throw await readConflict(id, error);
        throw toMeasuresError(error);
      }
      try {
        // The PATCH answers with the fields only; the item adds who saved when, and its webUrl.
        return await readItem(id);
      } catch (error) {
        // The save went through. Reporting it as failed would have the tab save it again with
        // the old eTag and meet its own change as a conflict; the fields carry the new eTag.
        const saved = toMeasure({ id, fields: patched });
        if (saved.etag === '') throw toMeasuresError(error);
        return saved;
      }
    },

    async createMeasure(measure: NewMeasure) {
      try {
        // POST /sites/{site}/lists/{list}/items   { "fields": { … } }
        // Status and review start where a new measure starts, whatever default the column has.
        const fields = toFields({
          status: 'Ikke påbegynt',
          reviewState: 'Ikke vurdert',
          ...measure,
        });
        const created = (await client.api(await itemsPath()).post({ fields })) as ListItemJson;
        return toMeasure(created);
      } catch (error) {
        throw toMeasuresError(error);
      }
    },

    async deleteMeasure(id, etag) {
      try {
        // DELETE /sites/{site}/lists/{list}/items/{id}: with If-Match, a measure someone changed
        // since it was read is not removed unseen (412).
        const request = client.api(await itemPath(id));
        await (etag === undefined ? request : request.header('If-Match', etag)).delete();
      } catch (error) {
        throw toMeasuresError(error);
      }
    },

    async listVersions(id) {
      try {
        // GET /sites/{site}/lists/{list}/items/{id}/versions?$expand=fields($select=…), then each @odata.nextLink
        const versions = await readAllPages<ListItemVersionJson>(
          client,
          client.api(`${await itemPath(id)}/versions`).expand(VERSION_FIELDS),
        );
        // fields is a navigation property of listItemVersion, so the collection should carry it
        // expanded; listitemversion-get.md documents it only per version, hence the fallback.
        const withFields = await mapLimited(versions, VERSION_READS_AT_ONCE, (version) =>
          readVersionFields(id, version),
        );
        return withFields.map(toMeasureVersion).sort(newestFirst);
      } catch (error) {
        throw toMeasuresError(error);
      }
    },
  };
}
