// GET /lists/{list}/items/delta (listitem-delta.md): all items, in pages, ending with an
// @odata.deltaLink; that link (`?token=…`) later returns what changed since, deleted items as
// `{ id, deleted: { state: "deleted" } }`. `?token=latest` starts from now. A token from before a
// reset of the emulator is expired: 410 Gone.
import { GraphError, badRequest } from '../http/graph-error';
import { listItemJson } from '../http/graph-json';
import type { GraphRequest, GraphResponse } from '../http/graph-request';
import { jsonResponse, queryOption } from '../http/graph-request';
import { expandedProperties, nextLink, pageSize, selectedProperties } from '../odata/odata-query';
import { LIST_ITEM_PROPERTIES } from '../http/graph-json';
import type { ListRecord } from '../sharepoint/state';
import type { Store } from '../sharepoint/store';

/** `since`: changes after this number; `after`: last id already sent; `start`: the change number when the round began. */
type Cursor = { since: number; after: number; start: number };

function encode(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

function decode(value: string): string {
  return Buffer.from(value, 'base64url').toString('utf8');
}

function deltaToken(store: Store, changeSeq: number): string {
  return encode(`${store.state.epoch}:${changeSeq}`);
}

function readCursor(store: Store, request: GraphRequest): Cursor {
  const skipToken = queryOption(request.query, 'skiptoken');
  if (skipToken !== null) {
    const match = /^delta:(\d+):(\d+):(\d+)$/.exec(decode(skipToken));
    if (!match) throw badRequest(`The skip token '${skipToken}' is not valid.`);
    return { since: Number(match[1]), after: Number(match[2]), start: Number(match[3]) };
  }
  const token = request.query.get('token') ?? queryOption(request.query, 'deltatoken');
  const start = store.state.changeSeq;
  if (token === null) return { since: 0, after: 0, start };
  const match = /^([0-9a-f-]+):(\d+)$/.exec(decode(token));
  if (!match) throw badRequest(`The delta token '${token}' is not valid.`);
  if (match[1] !== store.state.epoch) {
    throw new GraphError(
      410,
      'resyncRequired',
      'The delta token has expired. Start again without a token.',
    );
  }
  return { since: Number(match[2]), after: 0, start };
}

export function itemsDelta(store: Store, request: GraphRequest, list: ListRecord): GraphResponse {
  const select = selectedProperties(request.query, LIST_ITEM_PROPERTIES, 'listItem');
  const fields = expandedProperties(request.query, ['fields'], 'listItem').get('fields');
  const linkPath = request.path;
  if (request.query.get('token') === 'latest') {
    return jsonResponse(200, {
      value: [],
      '@odata.deltaLink': `${request.linkBase}${linkPath}?token=${deltaToken(store, store.state.changeSeq)}`,
    });
  }
  const cursor = readCursor(store, request);
  const size = pageSize(request.query);
  type Entry = { id: number; json: Record<string, unknown> };
  const entries: Entry[] = [];
  for (const item of list.items) {
    const id = Number(item.id);
    if (id > cursor.after && item.changeSeq > cursor.since) {
      entries.push({ id, json: listItemJson(store.state, list, item, { select, fields }) });
      if (entries.length > size) break;
    }
  }
  if (cursor.since > 0) {
    for (const tombstone of list.tombstones) {
      const id = Number(tombstone.id);
      if (id > cursor.after && tombstone.changeSeq > cursor.since) {
        entries.push({ id, json: { id: tombstone.id, deleted: { state: 'deleted' } } });
      }
    }
    entries.sort((a, b) => a.id - b.id);
  }
  const page = entries.slice(0, size);
  const last = page[page.length - 1];
  const body: Record<string, unknown> = {};
  if (entries.length > size && last) {
    body['@odata.nextLink'] = nextLink(
      request.linkBase,
      linkPath,
      request.rawQuery,
      encode(`delta:${cursor.since}:${last.id}:${cursor.start}`),
    );
  } else {
    // Changes made while the client paged are after `start`: the next round returns them.
    body['@odata.deltaLink'] =
      `${request.linkBase}${linkPath}?token=${deltaToken(store, cursor.start)}`;
  }
  body.value = page.map((entry) => entry.json);
  return jsonResponse(200, body);
}
