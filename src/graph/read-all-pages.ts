import type { Client, GraphRequest } from '@microsoft/microsoft-graph-client';

/** One page of a Graph collection. */
export type PageJson<T> = { value?: T[]; '@odata.nextLink'?: string };

const VERSION_SEGMENT = /^(v\d+(\.\d+)?|beta)$/;

/**
 * The path and query of an `@odata.nextLink`, relative to the API version, for `client.api()`.
 *
 * The SDK's PageIterator hands the absolute link to `client.api()`, which only understands
 * `https://` links: an http emulator's link would be glued onto the base URL whole. Rebasing the
 * link on the client's own base also keeps paging working when the emulator sits behind the dev
 * server's proxy and names its own origin in the link. Graph's links are on Graph's host, where
 * this changes nothing.
 */
export function toNextRequestPath(nextLink: string): string {
  const url = new URL(nextLink);
  const segments = url.pathname.split('/');
  const version = segments.findIndex((segment) => VERSION_SEGMENT.test(segment));
  if (version < 0) return nextLink;
  return `/${segments.slice(version + 1).join('/')}${url.search}`;
}

/**
 * Every item of a collection: the first request, then each `@odata.nextLink` until there is none.
 * It depends on no page size: the server may return fewer items than `$top` asked for.
 */
export async function readAllPages<T>(
  client: Client,
  first: GraphRequest,
  signal?: AbortSignal,
  headers: Record<string, string> = {},
  /** Told each page as it arrives, before the next is asked for; whether more follow. */
  onPage?: (page: readonly T[], more: boolean) => void,
): Promise<T[]> {
  const items: T[] = [];
  let request: GraphRequest | undefined = first;
  while (request) {
    if (signal) request.option('signal', signal);
    // A nextLink carries the query, not the headers: the first request's (Prefer) go on each page.
    request.headers(headers);
    const page = (await request.get()) as PageJson<T>;
    const values = page.value ?? [];
    for (const item of values) items.push(item);
    const nextLink = page['@odata.nextLink'];
    onPage?.(values, nextLink !== undefined);
    request = nextLink ? client.api(toNextRequestPath(nextLink)) : undefined;
  }
  return items;
}
