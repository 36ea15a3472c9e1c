// What building a plan needs from Graph, over real HTTP against the local Graph: all three lists
// provisioned from the configuration page (created, completed, and a second run that changes
// nothing), the signed-in user's department from /me, and removing a measure with If-Match.
import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkListAccess,
  CONTRIBUTIONS_LIST_TITLE,
  createGraphClient,
  createGraphMeasuresApi,
  isMeasuresError,
  PLANS_LIST_TITLE,
  readMyDepartment,
  type ListsProvisionResult,
} from '../../src/graph';
import { provisionAllLists } from '../../src/graph/provision-list';
import { startTestEmulator, type EmulatorHandle } from '../support/emulator';

let emulator: EmulatorHandle;
let client: Client;

beforeAll(async () => {
  emulator = await startTestEmulator({ seed: 'demo' });
  client = createGraphClient({ baseUrl: emulator.baseUrl });
});
afterAll(() => emulator.close());

/** A client whose requests carry an access token naming `name` (the emulator reads its claims). */
function clientFor(name: string | null): Client {
  const payload = Buffer.from(JSON.stringify({ name, tid: 't', oid: 'o' })).toString('base64url');
  const token = `e30.${payload}.signature`;
  return createGraphClient({
    baseUrl: emulator.baseUrl,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      if (name !== null) headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
}

const changed = (result: ListsProvisionResult) =>
  result.lists.filter(
    ({ result: r }) =>
      r.created || r.addedColumns.length + r.indexedColumns.length + r.updatedColumns.length > 0,
  );

describe('provisioning the three lists', () => {
  it('makes the plans and contributions lists beside a measures list, and a second run changes nothing', async () => {
    const location = { site: emulator.sitePath, list: 'Oppfølgingstiltak 2026' };
    // A site that has only the measures list it always had: the other two are made.
    for (const title of [PLANS_LIST_TITLE, CONTRIBUTIONS_LIST_TITLE]) {
      await client.api(`/sites/${emulator.siteId}/lists/${encodeURIComponent(title)}`).delete();
    }
    const first = await provisionAllLists(client, location);
    expect(first.lists.map((l) => [l.kind, l.title, l.result.created])).toEqual([
      ['measures', 'Oppfølgingstiltak 2026', true],
      ['plans', PLANS_LIST_TITLE, true],
      ['contributions', CONTRIBUTIONS_LIST_TITLE, true],
    ]);
    const plans = first.lists.find((l) => l.kind === 'plans')?.result;
    expect(plans?.addedColumns).toEqual(
      expect.arrayContaining(['CaseNumber', 'DeadlineRule', 'MemoSettings', 'PlanState']),
    );
    expect(plans?.indexedColumns).toContain('CaseNumber');
    const contributions = first.lists.find((l) => l.kind === 'contributions')?.result;
    expect(contributions?.indexedColumns).toEqual(
      expect.arrayContaining(['MeasureId', 'CaseNumber', 'Unit']),
    );

    const second = await provisionAllLists(client, location);
    expect(changed(second)).toEqual([]);
  });

  it('the check of the configuration page names the lists a site set up before them lacks, until they are added', async () => {
    const location = { site: emulator.sitePath, list: emulator.listTitle };
    await provisionAllLists(client, location);
    expect(await checkListAccess(client, location)).toEqual({ kind: 'ok', missing: [] });
    for (const title of [PLANS_LIST_TITLE, CONTRIBUTIONS_LIST_TITLE]) {
      await client.api(`/sites/${emulator.siteId}/lists/${encodeURIComponent(title)}`).delete();
    }
    // A client of its own: list ids are remembered per client, and these lists are gone.
    const fresh = createGraphClient({ baseUrl: emulator.baseUrl });
    expect(await checkListAccess(fresh, location)).toEqual({
      kind: 'ok',
      missing: ['plans', 'contributions'],
    });
    const added = await provisionAllLists(fresh, location);
    expect(added.lists.map((l) => [l.kind, l.result.created])).toEqual([
      ['measures', false],
      ['plans', true],
      ['contributions', true],
    ]);
    expect(await checkListAccess(fresh, location)).toEqual({ kind: 'ok', missing: [] });
  });

  it('completes a plans list that lacks a column, keeping its items', async () => {
    const location = { site: emulator.sitePath, list: emulator.listTitle };
    await provisionAllLists(client, location);
    const listPath = `/sites/${emulator.siteId}/lists/${encodeURIComponent(PLANS_LIST_TITLE)}`;
    await client.api(`${listPath}/items`).post({ fields: { Title: 'Plan', CaseNumber: '26/1' } });
    const columns = (await client.api(`${listPath}/columns`).get()) as {
      value: { id: string; name: string }[];
    };
    const memo = columns.value.find((c) => c.name === 'MemoSettings');
    if (!memo) throw new Error('The plans list has no MemoSettings column');
    await client.api(`${listPath}/columns/${memo.id}`).delete();

    const result = await provisionAllLists(client, location);
    expect(changed(result).map((l) => [l.kind, l.result.addedColumns])).toEqual([
      ['plans', ['MemoSettings']],
    ]);
    const items = (await client.api(`${listPath}/items`).expand('fields').get()) as {
      value: { fields: Record<string, unknown> }[];
    };
    expect(items.value.some((i) => i.fields.CaseNumber === '26/1')).toBe(true);
  });
});

describe('the signed-in user’s department', () => {
  it('is the Entra ID department of the token’s caller, or null when the directory has none', async () => {
    expect(await readMyDepartment(clientFor('Eva Hermstad'))).toBe('MR/DEM-seksjonen');
    expect(await readMyDepartment(clientFor('Kristin Hoem Langsholt'))).toBe('HUM-seksjonen');
    expect(await readMyDepartment(clientFor('Kari Nordmann'))).toBeNull();
  });

  it('cannot be read without a signed-in user', async () => {
    const failure: unknown = await readMyDepartment(clientFor(null)).catch((e: unknown) => e);
    expect(isMeasuresError(failure) && failure.kind).toBe('unauthorized');
  });
});

describe('removing a measure', () => {
  it('refuses a stale eTag (412) and removes with the current one', async () => {
    const api = createGraphMeasuresApi(client, {
      site: emulator.sitePath,
      list: emulator.listTitle,
    });
    const measure = await api.createMeasure({
      title: 'Tiltak som skal fjernes',
      caseNumber: '26/2',
      section: 'Departementets oppfølging',
      responsibleUnit: 'HUM-seksjonen',
    });
    const changedByOther = await api.updateMeasure(measure.id, measure.etag, { sortOrder: 5 });
    const failure: unknown = await api
      .deleteMeasure(measure.id, measure.etag)
      .catch((e: unknown) => e);
    expect(isMeasuresError(failure) && failure.kind).toBe('conflict');
    expect((await api.listMeasures({ caseNumber: '26/2' })).map((m) => m.id)).toEqual([measure.id]);

    await api.deleteMeasure(measure.id, changedByOther.etag);
    expect(await api.listMeasures({ caseNumber: '26/2' })).toEqual([]);
  });
});
