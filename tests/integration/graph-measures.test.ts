// The measures list over real HTTP against the local Graph emulator: paging, filter and mapping,
// writes with If-Match, conflicts, throttling and Graph's errors as the tab sees them.
import { readFileSync } from 'node:fs';
import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasurePatch } from '../../src/domain';
import {
  createGraphClient,
  createGraphMeasuresApi,
  isMeasuresError,
  PAGE_SIZE,
  resolveList,
  toMeasuresError,
  type MeasuresApi,
  type MeasuresError,
} from '../../src/graph';
import { startTestEmulator, type EmulatorHandle } from '../support/emulator';

type FixtureItem = { fields: Record<string, string | number | undefined> };
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/iom-plan-2011.json', import.meta.url), 'utf8'),
) as { items: FixtureItem[] };
const PLAN = '11/10298';

type Connection = {
  emulator: EmulatorHandle;
  client: Client;
  api: MeasuresApi;
  waits: number[];
};

async function connect(emulator: EmulatorHandle): Promise<Connection> {
  const waits: number[] = [];
  const client = createGraphClient({
    baseUrl: emulator.baseUrl,
    onThrottled: (seconds) => waits.push(seconds),
  });
  const location = { site: emulator.sitePath, list: emulator.listTitle };
  // Resolve site and list up front, so that request counts below are the item requests alone.
  await resolveList(client, location);
  return { emulator, client, api: createGraphMeasuresApi(client, location), waits };
}

/** The MeasuresError a promise rejects with (fails the test if it resolves or throws anything else). */
async function failureOf(promise: Promise<unknown>): Promise<MeasuresError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isMeasuresError(error)) throw new Error(`expected a MeasuresError, got ${String(error)}`);
  return error;
}

describe('reading a large list', () => {
  const extra = 2500;
  let c: Connection;
  beforeAll(async () => {
    c = await connect(await startTestEmulator({ extraMeasures: extra }));
  });
  afterAll(() => c.emulator.close());

  it('reads every item once, page by page', async () => {
    const before = c.emulator.requestCount();
    const measures = await c.api.listMeasures();
    const requests = c.emulator.requestCount() - before;

    const total = extra + fixture.items.length;
    expect(measures).toHaveLength(total);
    expect(new Set(measures.map((m) => m.id)).size).toBe(total);
    // 2,514 items in pages of PAGE_SIZE (500): six requests, where the default page of 200 takes 13.
    expect(requests).toBe(Math.ceil(total / PAGE_SIZE));
    expect(requests).toBeGreaterThan(1);
  });

  it("reads one plan's measures by CaseNumber, mapped as the fixture has them", async () => {
    const measures = await c.api.listMeasures({ caseNumber: PLAN });
    expect(measures).toHaveLength(14);
    expect(measures.every((m) => m.caseNumber === PLAN)).toBe(true);

    for (const { fields } of fixture.items) {
      const measure = measures.find((m) => m.sortOrder === fields['SortOrder']);
      expect(measure, `SortOrder ${String(fields['SortOrder'])}`).toMatchObject({
        title: fields['Title'],
        section: fields['Section'],
        responsibleUnit: fields['ResponsibleUnit'],
        deadline: fields['Deadline'],
        status: fields['Status'],
        statusReport: fields['StatusReport'] ?? '',
        reportedBy: fields['ReportedBy'] ?? '',
        reviewState: fields['ReviewState'],
      });
      expect(measure?.etag).not.toBe('');
    }

    const mrDem = measures.find((m) => m.responsibleUnit === 'MR/DEM-seksjonen');
    expect(mrDem?.statusReport.split('\n\n')).toHaveLength(5);
    const unreported = measures.find((m) => m.sortOrder === 80);
    expect(unreported).toMatchObject({ statusReport: '', reportedAt: null, status: 'Pågår' });
  });

  it('finds nothing for a plan that is not there, and reads an apostrophe as text', async () => {
    await expect(c.api.listMeasures({ caseNumber: "12/0001'" })).resolves.toEqual([]);
  });
});

describe('writing', () => {
  let c: Connection;
  beforeAll(async () => {
    c = await connect(await startTestEmulator());
  });
  afterAll(() => c.emulator.close());

  async function measureAt(sortOrder: number) {
    const measures = await c.api.listMeasures({ caseNumber: PLAN });
    const measure = measures.find((m) => m.sortOrder === sortOrder);
    if (!measure) throw new Error(`no measure with SortOrder ${sortOrder}`);
    return measure;
  }

  it('saves with If-Match, returns the new eTag, and keeps the old version in the history', async () => {
    const before = await measureAt(80);
    const versionsBefore = await c.api.listVersions(before.id);

    const report = 'Rapportering koordinert av HUM.\n\nNotat sendt utenriksråden 20.12.2012.';
    const saved = await c.api.updateMeasure(before.id, before.etag, {
      status: 'Gjennomført',
      statusReport: report,
      reportedBy: 'Kristin Hoem Langsholt',
    });
    expect(saved).toMatchObject({ id: before.id, status: 'Gjennomført', statusReport: report });
    expect(saved.etag).not.toBe(before.etag);

    const reread = await c.api.getMeasure(before.id);
    expect(reread).toMatchObject({ status: 'Gjennomført', statusReport: report, etag: saved.etag });

    const versions = await c.api.listVersions(before.id);
    expect(versions).toHaveLength(versionsBefore.length + 1);
    expect(versions[0]).toMatchObject({ status: 'Gjennomført', statusReport: report });
    expect(versions.slice(1).some((v) => v.status === 'Pågår')).toBe(true);
  });

  it('refuses a save on a stale eTag and shows the other writer’s version', async () => {
    const opened = await measureAt(60);
    const theirs = await c.api.updateMeasure(opened.id, opened.etag, {
      statusReport: 'Endret av en kollega først.',
    });

    const error = await failureOf(
      c.api.updateMeasure(opened.id, opened.etag, { statusReport: 'Min tekst.' }),
    );
    expect(error).toMatchObject({ kind: 'conflict', status: 412 });
    expect(error.current).toMatchObject({
      statusReport: 'Endret av en kollega først.',
      etag: theirs.etag,
    });
    expect((await c.api.getMeasure(opened.id)).statusReport).toBe('Endret av en kollega først.');
  });

  it('waits out a 429 with Retry-After and then saves', async () => {
    const measure = await measureAt(50);
    c.waits.length = 0;
    c.emulator.injectFaults({ status: 429, retryAfterSeconds: 1, count: 2, method: 'PATCH' });
    const saved = await c.api.updateMeasure(measure.id, measure.etag, { status: 'Gjennomført' });
    expect(saved.status).toBe('Gjennomført');
    expect(c.waits).toEqual([1, 1]);
  });

  it('gives up as throttled when 429s outlast the retries, and saves nothing', async () => {
    const measure = await measureAt(40);
    c.emulator.injectFaults({ status: 429, retryAfterSeconds: 1, count: 4, method: 'PATCH' });
    const error = await failureOf(
      c.api.updateMeasure(measure.id, measure.etag, { statusReport: 'Skal ikke lagres.' }),
    );
    expect(error).toMatchObject({ kind: 'throttled', status: 429 });
    expect((await c.api.getMeasure(measure.id)).statusReport).toBe(measure.statusReport);
  });

  it('returns a saved measure with its new eTag even when reading it back fails', async () => {
    const measure = await measureAt(30);
    // 500 is not retried: the GET after the PATCH fails once.
    c.emulator.injectFaults({ status: 500, count: 1, method: 'GET' });
    const saved = await c.api.updateMeasure(measure.id, measure.etag, {
      statusReport: 'Lagret, men ikke lest tilbake.',
    });
    expect(saved).toMatchObject({ id: measure.id, statusReport: 'Lagret, men ikke lest tilbake.' });
    expect(saved.etag).not.toBe(measure.etag);
    // The eTag is the current one: the next save with it goes through.
    const next = await c.api.updateMeasure(saved.id, saved.etag, { status: 'Pågår' });
    expect(next.status).toBe('Pågår');
  });

  it('creates and deletes a measure', async () => {
    const created = await c.api.createMeasure({
      title: 'Nytt tiltak for testing',
      caseNumber: '12/00002',
      section: 'Departementets oppfølging',
      deadline: '2013-06-30',
    });
    expect(created).toMatchObject({
      title: 'Nytt tiltak for testing',
      status: 'Ikke påbegynt',
      reviewState: 'Ikke vurdert',
      deadline: '2013-06-30',
    });
    expect(await c.api.listMeasures({ caseNumber: '12/00002' })).toHaveLength(1);
    await c.api.deleteMeasure(created.id);
    expect(await c.api.listMeasures({ caseNumber: '12/00002' })).toHaveLength(0);
    expect((await failureOf(c.api.getMeasure(created.id))).kind).toBe('not-found');
  });
});

describe("Graph's errors, as the tab sees them", () => {
  let c: Connection;
  beforeAll(async () => {
    c = await connect(await startTestEmulator());
  });
  afterAll(() => c.emulator.close());

  async function anyMeasure() {
    const [measure] = await c.api.listMeasures({ caseNumber: PLAN });
    if (!measure) throw new Error('the demo seed is empty');
    return measure;
  }

  it("an unknown field is invalid, with Graph's message naming it", async () => {
    const measure = await anyMeasure();
    const { siteId, listId } = await resolveList(c.client, {
      site: c.emulator.sitePath,
      list: c.emulator.listTitle,
    });
    const error = await c.client
      .api(`/sites/${siteId}/lists/${listId}/items/${measure.id}/fields`)
      .header('If-Match', measure.etag)
      .patch({ Colour: 'red' })
      .then(
        () => undefined,
        (e: unknown) => toMeasuresError(e),
      );
    expect(error).toMatchObject({ kind: 'invalid', status: 400 });
    expect(error?.message).toContain('Colour');
  });

  it("a choice outside the list is invalid, with Graph's message", async () => {
    const measure = await anyMeasure();
    // A patch the types would not allow: what a stale client or a renamed choice would send.
    const patch = JSON.parse('{ "status": "Forsinket" }') as MeasurePatch;
    const error = await failureOf(c.api.updateMeasure(measure.id, measure.etag, patch));
    expect(error).toMatchObject({ kind: 'invalid', status: 400 });
    expect(error.message).toContain('Forsinket');
    expect((await c.api.getMeasure(measure.id)).status).toBe(measure.status);
  });

  it('a missing item is not-found', async () => {
    expect(await failureOf(c.api.getMeasure('987654'))).toMatchObject({
      kind: 'not-found',
      status: 404,
    });
  });

  it('403 is forbidden and 401 unauthorized', async () => {
    c.emulator.injectFaults({ status: 403, count: 1 });
    expect((await failureOf(c.api.listMeasures())).kind).toBe('forbidden');
    c.emulator.injectFaults({ status: 401, count: 1 });
    expect((await failureOf(c.api.listMeasures())).kind).toBe('unauthorized');
  });

  it('an outage (503 with Retry-After) is waited out, then reported as throttled', async () => {
    c.waits.length = 0;
    c.emulator.setOutage(true);
    try {
      const before = c.emulator.requestCount();
      const error = await failureOf(c.api.listMeasures({ caseNumber: PLAN }));
      expect(error).toMatchObject({ kind: 'throttled', status: 503 });
      // The first attempt and the RetryHandler's three retries, each announced to the UI.
      expect(c.emulator.requestCount() - before).toBe(4);
      expect(c.waits).toEqual([1, 1, 1, 1]);
    } finally {
      c.emulator.setOutage(false);
    }
    await expect(c.api.listMeasures({ caseNumber: PLAN })).resolves.toHaveLength(14);
  });

  it('500 is a server error, not retried', async () => {
    c.emulator.injectFaults({ status: 500, count: 1 });
    const before = c.emulator.requestCount();
    expect((await failureOf(c.api.listMeasures({ caseNumber: PLAN }))).kind).toBe('server');
    expect(c.emulator.requestCount() - before).toBe(1);
    await expect(c.api.listMeasures({ caseNumber: PLAN })).resolves.toHaveLength(14);
  });

  it('no server at all is a network failure', async () => {
    const closed = createGraphClient({ baseUrl: 'http://127.0.0.1:9/v1.0' });
    const api = createGraphMeasuresApi(closed, { site: 'a,b,c', list: 'Oppfølgingstiltak' });
    expect(await failureOf(api.listMeasures())).toMatchObject({ kind: 'network', status: 0 });
  });
});
