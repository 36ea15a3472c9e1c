import { describe, expect, it } from 'vitest';
import { createGraphClient, splitBaseUrl } from './create-graph-client';
import { json, scriptedFetch } from './scripted-fetch.test-helper';
import { toMeasuresError } from './to-measures-error';

const ok = (body: unknown = { id: 'x' }) => json(body);

const throttled = (retryAfter: string) =>
  json({ error: { code: 'TooManyRequests', message: 'Slow down' } }, 429, {
    'Retry-After': retryAfter,
  });

describe('splitBaseUrl', () => {
  it('splits the version off the base URL', () => {
    expect(splitBaseUrl('https://graph.microsoft.com/v1.0')).toEqual({
      host: 'https://graph.microsoft.com',
      version: 'v1.0',
    });
    expect(splitBaseUrl('http://127.0.0.1:4010/v1.0/')).toEqual({
      host: 'http://127.0.0.1:4010',
      version: 'v1.0',
    });
    expect(splitBaseUrl('http://localhost:5173/graph/v1.0')).toEqual({
      host: 'http://localhost:5173/graph',
      version: 'v1.0',
    });
  });
  it('refuses a relative base URL', () => {
    expect(() => splitBaseUrl('/v1.0')).toThrow(/absolute/);
  });
});

describe('createGraphClient', () => {
  it.each([
    ['https://graph.microsoft.com/v1.0', 'https://graph.microsoft.com/v1.0/sites/a/lists/b'],
    ['http://localhost:5173/v1.0', 'http://localhost:5173/v1.0/sites/a/lists/b'],
    ['http://127.0.0.1:4010/v1.0/', 'http://127.0.0.1:4010/v1.0/sites/a/lists/b'],
  ])('with base %s, api("/sites/a/lists/b") requests %s', async (baseUrl, expected) => {
    const { fetch, seen } = scriptedFetch([ok()]);
    const client = createGraphClient({ baseUrl, fetch, getToken: async () => 'token' });
    await client.api('/sites/a/lists/b').get();
    expect(seen.map((s) => s.url)).toEqual([expected]);
  });

  it('sends no Authorization header to an http emulator, and asks for no token', async () => {
    const { fetch, seen } = scriptedFetch([ok()]);
    const client = createGraphClient({ baseUrl: 'http://127.0.0.1:4010/v1.0', fetch });
    await expect(client.api('/sites/a').get()).resolves.toEqual({ id: 'x' });
    expect(seen[0]?.headers['authorization']).toBeUndefined();
  });

  it('sends the bearer token to Graph', async () => {
    const { fetch, seen } = scriptedFetch([ok()]);
    const client = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      fetch,
      getToken: async () => 'abc',
    });
    await client.api('/sites/a').get();
    expect(seen[0]?.headers['authorization']).toBe('Bearer abc');
  });

  it('sends the token to a local Graph served over https', async () => {
    const { fetch, seen } = scriptedFetch([ok()]);
    const client = createGraphClient({
      baseUrl: 'https://localhost:8443/v1.0',
      fetch,
      getToken: async () => 'local',
    });
    await client.api('/sites/a').get();
    expect(seen[0]?.headers['authorization']).toBe('Bearer local');
  });

  it('refuses to talk to Graph without a way to get a token', () => {
    expect(() => createGraphClient({ baseUrl: 'https://graph.microsoft.com/v1.0' })).toThrow(
      /getToken/,
    );
  });

  it('reports a failed token request as unauthorized, without sending the request', async () => {
    const { fetch, seen } = scriptedFetch([ok()]);
    const client = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      fetch,
      getToken: async () => {
        throw new Error('interaction_required');
      },
    });
    const error = await client
      .api('/sites/a')
      .get()
      .then(
        () => null,
        (e: unknown) => toMeasuresError(e),
      );
    expect(error).toMatchObject({ kind: 'unauthorized', message: 'interaction_required' });
    expect(seen).toHaveLength(0);
  });

  it('retries a 429 after Retry-After and tells the listener how long it waits', async () => {
    const { fetch, seen } = scriptedFetch([throttled('0'), throttled('0'), ok({ id: 'done' })]);
    const waits: number[] = [];
    const client = createGraphClient({
      baseUrl: 'http://127.0.0.1:4010/v1.0',
      fetch,
      onThrottled: (s) => waits.push(s),
    });
    await expect(client.api('/sites/a').patch({ Status: 'Pågår' })).resolves.toEqual({
      id: 'done',
    });
    expect(seen.map((s) => s.method)).toEqual(['PATCH', 'PATCH', 'PATCH']);
    expect(seen[2]?.headers['retry-attempt']).toBe('2');
    expect(waits).toEqual([0, 0]);
  });

  it('gives up after three retries with a throttled error', async () => {
    const { fetch, seen } = scriptedFetch([
      throttled('0'),
      throttled('0'),
      throttled('0'),
      throttled('0'),
    ]);
    const client = createGraphClient({ baseUrl: 'http://127.0.0.1:4010/v1.0', fetch });
    const error = await client
      .api('/sites/a')
      .get()
      .then(
        () => null,
        (e: unknown) => toMeasuresError(e),
      );
    expect(error).toMatchObject({ kind: 'throttled', status: 429, message: 'Slow down' });
    expect(seen).toHaveLength(4);
  });
});
