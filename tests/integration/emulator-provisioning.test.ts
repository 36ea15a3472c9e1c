// What provisioning and sync clients do: create a list with columns, add columns, index one,
// follow items through delta, and send JSON batches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator } from '../support/emulator';
import type { EmulatorHandle } from '../support/emulator';

type Json = Record<string, unknown>;

let emulator: EmulatorHandle;
let siteUrl: string;

async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : undefined) as Json };
}

function send(method: string, url: string, body: unknown) {
  return call(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  emulator = await startTestEmulator({ seed: 'empty' });
  siteUrl = `${emulator.baseUrl}/sites/${emulator.siteId}`;
});

afterAll(async () => {
  await emulator.close();
});

describe('lists and columns', () => {
  it('seeds an empty measures list with seed "empty"', async () => {
    const { json } = await call(`${siteUrl}/lists/${emulator.listId}/items`);
    expect(json.value).toEqual([]);
  });

  it('creates a list with its columns (201) and refuses a second list of the same name (409)', async () => {
    const body = {
      displayName: 'Tiltak test',
      columns: [
        { name: 'CaseNumber', displayName: 'Saksnummer', text: {}, indexed: true },
        { name: 'Deadline', displayName: 'Frist', dateTime: { format: 'dateOnly' } },
        { name: 'Status', choice: { choices: ['Ikke påbegynt', 'Pågår'] } },
        { name: 'Done', boolean: {} },
      ],
      list: { template: 'genericList' },
    };
    const created = await send('POST', `${siteUrl}/lists`, body);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      displayName: 'Tiltak test',
      list: { template: 'genericList' },
    });
    const again = await send('POST', `${siteUrl}/lists`, body);
    expect(again.status).toBe(409);
    const columns = await call(`${siteUrl}/lists/Tiltak%20test/columns`);
    const names = (columns.json.value as Json[]).map((column) => column.name);
    expect(names).toEqual(
      expect.arrayContaining(['Title', 'CaseNumber', 'Deadline', 'Status', 'Done']),
    );
  });

  it('adds a column (201), refuses a duplicate name (409 nameAlreadyExists) and a column without type', async () => {
    const url = `${siteUrl}/lists/Tiltak%20test/columns`;
    const added = await send('POST', url, {
      name: 'Unit',
      displayName: 'Ansvarlig enhet',
      text: {},
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({
      name: 'Unit',
      indexed: false,
      text: { allowMultipleLines: false },
    });
    const duplicate = await send('POST', url, { name: 'unit', text: {} });
    expect(duplicate.status).toBe(409);
    expect((duplicate.json.error as Json).code).toBe('nameAlreadyExists');
    expect((await send('POST', url, { name: 'NoType' })).status).toBe(400);
  });

  it('indexes a column with PATCH, after which it can be filtered on without Prefer', async () => {
    const listUrl = `${siteUrl}/lists/Tiltak%20test`;
    const post = await send('POST', `${listUrl}/items`, {
      fields: { Title: 'A', Unit: 'HUM-seksjonen' },
    });
    expect(post.status).toBe(201);
    const filter = `$filter=${encodeURIComponent("fields/Unit eq 'hum-seksjonen'")}`;
    expect((await call(`${listUrl}/items?${filter}`)).status).toBe(400);
    const columns = (await call(`${listUrl}/columns`)).json.value as Json[];
    const unit = columns.find((column) => column.name === 'Unit');
    const patched = await send('PATCH', `${listUrl}/columns/${String(unit?.id)}`, {
      indexed: true,
    });
    expect(patched.status).toBe(200);
    expect(patched.json.indexed).toBe(true);
    const filtered = await call(`${listUrl}/items?${filter}`);
    expect(filtered.status).toBe(200);
    expect(filtered.json.value).toHaveLength(1);
  });

  it('validates items against the columns of the list they are in', async () => {
    const listUrl = `${siteUrl}/lists/Tiltak%20test`;
    expect(
      (await send('POST', `${listUrl}/items`, { fields: { Title: 'B', Done: 'yes' } })).status,
    ).toBe(400);
    expect(
      (
        await send('POST', `${listUrl}/items`, {
          fields: { Title: 'B', Done: true, Status: 'Pågår' },
        })
      ).status,
    ).toBe(201);
    expect(
      (await send('POST', `${listUrl}/items`, { fields: { Title: 'x'.repeat(256) } })).status,
    ).toBe(400);
  });
});

describe('delta', () => {
  it('returns all items, then only what changed since, with deletions marked', async () => {
    const listUrl = `${siteUrl}/lists/${emulator.listId}`;
    const ids: string[] = [];
    for (const title of ['Første', 'Andre', 'Tredje']) {
      const created = await send('POST', `${listUrl}/items`, {
        fields: { Title: title, CaseNumber: '13/00001' },
      });
      ids.push(String(created.json.id));
    }
    const initial = await call(`${listUrl}/items/delta?$expand=fields`);
    expect((initial.json.value as Json[]).map((item) => item.id)).toEqual(ids);
    const deltaLink = String(initial.json['@odata.deltaLink']);
    expect(deltaLink).toContain('token=');

    expect(
      (await send('PATCH', `${listUrl}/items/${ids[1]}/fields`, { Status: 'Pågår' })).status,
    ).toBe(200);
    expect((await call(`${listUrl}/items/${ids[2]}`, { method: 'DELETE' })).status).toBe(204);

    const changes = await call(`${deltaLink}&$expand=fields`);
    expect(changes.json.value).toEqual([
      expect.objectContaining({ id: ids[1], fields: expect.objectContaining({ Status: 'Pågår' }) }),
      { id: ids[2], deleted: { state: 'deleted' } },
    ]);
    const nothing = await call(String(changes.json['@odata.deltaLink']));
    expect(nothing.json.value).toEqual([]);
  });

  it('starts from now with token=latest and expires tokens from before a reset (410)', async () => {
    const listUrl = `${siteUrl}/lists/${emulator.listId}`;
    const latest = await call(`${listUrl}/items/delta?token=latest`);
    expect(latest.json.value).toEqual([]);
    await fetch(`${emulator.origin}/_emulator/reset`, { method: 'POST' });
    const expired = await call(String(latest.json['@odata.deltaLink']));
    expect(expired.status).toBe(410);
  });
});

describe('JSON batching', () => {
  it('runs the requests of a batch and answers each with its own status', async () => {
    const listPath = `/sites/${emulator.siteId}/lists/${emulator.listId}`;
    const created = await send('POST', `${emulator.baseUrl}${listPath}/items`, {
      fields: { Title: 'Batch' },
    });
    const id = String(created.json.id);
    emulator.injectFaults({
      status: 429,
      count: 1,
      retryAfterSeconds: 1,
      pathIncludes: '/items/999',
    });
    const batch = await send('POST', `${emulator.baseUrl}/$batch`, {
      requests: [
        {
          id: '1',
          method: 'PATCH',
          url: `${listPath}/items/${id}/fields`,
          headers: { 'Content-Type': 'application/json' },
          body: { Status: 'Pågår' },
        },
        { id: '2', method: 'GET', url: `${listPath}/items/${id}?$expand=fields`, dependsOn: ['1'] },
        { id: '3', method: 'GET', url: `${listPath}/items/999` },
      ],
    });
    expect(batch.status).toBe(200);
    const responses = batch.json.responses as { id: string; status: number; body: Json }[];
    expect(responses.map((response) => response.status)).toEqual([200, 200, 429]);
    expect((responses[1]?.body.fields as Json).Status).toBe('Pågår');
  });

  it('refuses a batch of more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, index) => ({
      id: String(index),
      method: 'GET',
      url: '/sites/root',
    }));
    expect((await send('POST', `${emulator.baseUrl}/$batch`, { requests })).status).toBe(400);
  });
});

describe('a list above the list view threshold', () => {
  let large: EmulatorHandle;

  beforeAll(async () => {
    large = await startTestEmulator({ extraMeasures: 5001 });
  });

  afterAll(async () => {
    await large.close();
  });

  it('still filters on indexed columns but refuses non-indexed ones even with the Prefer header', async () => {
    const listUrl = `${large.baseUrl}/sites/${large.siteId}/lists/${large.listId}`;
    const indexed = await call(
      `${listUrl}/items?$filter=${encodeURIComponent("fields/CaseNumber eq '11/10298'")}`,
    );
    expect(indexed.status).toBe(200);
    expect(indexed.json.value).toHaveLength(14);
    const nonIndexed = await call(
      `${listUrl}/items?$filter=${encodeURIComponent("fields/Status eq 'Pågår'")}`,
      {
        headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
      },
    );
    expect(nonIndexed.status).toBe(500);
    expect((nonIndexed.json.error as Json).message).toContain('list view threshold');
  });
});
