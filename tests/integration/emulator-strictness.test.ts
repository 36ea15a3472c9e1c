// Where the emulator is as strict as SharePoint, so that what passes here passes in a tenant: the
// caller taken from the bearer token (the demo's unsigned one), date-only columns on the site's
// calendar, a version limit and versioning turned off, faults a test can ask for (a file open in
// Word, SharePoint's vague 400), Retry-After on every 429/503, and filters on columns without an
// index. Over real HTTP, through the tab's own Graph code where the tab is concerned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClients } from '../../src/app/create-services';
import { createDemoCaller } from '../../src/app/demo-caller';
import { demoUserFor } from '../../src/app/demo-identity';
import { createThrottleSignal } from '../../src/app/throttle-signal';
import { historyGap } from '../../src/features/report/history-gap';
import { createGraphClient, createGraphMeasuresApi, saveToDrive } from '../../src/graph';
import { startTestEmulator, type EmulatorHandle } from '../support/emulator';

type Json = Record<string, unknown>;
type Identity = { user: { displayName: string } };

let emulator: EmulatorHandle;
let listUrl: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  listUrl = `${emulator.baseUrl}/sites/${emulator.siteId}/lists/${emulator.listId}`;
});
afterAll(() => emulator.close());

async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: (text ? JSON.parse(text) : {}) as Json,
  };
}

function send(method: string, url: string, body: unknown) {
  return call(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const measures = () =>
  createGraphMeasuresApi(createGraphClient({ baseUrl: emulator.baseUrl }), {
    site: emulator.sitePath,
    list: emulator.listTitle,
  });

const newMeasure = (title: string, deadline: string | null = null) => ({
  title,
  caseNumber: '11/10298',
  section: 'Departementets oppfølging',
  deadline,
});

describe('the caller comes from the bearer token', () => {
  it('names the person the demo acts as in createdBy and lastModifiedBy, for items and files', async () => {
    const caller = createDemoCaller();
    caller.actAs(demoUserFor('MR/DEM-seksjonen'));
    const { client } = createGraphClients(emulator.baseUrl, null, createThrottleSignal(), caller);
    const api = createGraphMeasuresApi(client, {
      site: emulator.sitePath,
      list: emulator.listTitle,
    });
    const created = await api.createMeasure(newMeasure('Fra demoen'));
    caller.actAs(demoUserFor('Regionalavdelingen'));
    // Fields that name someone else change nothing: Graph names the caller of the token.
    await api.updateMeasure(created.id, created.etag, { reportedBy: 'Noen andre' });

    const item = (await call(`${listUrl}/items/${created.id}`)).json as {
      createdBy: Identity;
      lastModifiedBy: Identity;
    };
    expect(item.createdBy.user.displayName).toBe('Eva Hermstad');
    expect(item.lastModifiedBy.user.displayName).toBe('Ole Martin Berg');

    await saveToDrive(client, emulator.sitePath, 'Oppfølging/Fra demoen.docx', new Blob(['x']));
    const file = (
      await call(
        `${emulator.baseUrl}/sites/${emulator.siteId}/drive/root:/${encodeURIComponent('Oppfølging')}/${encodeURIComponent('Fra demoen.docx')}`,
      )
    ).json as { createdBy: Identity };
    expect(file.createdBy.user.displayName).toBe('Ole Martin Berg');
  });

  it('sends an unsigned token (alg none) that names the person and nothing more', async () => {
    const caller = createDemoCaller();
    expect(caller.token()).toBeNull();
    caller.actAs(demoUserFor('HUM-seksjonen'));
    const [header, payload, signature] = (caller.token() ?? '').split('.');
    const decode = (part: string | undefined) =>
      JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Json;
    expect(decode(header)).toEqual({ alg: 'none', typ: 'JWT' });
    expect(decode(payload)).toMatchObject({ name: 'Kristin Hoem Langsholt' });
    expect(signature).toBe('');
  });
});

describe('date-only columns on the site’s calendar (Europe/Oslo)', () => {
  it('stores a day as midnight in Oslo, summer and winter, and the tab reads the same day back', async () => {
    const api = measures();
    const cases = [
      // [written, read back over Graph]
      ['2012-08-25', '2012-08-24T22:00:00Z'],
      ['2012-01-25', '2012-01-24T23:00:00Z'],
      // The night the clocks go forward (25.03.2012, 02:00) and back (28.10.2012, 03:00).
      ['2012-03-25', '2012-03-24T23:00:00Z'],
      ['2012-03-26', '2012-03-25T22:00:00Z'],
      ['2012-10-28', '2012-10-27T22:00:00Z'],
      ['2012-10-29', '2012-10-28T23:00:00Z'],
    ] as const;
    for (const [day, stored] of cases) {
      const created = await api.createMeasure(newMeasure(`Frist ${day}`, day));
      const raw = (await call(`${listUrl}/items/${created.id}?$expand=fields($select=Deadline)`))
        .json as { fields: Json };
      expect(raw.fields.Deadline, day).toBe(stored);
      expect((await api.getMeasure(created.id)).deadline, day).toBe(day);
    }
  });

  it('keeps the Oslo day of an instant written just after midnight there (still the day before in UTC)', async () => {
    const created = await send('POST', `${listUrl}/items`, {
      fields: { Title: 'Rett over midnatt', Deadline: '2012-08-24T22:30:00Z' },
    });
    expect((created.json.fields as Json).Deadline).toBe('2012-08-24T22:00:00Z');
    expect((await measures().getMeasure(String(created.json.id))).deadline).toBe('2012-08-25');
  });

  it('on a site in another time zone, stores that site’s midnight, and the tab still reads the day', async () => {
    const newYork = await startTestEmulator({ timeZone: 'America/New_York' });
    try {
      const api = createGraphMeasuresApi(createGraphClient({ baseUrl: newYork.baseUrl }), {
        site: newYork.sitePath,
        list: newYork.listTitle,
      });
      const created = await api.createMeasure(newMeasure('New York', '2012-08-25'));
      const raw = await call(
        `${newYork.baseUrl}/sites/${newYork.siteId}/lists/${newYork.listId}/items/${created.id}?$expand=fields`,
      );
      expect((raw.json.fields as Json).Deadline).toBe('2012-08-25T04:00:00Z');
      expect(created.deadline).toBe('2012-08-25');
    } finally {
      await newYork.close();
    }
  });
});

describe('versions as the list’s settings keep them', () => {
  it('with a limit, deletes the oldest versions, and the tab’s history says older ones are gone', async () => {
    const api = measures();
    const created = await api.createMeasure(newMeasure('Med grense'));
    await emulator.setVersioning(emulator.listTitle, { enabled: true, majorVersionLimit: 2 });
    try {
      let current = created;
      for (const report of ['Første', 'Andre', 'Tredje']) {
        current = await api.updateMeasure(current.id, current.etag, { statusReport: report });
      }
      const versions = await api.listVersions(created.id);
      expect(versions.map((v) => v.id)).toEqual(['4.0', '3.0']);
      expect(versions.map((v) => v.statusReport)).toEqual(['Tredje', 'Andre']);
      expect(historyGap(versions, current)).toEqual({ kind: 'trimmed', kept: 2 });
    } finally {
      await emulator.setVersioning(emulator.listTitle, { enabled: true });
    }
  });

  it('turned off, keeps only the current version, and the tab’s history says versioning is off', async () => {
    const api = measures();
    await emulator.setVersioning(emulator.listTitle, { enabled: false });
    try {
      const created = await api.createMeasure(newMeasure('Uten versjoner'));
      const first = await api.updateMeasure(created.id, created.etag, { statusReport: 'Første' });
      // The eTag still changes with every save: If-Match keeps working without versions.
      expect(first.etag).not.toBe(created.etag);
      const second = await api.updateMeasure(first.id, first.etag, { statusReport: 'Andre' });
      const versions = await api.listVersions(created.id);
      expect(versions.map((v) => [v.id, v.statusReport])).toEqual([['1.0', 'Andre']]);
      expect(historyGap(versions, second)).toEqual({ kind: 'versioning-off' });
    } finally {
      await emulator.setVersioning(emulator.listTitle, { enabled: true });
    }
  });

  it('takes the setting over HTTP too, and refuses a limit SharePoint would not take', async () => {
    const set = (body: unknown) => send('POST', `${emulator.origin}/_emulator/versioning`, body);
    expect(
      (await set({ list: emulator.listTitle, enabled: true, majorVersionLimit: 0 })).status,
    ).toBe(400);
    const answer = await set({ list: emulator.listTitle, enabled: true, majorVersionLimit: 50 });
    expect(answer.json).toEqual({
      list: emulator.listTitle,
      versioning: { enabled: true, majorVersionLimit: 50 },
    });
  });
});

describe('faults a test can ask for', () => {
  it('sends Retry-After with every 429 and 503 unless the test asks for none', async () => {
    for (const status of [429, 503] as const) {
      emulator.injectFaults({ status, count: 1, pathIncludes: '/items/2' });
      const throttled = await call(`${listUrl}/items/2`);
      expect(throttled.status).toBe(status);
      expect(throttled.headers.get('retry-after')).toBe('1');
    }
    emulator.injectFaults({
      status: 429,
      count: 1,
      retryAfterSeconds: null,
      pathIncludes: '/items/2',
    });
    const bare = await call(`${listUrl}/items/2`);
    expect(bare.status).toBe(429);
    expect(bare.headers.get('retry-after')).toBeNull();
  });

  it('answers 423 resourceLocked, as for a file open in Word, and SharePoint’s vague 400', async () => {
    emulator.injectFaults({ status: 423, count: 1, method: 'PUT' });
    const locked = await call(
      `${emulator.baseUrl}/sites/${emulator.siteId}/drive/root:/L%C3%A5st.docx:/content`,
      { method: 'PUT', body: 'x' },
    );
    expect(locked.status).toBe(423);
    expect((locked.json.error as Json).code).toBe('resourceLocked');

    emulator.injectFaults({ status: 400, count: 1, method: 'PATCH' });
    const vague = await send('PATCH', `${listUrl}/items/2/fields`, { Status: 'Pågår' });
    expect(vague.status).toBe(400);
    expect(vague.json.error).toMatchObject({ code: 'invalidRequest', message: 'Invalid request' });
  });
});

describe('filters on a column without an index', () => {
  it('are answered for the tab, which sends Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const columns = `${listUrl}/columns/CaseNumber`;
    expect((await send('PATCH', columns, { indexed: false })).status).toBe(200);
    try {
      const plain = await call(
        `${listUrl}/items?$filter=${encodeURIComponent("fields/CaseNumber eq '11/10298'")}`,
      );
      expect(plain.status).toBe(400);
      const found = await measures().listMeasures({ caseNumber: '11/10298' });
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((m) => m.caseNumber === '11/10298')).toBe(true);
    } finally {
      await send('PATCH', columns, { indexed: true });
    }
  });
});
