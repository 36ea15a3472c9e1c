// Sites, lists and columns: GET /sites/{site}, /sites/{site}/lists[/{list}[/columns[/{column}]]]
// (site-get.md, list-list.md, list-get.md, list-create.md, list-post-columns.md,
// columndefinition-update.md).
import {
  columnFromRequest,
  columnJson,
  findColumn,
  systemColumns,
  updateColumn,
} from '../sharepoint/columns';
import { GraphError, invalidRequest, itemNotFound, unknownProperty } from '../http/graph-error';
import { listJson, siteJson } from '../http/graph-json';
import type { GraphRequest, GraphResponse } from '../http/graph-request';
import {
  isPlainObject,
  jsonResponse,
  noContent,
  queryOption,
  readJsonObject,
} from '../http/graph-request';
import { newGuid } from '../sharepoint/ids';
import { expandedProperties } from '../odata/odata-query';
import type { ListRecord } from '../sharepoint/state';
import type { Store } from '../sharepoint/store';
import { graphTimestamp } from '../sharepoint/time';

function context(request: GraphRequest, store: Store, tail: string): string {
  return `${request.linkBase}/$metadata#sites('${encodeURIComponent(store.state.site.id)}')${tail}`;
}

export function getSite(store: Store, request: GraphRequest): GraphResponse {
  return jsonResponse(200, {
    '@odata.context': `${request.linkBase}/$metadata#sites/$entity`,
    ...siteJson(store.state),
  });
}

export function requireList(store: Store, key: string): ListRecord {
  const list = store.findList(key);
  if (!list) throw itemNotFound(`The list '${key}' was not found on this site.`);
  return list;
}

function listWithExpansions(store: Store, request: GraphRequest, list: ListRecord) {
  const expand = expandedProperties(
    request.query,
    ['columns', 'items', 'contentTypes', 'drive'],
    'list',
  );
  const json: Record<string, unknown> = listJson(store.state, list);
  if (expand.has('columns')) json.columns = list.columns.map(columnJson);
  return json;
}

export function getLists(store: Store, request: GraphRequest): GraphResponse {
  let lists = store.state.lists;
  // The one filter clients use on lists: finding one by its title.
  const filter = queryOption(request.query, 'filter');
  if (filter !== null) {
    const match = /^\s*displayName\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
    if (!match)
      throw invalidRequest(
        `The emulator filters lists only by displayName eq '…', not '${filter}'.`,
      );
    const title = (match[1] ?? '').replace(/''/g, "'").toLowerCase();
    lists = lists.filter((list) => list.displayName.toLowerCase() === title);
  }
  return jsonResponse(200, {
    '@odata.context': context(request, store, '/lists'),
    value: lists.map((list) => listWithExpansions(store, request, list)),
  });
}

export function getList(store: Store, request: GraphRequest, key: string): GraphResponse {
  const list = requireList(store, key);
  return jsonResponse(200, {
    '@odata.context': context(request, store, '/lists/$entity'),
    ...listWithExpansions(store, request, list),
  });
}

const LIST_CREATE_PROPERTIES = ['displayName', 'description', 'columns', 'list', 'name'];

export async function createList(store: Store, request: GraphRequest): Promise<GraphResponse> {
  const body = readJsonObject(request);
  for (const key of Object.keys(body)) {
    if (!key.startsWith('@odata.') && !LIST_CREATE_PROPERTIES.includes(key))
      throw unknownProperty(key, 'list');
  }
  const displayName = body.displayName;
  if (typeof displayName !== 'string' || displayName.trim() === '') {
    throw invalidRequest("A list needs a 'displayName'.");
  }
  const template = isPlainObject(body.list) ? body.list.template : undefined;
  if (template !== undefined && template !== 'genericList') {
    throw invalidRequest(
      `The emulator creates lists of template 'genericList' only, not '${String(template)}'.`,
    );
  }
  if (store.findList(displayName)) {
    throw new GraphError(409, 'nameAlreadyExists', 'The specified name is already in use.');
  }
  const columnBodies = body.columns ?? [];
  if (!Array.isArray(columnBodies) || !columnBodies.every(isPlainObject)) {
    throw invalidRequest("'columns' must be an array of columnDefinition objects.");
  }
  const columns = systemColumns('Title');
  for (const columnBody of columnBodies)
    columns.push(columnFromRequest(columnBody, columns, newGuid()));
  const now = graphTimestamp();
  const list: ListRecord = {
    id: newGuid(),
    name: displayName.replace(/[^A-Za-z0-9_-]/g, '') || 'List',
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    createdAt: now,
    modifiedAt: now,
    columns,
    nextItemId: 1,
    items: [],
    tombstones: [],
  };
  store.state.lists.push(list);
  await store.commit();
  return jsonResponse(201, {
    '@odata.context': context(request, store, '/lists/$entity'),
    ...listJson(store.state, list),
  });
}

export async function deleteList(store: Store, key: string): Promise<GraphResponse> {
  const list = requireList(store, key);
  store.state.lists = store.state.lists.filter((candidate) => candidate !== list);
  await store.commit();
  return noContent();
}

export function getColumns(store: Store, request: GraphRequest, key: string): GraphResponse {
  const list = requireList(store, key);
  return jsonResponse(200, {
    '@odata.context': context(request, store, `/lists('${list.id}')/columns`),
    value: list.columns.map(columnJson),
  });
}

function requireColumn(list: ListRecord, key: string) {
  const column = findColumn(list.columns, key);
  if (!column)
    throw itemNotFound(`The column '${key}' was not found in the list '${list.displayName}'.`);
  return column;
}

export function getColumn(store: Store, listKey: string, columnKey: string): GraphResponse {
  return jsonResponse(200, columnJson(requireColumn(requireList(store, listKey), columnKey)));
}

export async function createColumn(
  store: Store,
  request: GraphRequest,
  key: string,
): Promise<GraphResponse> {
  const list = requireList(store, key);
  const column = columnFromRequest(readJsonObject(request), list.columns, newGuid());
  list.columns.push(column);
  list.modifiedAt = graphTimestamp();
  await store.commit();
  return jsonResponse(201, columnJson(column));
}

export async function patchColumn(
  store: Store,
  request: GraphRequest,
  listKey: string,
  columnKey: string,
): Promise<GraphResponse> {
  const list = requireList(store, listKey);
  const column = requireColumn(list, columnKey);
  const body = readJsonObject(request);
  // Validate on a copy: a refused update must leave the column as it was.
  const updated = structuredClone(column);
  updateColumn(updated, body);
  Object.assign(column, updated);
  list.modifiedAt = graphTimestamp();
  await store.commit();
  return jsonResponse(200, columnJson(column));
}

export async function deleteColumn(
  store: Store,
  listKey: string,
  columnKey: string,
): Promise<GraphResponse> {
  const list = requireList(store, listKey);
  const column = requireColumn(list, columnKey);
  if (column.readOnly || column.name === 'Title') {
    throw new GraphError(403, 'accessDenied', `The column '${column.name}' cannot be deleted.`);
  }
  list.columns = list.columns.filter((candidate) => candidate !== column);
  for (const item of list.items) {
    item.fields = Object.fromEntries(
      Object.entries(item.fields).filter(([name]) => name !== column.name),
    );
  }
  await store.commit();
  return noContent();
}
