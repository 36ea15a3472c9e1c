// List items: GET/POST /lists/{list}/items, GET/DELETE /items/{id}, GET/PATCH /items/{id}/fields,
// GET /items/{id}/versions[/{version}] (listitem-list.md, listitem-get.md, listitem-create.md,
// listitem-update.md, listitem-delete.md, listitem-list-versions.md, listitemversion-get.md).
import { parseFieldWrites } from '../sharepoint/field-values';
import { GraphError, itemNotFound, unknownProperty, invalidRequest } from '../http/graph-error';
import {
  LIST_ITEM_PROPERTIES,
  etagOf,
  fieldsJson,
  itemVersions,
  listItemJson,
  versionJson,
} from '../http/graph-json';
import type { GraphRequest, GraphResponse } from '../http/graph-request';
import { isPlainObject, jsonResponse, noContent, readJsonObject } from '../http/graph-request';
import { callerName } from '../http/caller';
import { createItemRecord, editorOf, updateItemRecord } from '../sharepoint/item-records';
import { itemFilter } from '../odata/item-filter';
import {
  decodeSkipToken,
  encodeSkipToken,
  expandedProperties,
  nextLink,
  pageSize,
  selectedProperties,
} from '../odata/odata-query';
import type { ListItemRecord, ListRecord } from '../sharepoint/state';
import { siteTimeZone, versioningOf } from '../sharepoint/state';
import type { Store } from '../sharepoint/store';
import { firstIndexAfter } from '../sharepoint/store';
import { graphTimestamp } from '../sharepoint/time';

function itemsContext(request: GraphRequest, store: Store, list: ListRecord): string {
  return `${request.linkBase}/$metadata#sites('${encodeURIComponent(store.state.site.id)}')/lists('${list.id}')/items`;
}

function itemOptions(request: GraphRequest) {
  const select = selectedProperties(request.query, LIST_ITEM_PROPERTIES, 'listItem');
  const expand = expandedProperties(
    request.query,
    ['fields', 'driveItem', 'versions', 'analytics'],
    'listItem',
  );
  return { select, fields: expand.get('fields') };
}

export function requireItem(store: Store, list: ListRecord, id: string): ListItemRecord {
  const item = store.findItem(list, id);
  if (!item)
    throw itemNotFound(`The list item '${id}' was not found in the list '${list.displayName}'.`);
  return item;
}

export function listItems(store: Store, request: GraphRequest, list: ListRecord): GraphResponse {
  const options = itemOptions(request);
  const matches = itemFilter(list, request);
  const size = pageSize(request.query);
  const items = list.items;
  const page: ListItemRecord[] = [];
  let hasMore = false;
  for (let i = firstIndexAfter(items, decodeSkipToken(request.query)); i < items.length; i++) {
    const item = items[i];
    if (item === undefined || (matches && !matches(item))) continue;
    if (page.length === size) {
      hasMore = true;
      break;
    }
    page.push(item);
  }
  const body: Record<string, unknown> = { '@odata.context': itemsContext(request, store, list) };
  const last = page[page.length - 1];
  if (hasMore && last) {
    body['@odata.nextLink'] = nextLink(
      request.linkBase,
      request.path,
      request.rawQuery,
      encodeSkipToken(last.id),
    );
  }
  body.value = page.map((item) => listItemJson(store.state, list, item, options));
  return jsonResponse(200, body);
}

export function getItem(
  store: Store,
  request: GraphRequest,
  list: ListRecord,
  id: string,
): GraphResponse {
  const item = requireItem(store, list, id);
  return jsonResponse(
    200,
    {
      '@odata.context': `${itemsContext(request, store, list)}/$entity`,
      ...listItemJson(store.state, list, item, itemOptions(request)),
    },
    { ETag: etagOf(item) },
  );
}

export function getItemFields(
  store: Store,
  request: GraphRequest,
  list: ListRecord,
  id: string,
): GraphResponse {
  const item = requireItem(store, list, id);
  const select = selectedProperties(
    request.query,
    [...list.columns.map((c) => c.name), 'id'],
    'fieldValueSet',
  );
  return jsonResponse(200, fieldsJson(store.state, list, item, select ? [...select] : null), {
    ETag: etagOf(item),
  });
}

/** If-Match as clients send the eTag: with or without its quotes (or escaped), or `*`. */
function checkIfMatch(request: GraphRequest, item: ListItemRecord): void {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return;
  const normalized = header
    .trim()
    .replace(/^W\//, '')
    .replace(/\\"/g, '"')
    .replace(/^"+|"+$/g, '')
    .toLowerCase();
  if (normalized !== `${item.uniqueId},${item.version}`.toLowerCase()) {
    throw new GraphError(
      412,
      'resourceModified',
      `The request ETag value '${header}' does not match the object's ETag value '${etagOf(item)}'.`,
    );
  }
}

export async function createItem(
  store: Store,
  request: GraphRequest,
  list: ListRecord,
): Promise<GraphResponse> {
  const body = readJsonObject(request);
  for (const key of Object.keys(body)) {
    if (key !== 'fields' && key !== 'contentType' && !key.startsWith('@odata.'))
      throw unknownProperty(key, 'listItem');
  }
  const fields = body.fields ?? {};
  if (!isPlainObject(fields)) throw invalidRequest("'fields' must be an object of field values.");
  const values = parseFieldWrites(list.columns, fields, siteTimeZone(store.state));
  const now = graphTimestamp();
  const editor = callerName(request.headers) ?? editorOf(values);
  const item = createItemRecord(store.state, list, values, editor, now);
  store.addItem(list, item);
  list.modifiedAt = now;
  await store.commit();
  const json = listItemJson(store.state, list, item, {
    select: null,
    fields: { name: 'fields', select: null },
  });
  return jsonResponse(
    201,
    { '@odata.context': `${itemsContext(request, store, list)}/$entity`, ...json },
    { ETag: etagOf(item) },
  );
}

async function writeFields(
  store: Store,
  request: GraphRequest,
  list: ListRecord,
  item: ListItemRecord,
  fields: Record<string, unknown>,
): Promise<void> {
  checkIfMatch(request, item);
  const changes = parseFieldWrites(list.columns, fields, siteTimeZone(store.state));
  const now = graphTimestamp();
  updateItemRecord(
    store.state,
    item,
    changes,
    callerName(request.headers) ?? editorOf(changes),
    now,
    versioningOf(list),
  );
  list.modifiedAt = now;
  await store.commit();
}

/** `PATCH …/items/{id}` with `{ "fields": { … } }` (listitem-update.md; PnPjs writes this way). */
export async function updateItem(
  store: Store,
  request: GraphRequest,
  list: ListRecord,
  id: string,
): Promise<GraphResponse> {
  const item = requireItem(store, list, id);
  const body = readJsonObject(request);
  for (const key of Object.keys(body)) {
    if (key !== 'fields' && !key.startsWith('@odata.')) throw unknownProperty(key, 'listItem');
  }
  const fields = body.fields ?? {};
  if (!isPlainObject(fields)) throw invalidRequest("'fields' must be an object of field values.");
  await writeFields(store, request, list, item, fields);
  const json = listItemJson(store.state, list, item, {
    select: null,
    fields: { name: 'fields', select: null },
  });
  return jsonResponse(
    200,
    { '@odata.context': `${itemsContext(request, store, list)}/$entity`, ...json },
    { ETag: etagOf(item) },
  );
}

export async function updateItemFields(
  store: Store,
  request: GraphRequest,
  list: ListRecord,
  id: string,
): Promise<GraphResponse> {
  const item = requireItem(store, list, id);
  await writeFields(store, request, list, item, readJsonObject(request));
  return jsonResponse(
    200,
    {
      '@odata.context': `${itemsContext(request, store, list)}('${item.id}')/fields/$entity`,
      ...fieldsJson(store.state, list, item, null),
    },
    { ETag: etagOf(item) },
  );
}

export async function deleteItem(
  store: Store,
  request: GraphRequest,
  list: ListRecord,
  id: string,
): Promise<GraphResponse> {
  const item = requireItem(store, list, id);
  checkIfMatch(request, item);
  store.removeItem(list, item);
  list.modifiedAt = graphTimestamp();
  await store.commit();
  return noContent();
}

function versionFieldsOption(request: GraphRequest) {
  return expandedProperties(request.query, ['fields'], 'listItemVersion').get('fields');
}

export function listVersions(
  store: Store,
  request: GraphRequest,
  list: ListRecord,
  id: string,
): GraphResponse {
  const item = requireItem(store, list, id);
  const fields = versionFieldsOption(request);
  return jsonResponse(200, {
    '@odata.context': `${itemsContext(request, store, list)}('${item.id}')/versions`,
    value: itemVersions(item).map((version) => versionJson(store.state, list, version, fields)),
  });
}

export function getVersion(
  store: Store,
  request: GraphRequest,
  list: ListRecord,
  id: string,
  versionId: string,
): GraphResponse {
  const item = requireItem(store, list, id);
  const wanted = versionId.replace(/\.0$/, '');
  const version = itemVersions(item).find((candidate) => String(candidate.version) === wanted);
  if (!version)
    throw itemNotFound(`The version '${versionId}' of the list item '${id}' was not found.`);
  return jsonResponse(200, versionJson(store.state, list, version, versionFieldsOption(request)));
}
