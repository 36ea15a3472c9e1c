import { describe, expect, it } from 'vitest';
import { checkListAccess } from './check-list-access';
import { createGraphClient } from './create-graph-client';
import { json, scriptedFetch } from './scripted-fetch.test-helper';

const location = { site: 'contoso.sharepoint.com:/sites/oppfolging', list: 'Tiltak' };
const siteFound = json({ id: 'contoso.sharepoint.com,1,2' });
const refused = (status: number, code: string) => json({ error: { code, message: code } }, status);

function check(responses: (() => Response)[]) {
  const { fetch, seen } = scriptedFetch(responses);
  // A client of its own per case: site and list ids are remembered per client.
  const client = createGraphClient({ baseUrl: 'http://graph.test/v1.0', fetch });
  return { outcome: checkListAccess(client, location), seen };
}

describe('checkListAccess', () => {
  it('is ok when both the site and the list answer, and the lists beside it are there', async () => {
    const { outcome, seen } = check([
      siteFound,
      json({ id: 'list-1' }),
      json({ id: 'plans' }),
      json({ id: 'contributions' }),
    ]);
    await expect(outcome).resolves.toEqual({ kind: 'ok', missing: [] });
    expect(seen.map((request) => request.url)).toEqual([
      'http://graph.test/v1.0/sites/contoso.sharepoint.com:/sites/oppfolging?$select=id',
      'http://graph.test/v1.0/sites/contoso.sharepoint.com,1,2/lists/Tiltak?$select=id',
      'http://graph.test/v1.0/sites/contoso.sharepoint.com,1,2/lists/Oppf%C3%B8lgingsplaner?$select=id',
      'http://graph.test/v1.0/sites/contoso.sharepoint.com,1,2/lists/Oppf%C3%B8lgingsinnspill?$select=id',
    ]);
  });

  it('names the plans and contributions lists a site set up before them lacks; other refusals are not "missing"', async () => {
    const none = check([
      siteFound,
      json({ id: 'list-1' }),
      refused(404, 'itemNotFound'),
      refused(404, 'itemNotFound'),
    ]);
    await expect(none.outcome).resolves.toEqual({
      kind: 'ok',
      missing: ['plans', 'contributions'],
    });
    const refusedOne = check([
      siteFound,
      json({ id: 'list-1' }),
      refused(403, 'accessDenied'),
      refused(404, 'itemNotFound'),
    ]);
    await expect(refusedOne.outcome).resolves.toEqual({ kind: 'ok', missing: ['contributions'] });
  });

  it('tells a wrong site address from a list that is not there yet', async () => {
    await expect(check([refused(404, 'itemNotFound')]).outcome).resolves.toEqual({
      kind: 'site-missing',
    });
    await expect(check([siteFound, refused(404, 'itemNotFound')]).outcome).resolves.toEqual({
      kind: 'list-missing',
    });
  });

  it('says when the user may not see the site or the list', async () => {
    await expect(check([refused(403, 'accessDenied')]).outcome).resolves.toEqual({
      kind: 'forbidden',
    });
    await expect(check([siteFound, refused(403, 'accessDenied')]).outcome).resolves.toEqual({
      kind: 'forbidden',
    });
  });

  it('passes any other failure on as a MeasuresError', async () => {
    await expect(
      check([siteFound, refused(500, 'generalException')]).outcome,
    ).resolves.toMatchObject({ kind: 'failed', error: { kind: 'server', status: 500 } });
  });
});
