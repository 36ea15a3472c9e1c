// Maps Graph v1.0 paths to the handlers. Unknown segments answer as Graph does: 400
// "Resource not found for the segment …"; unknown sites, lists and items 404 itemNotFound.
import { itemNotFound, methodNotAllowed, segmentNotFound } from './graph-error';
import type { GraphRequest, GraphResponse } from './graph-request';
import { itemsDelta } from '../handlers/delta';
import { routeDrive } from '../handlers/drive';
import {
  createItem,
  deleteItem,
  getItem,
  getItemFields,
  getVersion,
  listItems,
  listVersions,
  updateItem,
  updateItemFields,
} from '../handlers/items';
import {
  createColumn,
  createList,
  deleteColumn,
  deleteList,
  getColumn,
  getColumns,
  getList,
  getLists,
  getSite,
  patchColumn,
  requireList,
} from '../handlers/lists';
import { getMe } from '../handlers/me';
import { routeRootSite } from '../handlers/root-site';
import { decodeSegment, isRootSite, isThisSite, splitSiteAddress } from './site-address';
import type { Store } from '../sharepoint/store';

type Handlers = Partial<Record<string, () => GraphResponse | Promise<GraphResponse>>>;

function byMethod(
  request: GraphRequest,
  handlers: Handlers,
): GraphResponse | Promise<GraphResponse> {
  const handler = handlers[request.method];
  if (!handler) throw methodNotAllowed();
  return handler();
}

function routeList(
  store: Store,
  request: GraphRequest,
  segments: string[],
): GraphResponse | Promise<GraphResponse> {
  const [listKey = '', collection, id, child, childId, ...rest] = segments;
  if (collection === undefined) {
    return byMethod(request, {
      GET: () => getList(store, request, listKey),
      DELETE: () => deleteList(store, listKey),
    });
  }
  if (collection === 'columns') {
    if (id === undefined) {
      return byMethod(request, {
        GET: () => getColumns(store, request, listKey),
        POST: () => createColumn(store, request, listKey),
      });
    }
    if (child !== undefined) throw segmentNotFound(child);
    return byMethod(request, {
      GET: () => getColumn(store, listKey, id),
      PATCH: () => patchColumn(store, request, listKey, id),
      DELETE: () => deleteColumn(store, listKey, id),
    });
  }
  if (collection !== 'items') throw segmentNotFound(collection);
  const list = requireList(store, listKey);
  if (id === undefined) {
    return byMethod(request, {
      GET: () => listItems(store, request, list),
      POST: () => createItem(store, request, list),
    });
  }
  if (id === 'delta' || id === 'delta()') {
    if (child !== undefined) throw segmentNotFound(child);
    return byMethod(request, { GET: () => itemsDelta(store, request, list) });
  }
  if (child === undefined) {
    return byMethod(request, {
      GET: () => getItem(store, request, list, id),
      PATCH: () => updateItem(store, request, list, id),
      DELETE: () => deleteItem(store, request, list, id),
    });
  }
  if (child === 'fields' && childId === undefined) {
    return byMethod(request, {
      GET: () => getItemFields(store, request, list, id),
      PATCH: () => updateItemFields(store, request, list, id),
    });
  }
  if (child === 'versions' && rest.length === 0) {
    if (childId === undefined)
      return byMethod(request, { GET: () => listVersions(store, request, list, id) });
    return byMethod(request, { GET: () => getVersion(store, request, list, id, childId) });
  }
  throw segmentNotFound(rest[0] ?? childId ?? child);
}

function routeSite(
  store: Store,
  request: GraphRequest,
  rest: string,
): GraphResponse | Promise<GraphResponse> {
  const { site, remainder } = splitSiteAddress(rest);
  if (isRootSite(store.state, site)) return routeRootSite(store, request, remainder);
  if (!isThisSite(store.state, site)) {
    throw itemNotFound('Requested site could not be found');
  }
  if (remainder === '/drive' || remainder.startsWith('/drive/')) {
    return routeDrive(store, request, remainder.slice('/drive'.length));
  }
  const segments = remainder
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(decodeSegment);
  const [first, ...others] = segments;
  if (first === undefined) return byMethod(request, { GET: () => getSite(store, request) });
  if (first !== 'lists') throw segmentNotFound(first);
  if (others.length === 0) {
    return byMethod(request, {
      GET: () => getLists(store, request),
      POST: () => createList(store, request),
    });
  }
  return routeList(store, request, others);
}

export async function routeGraph(store: Store, request: GraphRequest): Promise<GraphResponse> {
  const path = request.path;
  if (path.startsWith('/sites/')) return routeSite(store, request, path.slice('/sites/'.length));
  const drive = /^\/drives\/([^/]+)(.*)$/.exec(path);
  if (drive) {
    if (decodeSegment(drive[1] ?? '') !== store.state.drive.id) {
      throw itemNotFound('The drive could not be found.');
    }
    return routeDrive(store, request, drive[2] ?? '');
  }
  if (path === '/me' || path === '/me/') return byMethod(request, { GET: () => getMe(request) });
  const first = path.split('/').filter((segment) => segment.length > 0)[0];
  throw segmentNotFound(decodeSegment(first ?? ''));
}
