// The site's document library, for saving the memo: PUT …/drive/root:/{path}:/content,
// GET …/drive/root:/{path}[:/content], GET …/drive/items/{id}[/content], …/children, DELETE
// (driveitem-put-content.md, driveitem-get.md, driveitem-get-content.md). Paths are addressed
// by URL-encoded names (spaces, æøå); names compare case-insensitively, as in SharePoint.
import {
  GraphError,
  invalidRequest,
  itemNotFound,
  methodNotAllowed,
  segmentNotFound,
} from '../http/graph-error';
import { callerName } from '../http/caller';
import { identityJson, siteWebUrl } from '../http/graph-json';
import type { GraphRequest, GraphResponse } from '../http/graph-request';
import { jsonResponse, noContent } from '../http/graph-request';
import { newDriveItemId } from '../sharepoint/ids';
import { ANONYMOUS_EDITOR, ensureUser } from '../sharepoint/item-records';
import { decodeSegment } from '../http/site-address';
import type { DriveEntry } from '../sharepoint/state';
import type { Store } from '../sharepoint/store';
import { graphTimestamp } from '../sharepoint/time';

const MIME_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

function mimeTypeOf(name: string): string {
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

const INVALID_NAME_CHARACTERS = /["*:<>?/\\|]/;

function checkName(name: string): void {
  if (
    name.trim() === '' ||
    name !== name.trim() ||
    name.endsWith('.') ||
    INVALID_NAME_CHARACTERS.test(name)
  ) {
    throw invalidRequest(
      `The name '${name}' is not allowed: it may not contain " * : < > ? / \\ | or end with a dot or space.`,
    );
  }
}

function entries(store: Store): DriveEntry[] {
  return store.state.drive.entries;
}

function findEntry(store: Store, id: string): DriveEntry | undefined {
  return entries(store).find((entry) => entry.id === id);
}

function childrenOf(store: Store, parentId: string): DriveEntry[] {
  return entries(store).filter((entry) => entry.parentId === parentId);
}

function childNamed(store: Store, parentId: string, name: string): DriveEntry | undefined {
  const lower = name.toLowerCase();
  return entries(store).find(
    (entry) => entry.parentId === parentId && entry.name.toLowerCase() === lower,
  );
}

function pathOf(store: Store, entry: DriveEntry): string[] {
  const names: string[] = [];
  let current: DriveEntry | undefined = entry;
  while (current && current.parentId !== null) {
    names.unshift(current.name);
    current = findEntry(store, current.parentId);
  }
  return names;
}

function resolvePath(
  store: Store,
  base: DriveEntry,
  names: readonly string[],
): DriveEntry | undefined {
  let current: DriveEntry | undefined = base;
  for (const name of names) {
    if (!current) return undefined;
    current = childNamed(store, current.id, name);
  }
  return current;
}

function driveItemJson(
  store: Store,
  request: GraphRequest,
  entry: DriveEntry,
): Record<string, unknown> {
  const { state } = store;
  const path = pathOf(store, entry);
  const libraryUrl = `${siteWebUrl(state)}/Shared%20Documents`;
  const json: Record<string, unknown> = {
    createdDateTime: entry.createdAt,
    eTag: `"{${entry.id.slice(2, 10)}},${entry.version}"`,
    id: entry.id,
    lastModifiedDateTime: entry.modifiedAt,
    name: entry.parentId === null ? 'root' : entry.name,
    webUrl:
      path.length === 0 ? libraryUrl : `${libraryUrl}/${path.map(encodeURIComponent).join('/')}`,
    cTag: `"c:{${entry.id.slice(2, 10)}},${entry.version}"`,
    size:
      entry.kind === 'file'
        ? entry.size
        : childrenOf(store, entry.id).reduce((sum, child) => sum + child.size, 0),
    createdBy: identityJson(state, entry.createdBy),
    lastModifiedBy: identityJson(state, entry.modifiedBy),
  };
  if (entry.parentId !== null) {
    const parentPath = path.slice(0, -1);
    json.parentReference = {
      driveType: 'documentLibrary',
      driveId: state.drive.id,
      id: entry.parentId,
      path: `/drive/root:${parentPath.length ? `/${parentPath.join('/')}` : ''}`,
      siteId: state.site.id,
    };
  }
  if (entry.kind === 'file') {
    json['@microsoft.graph.downloadUrl'] =
      `${request.linkBase}/drives/${encodeURIComponent(state.drive.id)}/items/${entry.id}/content`;
    json.file = { mimeType: entry.mimeType };
  } else {
    json.folder = { childCount: childrenOf(store, entry.id).length };
    if (entry.parentId === null) json.root = {};
  }
  return json;
}

function driveJson(store: Store) {
  const { state } = store;
  return {
    createdDateTime: state.site.createdAt,
    description: '',
    id: state.drive.id,
    lastModifiedDateTime: state.site.createdAt,
    name: 'Documents',
    webUrl: `${siteWebUrl(state)}/Shared%20Documents`,
    driveType: 'documentLibrary',
    createdBy: { user: { displayName: 'System Account' } },
    owner: { group: { displayName: state.site.displayName } },
  };
}

async function fileContent(store: Store, entry: DriveEntry): Promise<GraphResponse> {
  if (entry.kind !== 'file' || entry.blob === null)
    throw invalidRequest(`'${entry.name}' is a folder; it has no content.`);
  return {
    status: 200,
    bytes: await store.readBlob(entry.blob),
    headers: {
      'Content-Type': entry.mimeType,
      ETag: `"{${entry.id.slice(2, 10)}},${entry.version}"`,
    },
  };
}

function conflictBehavior(request: GraphRequest): 'replace' | 'fail' | 'rename' {
  const value = request.query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
  if (value !== 'replace' && value !== 'fail' && value !== 'rename') {
    throw invalidRequest(`Unknown @microsoft.graph.conflictBehavior '${value}'.`);
  }
  return value;
}

function uniqueName(store: Store, parentId: string, name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${extension}`;
    if (!childNamed(store, parentId, candidate)) return candidate;
  }
}

/** Who uploads: the caller of the bearer token, as in Graph; without one, the anonymous editor. */
function uploaderOf(store: Store, request: GraphRequest): string {
  const name = callerName(request.headers) ?? ANONYMOUS_EDITOR;
  ensureUser(store.state, name);
  return name;
}

function newEntry(
  parentId: string,
  name: string,
  kind: DriveEntry['kind'],
  now: string,
  by: string,
): DriveEntry {
  return {
    id: newDriveItemId(),
    name,
    parentId,
    kind,
    size: 0,
    mimeType: kind === 'file' ? mimeTypeOf(name) : '',
    blob: null,
    version: 1,
    createdAt: now,
    createdBy: by,
    modifiedAt: now,
    modifiedBy: by,
  };
}

/** PUT content at a path below `base`: creates missing folders, then creates or replaces the file. */
async function uploadToPath(
  store: Store,
  request: GraphRequest,
  base: DriveEntry,
  names: readonly string[],
): Promise<GraphResponse> {
  if (names.length === 0) throw invalidRequest('Give the file name after root: in the path.');
  names.forEach(checkName);
  const behavior = conflictBehavior(request);
  const blob = await store.writeBlob(request.body);
  // Resolved after the file is written: the state may have changed meanwhile.
  const now = graphTimestamp();
  let parent = base;
  for (const folderName of names.slice(0, -1)) {
    const existing = childNamed(store, parent.id, folderName);
    if (existing?.kind === 'file') {
      await store.deleteBlob(blob);
      throw new GraphError(409, 'nameAlreadyExists', `'${folderName}' is a file, not a folder.`);
    }
    if (existing) {
      parent = existing;
    } else {
      const folder = newEntry(parent.id, folderName, 'folder', now, uploaderOf(store, request));
      entries(store).push(folder);
      parent = folder;
    }
  }
  let name = names[names.length - 1] ?? '';
  let entry = childNamed(store, parent.id, name);
  if (entry && (behavior === 'fail' || entry.kind === 'folder')) {
    await store.deleteBlob(blob);
    throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  }
  if (entry && behavior === 'rename') {
    name = uniqueName(store, parent.id, name);
    entry = undefined;
  }
  return storeContent(
    store,
    request,
    entry ?? newEntry(parent.id, name, 'file', now, uploaderOf(store, request)),
    blob,
    entry === undefined,
  );
}

async function storeContent(
  store: Store,
  request: GraphRequest,
  entry: DriveEntry,
  blob: string,
  created: boolean,
): Promise<GraphResponse> {
  const previousBlob = entry.blob;
  entry.blob = blob;
  entry.size = request.body.length;
  entry.modifiedAt = graphTimestamp();
  entry.modifiedBy = uploaderOf(store, request);
  if (created) entries(store).push(entry);
  else entry.version++;
  await store.commit();
  if (previousBlob !== null) await store.deleteBlob(previousBlob);
  return jsonResponse(created ? 201 : 200, driveItemJson(store, request, entry));
}

async function deleteEntry(store: Store, entry: DriveEntry): Promise<GraphResponse> {
  if (entry.parentId === null)
    throw new GraphError(403, 'accessDenied', 'The root folder cannot be deleted.');
  const doomed = new Set<string>([entry.id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const candidate of entries(store)) {
      if (
        candidate.parentId !== null &&
        doomed.has(candidate.parentId) &&
        !doomed.has(candidate.id)
      ) {
        doomed.add(candidate.id);
        grew = true;
      }
    }
  }
  const blobs = entries(store).filter(
    (candidate) => doomed.has(candidate.id) && candidate.blob !== null,
  );
  store.state.drive.entries = entries(store).filter((candidate) => !doomed.has(candidate.id));
  await store.commit();
  for (const removed of blobs) if (removed.blob) await store.deleteBlob(removed.blob);
  return noContent();
}

/** One driveItem, addressed by id or path, and what follows it (`''`, `/content`, `/children`). */
async function onEntry(
  store: Store,
  request: GraphRequest,
  base: DriveEntry,
  names: readonly string[],
  tail: string,
): Promise<GraphResponse> {
  const method = request.method;
  const entry = resolvePath(store, base, names);
  const missing = () =>
    itemNotFound(
      `The item '${names.join('/') || base.name}' does not exist in the document library.`,
    );
  if (tail === '' || tail === '/') {
    if (method === 'GET') {
      if (!entry) throw missing();
      return jsonResponse(200, driveItemJson(store, request, entry));
    }
    if (method === 'DELETE') {
      if (!entry) throw missing();
      return deleteEntry(store, entry);
    }
    throw methodNotAllowed();
  }
  if (tail === '/content') {
    if (method === 'GET') {
      if (!entry) throw missing();
      return fileContent(store, entry);
    }
    if (method === 'PUT') {
      if (names.length > 0) return uploadToPath(store, request, base, names);
      if (base.kind !== 'file')
        throw invalidRequest(`'${base.name}' is a folder; upload to a path below it.`);
      return storeContent(store, request, base, await store.writeBlob(request.body), false);
    }
    throw methodNotAllowed();
  }
  if (tail === '/children') {
    if (method !== 'GET') throw methodNotAllowed();
    if (!entry) throw missing();
    return jsonResponse(200, {
      value: childrenOf(store, entry.id).map((child) => driveItemJson(store, request, child)),
    });
  }
  throw segmentNotFound(tail.replace(/^\//, ''));
}

/** Splits `/a/b%20c.docx:/content` into the decoded names and what follows the closing colon. */
function splitPathAddress(raw: string): { names: string[]; tail: string } {
  const colon = raw.indexOf(':');
  const path = colon < 0 ? raw : raw.slice(0, colon);
  return {
    names: path
      .split('/')
      .filter((segment) => segment.length > 0)
      .map(decodeSegment),
    tail: colon < 0 ? '' : raw.slice(colon + 1),
  };
}

/** Everything below `/sites/{site}/drive` or `/drives/{drive-id}`. */
export async function routeDrive(
  store: Store,
  request: GraphRequest,
  remainder: string,
): Promise<GraphResponse> {
  const root = findEntry(store, store.state.drive.rootId);
  if (!root)
    throw new GraphError(500, 'generalException', 'The document library has no root folder.');
  if (remainder === '' || remainder === '/') {
    if (request.method !== 'GET') throw methodNotAllowed();
    return jsonResponse(200, driveJson(store));
  }
  if (remainder.startsWith('/root:')) {
    const { names, tail } = splitPathAddress(remainder.slice('/root:'.length));
    return onEntry(store, request, root, names, tail);
  }
  if (remainder === '/root' || remainder.startsWith('/root/')) {
    return onEntry(store, request, root, [], remainder.slice('/root'.length));
  }
  const itemMatch = /^\/items\/([^/:]+)(.*)$/.exec(remainder);
  if (itemMatch) {
    const id = decodeSegment(itemMatch[1] ?? '');
    const entry = id === 'root' ? root : findEntry(store, id);
    if (!entry) throw itemNotFound(`The item '${id}' does not exist in the document library.`);
    const rest = itemMatch[2] ?? '';
    if (rest.startsWith(':')) {
      const { names, tail } = splitPathAddress(rest.slice(1));
      return onEntry(store, request, entry, names, tail);
    }
    return onEntry(store, request, entry, [], rest);
  }
  throw segmentNotFound(decodeSegment(remainder.split('/')[1] ?? ''));
}
