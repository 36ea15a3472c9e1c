// The Graph emulator over real HTTP, as the tab and the Graph SDK meet it: sites and lists,
// paging, $expand/$select, $filter rules, writes with eTags, versions, CORS, faults and outage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator } from '../support/emulator';
import type { EmulatorHandle } from '../support/emulator';

type Json = Record<string, unknown>;
type Item = Json & {
  id: string;
  eTag: string;
  fields?: Json;
  lastModifiedBy?: { user: { displayName: string } };
};
type Page = { value: Item[]; '@odata.nextLink'?: string };
type GraphErrorBody = { error: { code: string; message: string; innerError: Json } };

const EXTRA = 2500;
const SEEDED = 14;

let emulator: EmulatorHandle;
let listUrl: string;

async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, json };
}

async function getJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const { status, json } = await call(url, init);
  expect(status, JSON.stringify(json)).toBe(200);
  return json as T;
}

function patchFields(id: string, fields: Json, etag?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (etag !== undefined) headers['If-Match'] = etag;
  return call(`${listUrl}/items/${id}/fields`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify(fields),
  });
}

function errorOf(json: unknown): GraphErrorBody['error'] {
  return (json as GraphErrorBody).error;
}

beforeAll(async () => {
  emulator = await startTestEmulator({ extraMeasures: EXTRA });
  listUrl = `${emulator.baseUrl}/sites/${emulator.siteId}/lists/${emulator.listId}`;
});

afterAll(async () => {
  await emulator.close();
});

describe('sites and lists', () => {
  it('finds the site by path, by id and by URL-encoded id', async () => {
    const byPath = await getJson<Json>(`${emulator.baseUrl}/sites/demo.sharepoint.com:/sites/hum`);
    expect(byPath.id).toBe(emulator.siteId);
    expect(emulator.siteId).toMatch(/^demo\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    expect(byPath.displayName).toBe('Seksjon for humanitære spørsmål');
    const byId = await getJson<Json>(`${emulator.baseUrl}/sites/${emulator.siteId}`);
    expect(byId.webUrl).toBe('https://demo.sharepoint.com/sites/hum');
    const byEncodedId = await getJson<Json>(
      `${emulator.baseUrl}/sites/${encodeURIComponent(emulator.siteId)}`,
    );
    expect(byEncodedId.id).toBe(emulator.siteId);
  });

  it('answers an unknown site with 404 itemNotFound', async () => {
    const { status, json } = await call(
      `${emulator.baseUrl}/sites/demo.sharepoint.com:/sites/other`,
    );
    expect(status).toBe(404);
    expect(errorOf(json).code).toBe('itemNotFound');
    expect(errorOf(json).innerError['request-id']).toEqual(expect.any(String));
  });

  it('finds the list by title (any case, URL-encoded) and by id, also below a site path', async () => {
    const byTitle = await getJson<Json>(
      `${emulator.baseUrl}/sites/demo.sharepoint.com:/sites/hum:/lists/${encodeURIComponent('oppfølgingsTILTAK')}`,
    );
    expect(byTitle.id).toBe(emulator.listId);
    expect(byTitle.displayName).toBe('Oppfølgingstiltak');
    const byId = await getJson<Json>(
      `${emulator.baseUrl}/sites/${emulator.siteId}/lists/${emulator.listId}`,
    );
    expect(byId.displayName).toBe(emulator.listTitle);
    const lists = await getJson<{ value: Json[] }>(
      `${emulator.baseUrl}/sites/${emulator.siteId}/lists`,
    );
    expect(lists.value.map((list) => list.displayName)).toContain('Oppfølgingstiltak');
  });

  it('has the columns of DESIGN.md with Norwegian display names, choices and indexes', async () => {
    const { value } = await getJson<{ value: Json[] }>(`${listUrl}/columns`);
    const byName = new Map(value.map((column) => [column.name, column]));
    expect(byName.get('Title')?.displayName).toBe('Tiltak');
    expect(byName.get('CaseNumber')).toMatchObject({ displayName: 'Saksnummer', indexed: true });
    expect(byName.get('ResponsibleUnit')).toMatchObject({
      displayName: 'Ansvarlig enhet',
      indexed: true,
    });
    expect(byName.get('Status')).toMatchObject({
      indexed: false,
      choice: {
        choices: ['Ikke påbegynt', 'Pågår', 'Gjennomført', 'Ikke gjennomført', 'Ikke aktuelt'],
      },
    });
    expect(byName.get('ReviewState')).toMatchObject({
      displayName: 'Vurdering',
      choice: { choices: ['Ikke vurdert', 'Godkjent', 'Returnert'] },
    });
    expect(byName.get('Deadline')).toMatchObject({
      displayName: 'Frist',
      dateTime: { format: 'dateOnly' },
    });
    expect(byName.get('StatusReport')).toMatchObject({ text: { allowMultipleLines: true } });
    expect(byName.get('SortOrder')).toHaveProperty('number');
    for (const name of ['Description', 'Section', 'ReportedBy', 'ReportedAt', 'ReviewComment']) {
      expect(byName.has(name), name).toBe(true);
    }
  });

  it('answers an unknown segment like Graph does', async () => {
    const { status, json } = await call(`${listUrl}/itemz`);
    expect(status).toBe(400);
    expect(errorOf(json)).toMatchObject({
      code: 'BadRequest',
      message: "Resource not found for the segment 'itemz'.",
    });
  });
});

describe('reading items', () => {
  it('pages through every item exactly once by following absolute @odata.nextLink URLs', async () => {
    let url: string | undefined = `${listUrl}/items?$expand=fields($select=Title)&$top=1000`;
    const seen = new Map<string, number>();
    let pages = 0;
    while (url) {
      expect(url).toMatch(/^http:\/\/localhost:\d+\/v1\.0\//);
      const page: Page = await getJson<Page>(url);
      pages++;
      expect(page.value.length).toBeLessThanOrEqual(1000);
      for (const item of page.value) seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
      url = page['@odata.nextLink'];
      if (url) expect(url).toContain('$skiptoken=');
    }
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(seen.size).toBe(SEEDED + EXTRA);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  });

  it('pages by 200 when no $top is given, and caps $top at 5000', async () => {
    const first = await getJson<Page>(`${listUrl}/items`);
    expect(first.value).toHaveLength(200);
    expect(first['@odata.nextLink']).toBeDefined();
    const big = await getJson<Page>(`${listUrl}/items?$top=9999&$select=id`);
    expect(big.value.length).toBe(SEEDED + EXTRA);
  });

  it('builds nextLink from the Host the client used, or from X-Forwarded-* behind a proxy', async () => {
    const direct = await getJson<Page>(`${listUrl}/items?$top=5`);
    expect(direct['@odata.nextLink']?.startsWith(`${emulator.baseUrl}/sites/`)).toBe(true);
    const proxied = await getJson<Page>(`${listUrl}/items?$top=5`, {
      headers: { 'X-Forwarded-Host': 'tab.example.org:8443', 'X-Forwarded-Proto': 'https' },
    });
    expect(proxied['@odata.nextLink']).toMatch(
      /^https:\/\/tab\.example\.org:8443\/v1\.0\/sites\/.*\$top=5&\$skiptoken=/,
    );
  });

  it('returns the selected fields with $expand=fields($select=…), also written without $', async () => {
    const withDollar = await getJson<Item>(
      `${listUrl}/items/1?$expand=fields($select=Title,Status,Deadline,SortOrder)`,
    );
    const withoutDollar = await getJson<Item>(
      `${listUrl}/items/1?expand=fields(select=Title,Status,Deadline,SortOrder)`,
    );
    expect(withDollar.fields).toEqual(withoutDollar.fields);
    expect(withDollar.fields).toEqual({
      '@odata.etag': withDollar.eTag,
      Title:
        'Anbefalingene i evalueringsrapporten legges til grunn i det videre samarbeidet med IOM på menneskehandel',
      Status: 'Gjennomført',
      Deadline: '2012-08-24T22:00:00Z',
      SortOrder: 10,
    });
  });

  it('returns all fields with a plain $expand=fields and none without $expand; empty fields are left out', async () => {
    const all = await getJson<Item>(`${listUrl}/items/1?$expand=fields`);
    expect(all.fields).toMatchObject({
      CaseNumber: '11/10298',
      ResponsibleUnit: 'HUM-seksjonen',
      ReportedBy: 'Kristin Hoem Langsholt',
      ReportedAt: '2012-12-03T09:12:00Z',
      id: '1',
    });
    expect(all.fields).not.toHaveProperty('ReviewComment');
    const bare = await getJson<Item>(`${listUrl}/items/1`);
    expect(bare).not.toHaveProperty('fields');
    expect(bare.eTag).toMatch(/^"[0-9a-f-]{36},\d+"$/);
    expect(bare['@odata.etag']).toBe(bare.eTag);
    expect(bare.lastModifiedDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(bare.createdBy).toMatchObject({ user: { displayName: 'Kristin Hoem Langsholt' } });
  });

  it('keeps a multi-paragraph report as it was written', async () => {
    const page = await getJson<Page>(
      `${listUrl}/items?$expand=fields($select=StatusReport)&$top=5000`,
    );
    const reports = page.value
      .map((item) => item.fields?.StatusReport)
      .filter((text) => typeof text === 'string');
    expect(reports.some((text) => String(text).includes('\n\n'))).toBe(true);
    expect(page.value.some((item) => item.fields?.StatusReport === undefined)).toBe(true);
  });

  it('restricts item properties with $select and refuses unknown ones', async () => {
    const item = await getJson<Item>(`${listUrl}/items/2?$select=id,lastModifiedDateTime`);
    const properties = Object.keys(item).filter((key) => !key.startsWith('@odata.'));
    expect(properties.sort()).toEqual(['id', 'lastModifiedDateTime']);
    const { status } = await call(`${listUrl}/items/2?$select=nonsense`);
    expect(status).toBe(400);
  });

  it('answers a missing item with 404 itemNotFound', async () => {
    const { status, json } = await call(`${listUrl}/items/999999`);
    expect(status).toBe(404);
    expect(errorOf(json).code).toBe('itemNotFound');
  });
});

describe('filtering', () => {
  it('filters on the indexed CaseNumber', async () => {
    const filter = encodeURIComponent("fields/CaseNumber eq '11/10298'");
    const page = await getJson<Page>(
      `${listUrl}/items?$filter=${filter}&$expand=fields($select=CaseNumber)&$top=5000`,
    );
    expect(page.value).toHaveLength(SEEDED);
    expect(page.value.every((item) => item.fields?.CaseNumber === '11/10298')).toBe(true);
  });

  it('pages a filtered result too', async () => {
    const filter = encodeURIComponent("fields/CaseNumber eq '99/00001'");
    let url: string | undefined = `${listUrl}/items?$filter=${filter}&$top=1000`;
    let count = 0;
    while (url) {
      const page: Page = await getJson<Page>(url);
      count += page.value.length;
      url = page['@odata.nextLink'];
    }
    expect(count).toBe(EXTRA);
  });

  it('refuses a filter on the non-indexed Status without the Prefer header', async () => {
    const filter = encodeURIComponent("fields/Status eq 'Pågår'");
    const { status, json } = await call(`${listUrl}/items?$filter=${filter}`);
    expect(status).toBe(400);
    expect(errorOf(json).code).toBe('invalidRequest');
    expect(errorOf(json).message).toBe(
      "Field 'Status' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
    );
  });

  it('filters on Status with Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const filter = encodeURIComponent(
      "fields/Status eq 'Ikke gjennomført' and fields/CaseNumber eq '11/10298'",
    );
    const page = await getJson<Page>(
      `${listUrl}/items?$filter=${filter}&$expand=fields($select=Status)`,
      {
        headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
      },
    );
    expect(page.value.length).toBeGreaterThan(0);
    expect(page.value.every((item) => item.fields?.Status === 'Ikke gjennomført')).toBe(true);
  });

  it('refuses a filter on an unknown field', async () => {
    const filter = encodeURIComponent("fields/Colour eq 'blue'");
    const { status, json } = await call(`${listUrl}/items?$filter=${filter}`);
    expect(status).toBe(400);
    expect(errorOf(json).message).toContain("Field 'Colour' is not recognized");
  });
});

describe('writing items', () => {
  it('updates fields with the current eTag: 200, new eTag, a new version by the reporter', async () => {
    const before = await getJson<Item>(`${listUrl}/items/4?$expand=fields`);
    const { status, json, headers } = await patchFields(
      '4',
      {
        Status: 'Pågår',
        StatusReport: 'Første avsnitt.\n\nAndre avsnitt.',
        ReportedBy: 'Siri Åsheim',
      },
      before.eTag,
    );
    expect(status).toBe(200);
    const fields = json as Json;
    expect(fields).toMatchObject({
      Status: 'Pågår',
      StatusReport: 'Første avsnitt.\n\nAndre avsnitt.',
    });
    expect(fields['@odata.etag']).not.toBe(before.eTag);
    expect(headers.get('etag')).toBe(fields['@odata.etag']);
    const after = await getJson<Item>(`${listUrl}/items/4?$expand=fields`);
    expect(after.eTag).toBe(fields['@odata.etag']);
    expect(Number(after.eTag.split(',')[1]?.replace('"', ''))).toBe(
      Number(before.eTag.split(',')[1]?.replace('"', '')) + 1,
    );
    expect(after.lastModifiedBy?.user.displayName).toBe('Siri Åsheim');
    expect(after.fields?.Title).toBe(before.fields?.Title);
  });

  it('accepts the eTag without its quotes, and *', async () => {
    const item = await getJson<Item>(`${listUrl}/items/5`);
    expect(
      (await patchFields('5', { ReviewState: 'Godkjent' }, item.eTag.replace(/"/g, ''))).status,
    ).toBe(200);
    expect((await patchFields('5', { ReviewState: 'Returnert' }, '*')).status).toBe(200);
  });

  it('refuses a stale eTag with 412 resourceModified and changes nothing', async () => {
    const original = await getJson<Item>(`${listUrl}/items/6?$expand=fields`);
    expect(
      (await patchFields('6', { StatusReport: 'Someone else saved first.' }, original.eTag)).status,
    ).toBe(200);
    const current = await getJson<Item>(`${listUrl}/items/6?$expand=fields`);
    const { status, json } = await patchFields(
      '6',
      { StatusReport: 'My late save.' },
      original.eTag,
    );
    expect(status).toBe(412);
    expect(errorOf(json).code).toBe('resourceModified');
    const after = await getJson<Item>(`${listUrl}/items/6?$expand=fields`);
    expect(after.fields?.StatusReport).toBe('Someone else saved first.');
    expect(after.eTag).toBe(current.eTag);
  });

  it('refuses an unknown field, a choice outside the list, a wrong type and read-only fields', async () => {
    const unknown = await patchFields('7', { Nonsense: 'x' });
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.json)).toMatchObject({
      code: 'invalidRequest',
      message: "Field 'Nonsense' is not recognized",
    });
    const badChoice = await patchFields('7', { Status: 'Ferdig' });
    expect(badChoice.status).toBe(400);
    expect(errorOf(badChoice.json).message).toContain("'Ferdig'");
    expect(errorOf(badChoice.json).message).toContain("'Status'");
    const wrongType = await patchFields('7', { SortOrder: 'ten' });
    expect(wrongType.status).toBe(400);
    expect(errorOf(wrongType.json).message).toContain('SortOrder');
    const readOnly = await patchFields('7', { Created: '2020-01-01T00:00:00Z' });
    expect(readOnly.status).toBe(400);
    const badDate = await patchFields('7', { Deadline: '31.12.2012' });
    expect(badDate.status).toBe(400);
    const item = await getJson<Item>(`${listUrl}/items/7/versions`);
    expect((item as unknown as { value: unknown[] }).value).toHaveLength(2);
  });

  it('clears a field written as null or empty text', async () => {
    expect((await patchFields('8', { ReviewComment: 'Mangler dato.' })).status).toBe(200);
    const cleared = await patchFields('8', { ReviewComment: null, StatusReport: '' });
    expect(cleared.status).toBe(200);
    expect(cleared.json).not.toHaveProperty('ReviewComment');
    expect(cleared.json).not.toHaveProperty('StatusReport');
  });

  it('creates an item with POST (201) and deletes it with DELETE (204)', async () => {
    const created = await call(`${listUrl}/items`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        fields: {
          Title: 'Nytt tiltak',
          CaseNumber: '12/00042',
          Section: 'IOMs oppfølging',
          Deadline: '2013-06-30',
          SortOrder: 5,
        },
      }),
    });
    expect(created.status).toBe(201);
    const item = created.json as Item;
    expect(item.fields).toMatchObject({
      Title: 'Nytt tiltak',
      Deadline: '2013-06-29T22:00:00Z',
      SortOrder: 5,
    });
    expect(Number(item.id)).toBeGreaterThan(SEEDED + EXTRA);
    expect((await call(`${listUrl}/items/${item.id}`)).status).toBe(200);
    expect((await call(`${listUrl}/items/${item.id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await call(`${listUrl}/items/${item.id}`);
    expect(gone.status).toBe(404);
  });

  it('keeps every version, newest first, with the values of each', async () => {
    const item = await getJson<Item>(`${listUrl}/items/9?$expand=fields`);
    const oldReport = item.fields?.StatusReport;
    expect(
      (await patchFields('9', { StatusReport: 'Oppdatert rapport.', ReportedBy: 'Lars Øverli' }))
        .status,
    ).toBe(200);
    const { value } = await getJson<{ value: (Json & { id: string; fields?: Json })[] }>(
      `${listUrl}/items/9/versions?$expand=fields`,
    );
    expect(value.map((version) => version.id)).toEqual(['3.0', '2.0', '1.0']);
    expect(value[0]).toMatchObject({
      lastModifiedBy: { user: { displayName: 'Lars Øverli' } },
      fields: { StatusReport: 'Oppdatert rapport.' },
    });
    expect(value[1]?.fields?.StatusReport).toBe(oldReport);
    expect(value[2]?.fields).not.toHaveProperty('StatusReport');
    const withoutFields = await getJson<{ value: Json[] }>(`${listUrl}/items/9/versions`);
    expect(withoutFields.value[0]).not.toHaveProperty('fields');
    const one = await getJson<Json>(`${listUrl}/items/9/versions/2.0?$expand=fields`);
    expect(one).toMatchObject({ id: '2.0', fields: { StatusReport: oldReport } });
    expect((await call(`${listUrl}/items/9/versions/7.0`)).status).toBe(404);
  });
});

describe('browsers, faults and outages', () => {
  it('answers a CORS preflight from a localhost origin', async () => {
    const response = await fetch(`${listUrl}/items/1/fields`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,content-type,if-match,prefer,sdkversion',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    const allowed = response.headers.get('access-control-allow-headers') ?? '';
    for (const header of [
      'authorization',
      'content-type',
      'if-match',
      'prefer',
      'sdkversion',
      'client-request-id',
      'retry-attempt',
    ]) {
      expect(allowed).toContain(header);
    }
    const simple = await fetch(`${listUrl}/items/1`, {
      headers: { Origin: 'http://127.0.0.1:4173' },
    });
    expect(simple.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
    expect(simple.headers.get('access-control-expose-headers')).toContain('Retry-After');
    const foreign = await fetch(`${listUrl}/items/1`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('throttles the matching requests `count` times with Retry-After, then serves again', async () => {
    emulator.injectFaults({
      status: 429,
      retryAfterSeconds: 2,
      count: 2,
      method: 'GET',
      pathIncludes: '/items/3',
    });
    const other = await call(`${listUrl}/items/2`);
    expect(other.status).toBe(200);
    for (let attempt = 0; attempt < 2; attempt++) {
      const throttled = await call(`${listUrl}/items/3`);
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('retry-after')).toBe('2');
      expect(errorOf(throttled.json).code).toBe('tooManyRequests');
    }
    expect((await call(`${listUrl}/items/3`)).status).toBe(200);
  });

  it('takes faults over HTTP too, in Graph error shapes', async () => {
    const response = await fetch(`${emulator.origin}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 403, count: 1, method: 'PATCH' }),
    });
    expect(response.status).toBe(200);
    const denied = await patchFields('10', { Status: 'Pågår' });
    expect(denied.status).toBe(403);
    expect(errorOf(denied.json).code).toBe('accessDenied');
    expect(denied.headers.get('retry-after')).toBeNull();
    expect((await patchFields('10', { Status: 'Pågår' })).status).toBe(200);
    const refused = await fetch(`${emulator.origin}/_emulator/faults`, {
      method: 'POST',
      body: '{"status":418,"count":1}',
    });
    expect(refused.status).toBe(400);
  });

  it('during an outage answers every request with 503 and Retry-After: 1', async () => {
    emulator.setOutage(true);
    const down = await call(`${listUrl}/items/1`);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('1');
    expect(errorOf(down.json).code).toBe('serviceNotAvailable');
    await fetch(`${emulator.origin}/_emulator/outage`, {
      method: 'POST',
      body: JSON.stringify({ down: false }),
    });
    expect((await call(`${listUrl}/items/1`)).status).toBe(200);
    const health = (await (await fetch(`${emulator.origin}/_emulator/health`)).json()) as Json;
    expect(health).toMatchObject({ status: 'ok', down: false, siteId: emulator.siteId });
  });

  it('takes the added latency over HTTP and reports it', async () => {
    const set = await fetch(`${emulator.origin}/_emulator/latency`, {
      method: 'POST',
      body: JSON.stringify({ ms: 5 }),
    });
    expect(set.status).toBe(200);
    const health = (await (await fetch(`${emulator.origin}/_emulator/health`)).json()) as Json;
    expect(health.latencyMs).toBe(5);
    expect((await call(`${listUrl}/items/1`)).status).toBe(200);
    emulator.setLatency(0);
    const refused = await fetch(`${emulator.origin}/_emulator/latency`, {
      method: 'POST',
      body: '{"ms":-1}',
    });
    expect(refused.status).toBe(400);
  });

  it('counts the Graph requests it serves', async () => {
    const before = emulator.requestCount();
    await call(`${listUrl}/items/1`);
    await call(`${listUrl}/items/2`);
    await fetch(`${emulator.origin}/_emulator/health`);
    expect(emulator.requestCount() - before).toBe(2);
  });
});
