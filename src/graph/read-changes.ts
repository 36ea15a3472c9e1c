import type { Client } from '@microsoft/microsoft-graph-client';
import type { Measure } from '../domain';
import { ITEM_PROPERTIES, toMeasure, type ListItemJson } from './field-mapping';
import { EXPAND_FIELDS } from './item-query';
import type { MeasureChanges } from './measures-api';
import { toNextRequestPath, type PageJson } from './read-all-pages';

// Refresh by delta (listitem-delta.md): a `token=latest` link taken at the first load, then each
// @odata.deltaLink. An unchanged list answers with one small page and no items, which is what
// lets an idle tab refresh every few seconds without reading the plan again.

type DeltaPage = PageJson<ListItemJson & { deleted?: unknown }> & { '@odata.deltaLink'?: string };

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The link's path for `client.api()`, with the tab's `$select` and `$expand` when the link does
 * not carry a query of its own: Graph keeps the query in its links, a link taken with
 * `token=latest` has none, and without `$expand=fields` a change would arrive without its columns.
 */
function requestPath(link: string): string {
  const path = toNextRequestPath(link);
  if (/[?&]\$expand=/.test(path)) return path;
  const query = `$select=${ITEM_PROPERTIES.join(',')}&$expand=${EXPAND_FIELDS}`;
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

// GET /sites/{site}/lists/{list}/items/delta?token=latest
export async function startChanges(client: Client, itemsPath: string): Promise<string> {
  const page = (await client.api(`${itemsPath}/delta?token=latest`).get()) as DeltaPage;
  const link = page['@odata.deltaLink'];
  if (typeof link !== 'string') throw new Error('The delta answer came back without a deltaLink');
  return link;
}

// GET <deltaLink>, then each @odata.nextLink until the next @odata.deltaLink.
export async function readChanges(
  client: Client,
  link: string,
  signal?: AbortSignal,
): Promise<MeasureChanges | null> {
  const latest = new Map<string, Measure | null>();
  let path = requestPath(link);
  for (;;) {
    const request = client.api(path);
    if (signal) request.option('signal', signal);
    let page: DeltaPage;
    try {
      page = (await request.get()) as DeltaPage;
    } catch (error) {
      // 410 resyncRequired: the token expired; 400: a token this list does not know. Both mean
      // "read everything again", which the caller does.
      const status = statusOf(error);
      if (status === 410 || status === 400) return null;
      throw error;
    }
    for (const item of page.value ?? []) {
      const id = typeof item.id === 'string' ? item.id : '';
      if (id === '') continue;
      // The same item may come more than once; the last occurrence is the one that counts.
      latest.delete(id);
      latest.set(id, item.deleted ? null : toMeasure(item));
    }
    const next = page['@odata.nextLink'];
    const delta = page['@odata.deltaLink'];
    if (typeof next === 'string') path = toNextRequestPath(next);
    else if (typeof delta === 'string') {
      const changed = [...latest.values()].filter((m): m is Measure => m !== null);
      const deleted = [...latest].filter(([, m]) => m === null).map(([id]) => id);
      return { changed, deleted, next: delta };
    } else throw new Error('The delta answer came back without a nextLink or deltaLink');
  }
  throw new Error('unreachable');
}
