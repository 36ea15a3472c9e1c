import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListLocation } from './measures-api';

/** A list location as Graph ids: what every item request is addressed by. */
export type ResolvedList = { siteId: string; listId: string };

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/** Encodes each segment of a path, keeping the slashes: spaces and æøå travel percent-encoded. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map(encodeURIComponent)
    .join('/');
}

/**
 * The Graph address of a site: an id (`host,{guid},{guid}`) as it is, or
 * `hostname:/server/relative/path` in the path form of site-getbypath.md.
 */
function siteAddress(site: string): string {
  const colon = site.indexOf(':/');
  if (colon < 0) return site;
  return `${encodeURIComponent(site.slice(0, colon))}:/${encodePath(site.slice(colon + 2))}`;
}

// Per client, because the ids are only valid where that client points (Graph or an emulator).
const siteIds = new WeakMap<Client, Map<string, Promise<string>>>();
const listIds = new WeakMap<Client, Map<string, Promise<ResolvedList>>>();

/** Remembers a pending lookup, and forgets it if it fails so that the next call asks again. */
function cached<T>(
  caches: WeakMap<Client, Map<string, Promise<T>>>,
  client: Client,
  key: string,
  lookup: () => Promise<T>,
): Promise<T> {
  const cache = caches.get(client) ?? new Map<string, Promise<T>>();
  caches.set(client, cache);
  const known = cache.get(key);
  if (known) return known;
  const pending = lookup();
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}

/** The site's id, looked up once per client and site. */
export function resolveSiteId(client: Client, site: string): Promise<string> {
  if (!site.includes(':/')) return Promise.resolve(site);
  return cached(siteIds, client, site, async () => {
    // GET /sites/{hostname}:/{server-relative-path}?$select=id
    const found = (await client
      .api(`/sites/${siteAddress(site)}`)
      .select('id')
      .get()) as {
      id?: unknown;
    };
    if (typeof found.id !== 'string') throw new Error(`Site ${site} came back without an id`);
    return found.id;
  });
}

/** The site and list ids of a location, looked up once per client and location. */
export function resolveList(client: Client, location: ListLocation): Promise<ResolvedList> {
  return cached(listIds, client, `${location.site}\n${location.list}`, async () => {
    const siteId = await resolveSiteId(client, location.site);
    if (GUID.test(location.list)) return { siteId, listId: location.list.replace(/[{}]/g, '') };
    // GET /sites/{site-id}/lists/{list-title}?$select=id
    const found = (await client
      .api(`/sites/${siteId}/lists/${encodeURIComponent(location.list)}`)
      .select('id')
      .get()) as { id?: unknown };
    if (typeof found.id !== 'string') {
      throw new Error(`List ${location.list} came back without an id`);
    }
    return { siteId, listId: found.id };
  });
}
