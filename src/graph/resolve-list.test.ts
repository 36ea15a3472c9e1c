import { describe, expect, it } from 'vitest';
import { createGraphClient } from './create-graph-client';
import { encodePath, resolveList, resolveSiteId } from './resolve-list';
import { json, scriptedFetch } from './scripted-fetch.test-helper';

const base = 'http://127.0.0.1:4010/v1.0';
const siteId =
  'demo.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';
const listId = '33333333-3333-3333-3333-333333333333';

describe('encodePath', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(encodePath('/Delte dokumenter/Notat – IOM æøå.docx')).toBe(
      'Delte%20dokumenter/Notat%20%E2%80%93%20IOM%20%C3%A6%C3%B8%C3%A5.docx',
    );
  });
});

describe('resolveList', () => {
  it('looks the site up by path and the list by title, once per location', async () => {
    const { fetch, seen } = scriptedFetch([json({ id: siteId }), json({ id: listId })]);
    const client = createGraphClient({ baseUrl: base, fetch });
    const location = { site: 'demo.sharepoint.com:/sites/hum', list: 'Oppfølgingstiltak' };
    const [first, second] = await Promise.all([
      resolveList(client, location),
      resolveList(client, location),
    ]);
    expect(first).toEqual({ siteId, listId });
    expect(second).toEqual(first);
    expect(await resolveList(client, location)).toEqual(first);
    expect(seen.map((s) => s.url)).toEqual([
      `${base}/sites/demo.sharepoint.com:/sites/hum?$select=id`,
      `${base}/sites/${siteId}/lists/Oppf%C3%B8lgingstiltak?$select=id`,
    ]);
  });

  it('asks nothing for ids it was given', async () => {
    const { fetch, seen } = scriptedFetch([]);
    const client = createGraphClient({ baseUrl: base, fetch });
    expect(await resolveList(client, { site: siteId, list: `{${listId}}` })).toEqual({
      siteId,
      listId,
    });
    expect(seen).toHaveLength(0);
  });

  it('asks again after a failed lookup', async () => {
    const { fetch, seen } = scriptedFetch([
      json({ error: { code: 'itemNotFound', message: 'gone' } }, 404),
      json({ id: siteId }),
    ]);
    const client = createGraphClient({ baseUrl: base, fetch });
    await expect(resolveSiteId(client, 'demo.sharepoint.com:/sites/hum')).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(resolveSiteId(client, 'demo.sharepoint.com:/sites/hum')).resolves.toBe(siteId);
    expect(seen).toHaveLength(2);
  });
});
