import { describe, expect, it } from 'vitest';
import { createGraphClient } from './create-graph-client';
import { readAllPages, toNextRequestPath } from './read-all-pages';
import { json, scriptedFetch } from './scripted-fetch.test-helper';

describe('toNextRequestPath', () => {
  it('keeps path and query after the API version, as the server wrote them', () => {
    expect(
      toNextRequestPath(
        'http://127.0.0.1:4010/v1.0/sites/s/lists/l/items?$expand=fields($select=Title)&$top=500&$skiptoken=UGFnZWQ9VFJVRSZwX0lEPTUwMA',
      ),
    ).toBe(
      '/sites/s/lists/l/items?$expand=fields($select=Title)&$top=500&$skiptoken=UGFnZWQ9VFJVRSZwX0lEPTUwMA',
    );
    expect(toNextRequestPath('https://graph.microsoft.com/beta/sites/s/items?$skiptoken=x')).toBe(
      '/sites/s/items?$skiptoken=x',
    );
  });
});

describe('readAllPages', () => {
  it('follows nextLinks to the end on the client’s own base, even when the link names another origin', async () => {
    const { fetch, seen } = scriptedFetch([
      json({ value: [1, 2], '@odata.nextLink': 'http://localhost:4010/v1.0/things?$skiptoken=a' }),
      json({ value: [3], '@odata.nextLink': 'http://localhost:4010/v1.0/things?$skiptoken=b' }),
      json({ value: [] }),
    ]);
    const client = createGraphClient({ baseUrl: 'http://localhost:5173/v1.0', fetch });
    await expect(readAllPages<number>(client, client.api('/things').top(2))).resolves.toEqual([
      1, 2, 3,
    ]);
    expect(seen.map((s) => s.url)).toEqual([
      'http://localhost:5173/v1.0/things?$top=2',
      'http://localhost:5173/v1.0/things?$skiptoken=a',
      'http://localhost:5173/v1.0/things?$skiptoken=b',
    ]);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const client = createGraphClient({ baseUrl: 'http://localhost:4010/v1.0' });
    // The global fetch refuses an aborted signal before it touches the network.
    await expect(
      readAllPages(client, client.api('/things'), controller.signal),
    ).rejects.toMatchObject({ code: 'AbortError' });
  });
});
