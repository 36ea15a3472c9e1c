// The follow-up cycle over real HTTP against the local Graph: a plan made and its measures
// imported by JSON batch (with failures inside the batch and a rerun), contributions written by
// their units with If-Match, and the plan's shared memo settings.
import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDates, type NewMeasure, type Status } from '../../src/domain';
import {
  createGraphClient,
  createGraphMeasuresApi,
  createGraphPlansApi,
  isMeasuresError,
  PLANS_LIST_TITLE,
  type MeasuresApi,
  type PlansApi,
} from '../../src/graph';
import { createMeasuresBatch } from '../../src/graph/create-measures-batch';
import {
  createGraphContributionsApi,
  type ContributionsApi,
} from '../../src/graph/contributions-api';
import { importMeasures } from '../../src/features/plan/import-measures';
import {
  readStoredMemoSettings,
  writeStoredMemoSettings,
} from '../../src/memo/stored-memo-settings';
import { memo2012Settings } from '../support/memo/seed-measures';
import { startTestEmulator, type EmulatorHandle } from '../support/emulator';

let emulator: EmulatorHandle;
let client: Client;
let measures: MeasuresApi;
let plans: PlansApi;
let contributions: ContributionsApi;

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = createGraphClient({ baseUrl: emulator.baseUrl });
  const location = { site: emulator.sitePath, list: emulator.listTitle };
  measures = createGraphMeasuresApi(client, location);
  plans = createGraphPlansApi(client, { site: emulator.sitePath, list: PLANS_LIST_TITLE });
  contributions = createGraphContributionsApi(client, { site: emulator.sitePath });
});
afterAll(() => emulator.close());

describe('importing a plan’s measures in JSON batches', () => {
  const caseNumber = '24/00042';
  const rows = (badStatus: boolean): NewMeasure[] =>
    Array.from({ length: 25 }, (_, i) => ({
      title: `Tiltak nummer ${i + 1}`,
      description: `Tiltak nummer ${i + 1} i planen.`,
      caseNumber,
      section: 'Departementets oppfølging',
      sortOrder: (i + 1) * 10,
      responsibleUnit: 'HUM-seksjonen',
      contributingUnits: i === 10 ? ['Geneve-delegasjonen', 'Ambassaden i Abuja'] : [],
      deadline: '2025-06-30',
      // A value the list's Status column refuses: the list answers 400 for this one request.
      ...(badStatus && i === 4 ? { status: 'Nesten ferdig' as Status } : {}),
    }));
  const ports = {
    listMeasures: (options: { caseNumber: string }) => measures.listMeasures(options),
    createMeasures: (list: readonly NewMeasure[]) =>
      createMeasuresBatch(client, { site: emulator.sitePath, list: emulator.listTitle }, list),
  };

  it('creates what it can, waits out 429s, names the failures; a rerun creates nothing twice', async () => {
    emulator.injectFaults({
      status: 429,
      retryAfterSeconds: 1,
      count: 2,
      method: 'POST',
      pathIncludes: '/items',
    });
    emulator.injectFaults({ status: 500, count: 1, method: 'POST', pathIncludes: '/items' });
    const before = emulator.requestCount();
    const first = await importMeasures(ports, caseNumber, rows(true));
    // 25 rows: two batch requests, one more round for the two throttled ones, the read first and
    // the list's lookup; one POST per measure would be 25 and more.
    expect(emulator.requestCount() - before).toBeLessThanOrEqual(7);
    expect(first.created).toHaveLength(23);
    expect(first.failed.map((f) => [f.measure.title, f.status])).toEqual(
      expect.arrayContaining([
        ['Tiltak nummer 5', 400],
        [expect.stringMatching(/^Tiltak nummer/), 500],
      ]),
    );
    expect(first.failed).toHaveLength(2);
    const eleventh = first.created.find((m) => m.title === 'Tiltak nummer 11');
    expect(eleventh?.contributingUnits).toEqual(['Geneve-delegasjonen', 'Ambassaden i Abuja']);

    const rerun = await importMeasures(ports, caseNumber, rows(false));
    expect(rerun.created.map((m) => m.title).sort()).toEqual(
      first.failed.map((f) => f.measure.title).sort(),
    );
    expect(rerun.skipped).toHaveLength(23);
    const plan = await measures.listMeasures({ caseNumber });
    expect(plan).toHaveLength(25);
    expect(new Set(plan.map((m) => m.title)).size).toBe(25);

    const again = await importMeasures(ports, caseNumber, rows(false));
    expect(again.created).toEqual([]);
    expect(await measures.listMeasures({ caseNumber })).toHaveLength(25);
  });
});

describe('contributions', () => {
  it('holds the demo contributions behind the 2012 memo', async () => {
    const seeded = await contributions.listContributions({ caseNumber: '11/10298' });
    expect(seeded.map((c) => c.unit)).toEqual([
      'Seksjon for Russland, Eurasia og regionalt samarbeid',
      'Seksjon for Russland, Eurasia og regionalt samarbeid',
    ]);
    expect(seeded[0]?.contribution).toMatch(/^viser til at dette ikke er gjort/);
  });

  it('each unit writes its own item with If-Match; a stale write is a conflict, never overwritten', async () => {
    const [measure] = (await measures.listMeasures({ caseNumber: '11/10298' })).filter(
      (m) => m.sortOrder === 30,
    );
    if (!measure) throw new Error('the demo has measure 3');
    const created = await contributions.saveContribution({
      existing: null,
      measure,
      unit: 'Ambassaden i Abuja',
      update: { status: 'Ikke gjennomført', contribution: 'har ikke prosjekter med IOM i 2012.' },
      reportedBy: 'Demobruker (Ambassaden i Abuja)',
    });
    expect(created).toMatchObject({ measureId: measure.id, unit: 'Ambassaden i Abuja' });

    const updated = await contributions.saveContribution({
      existing: created,
      measure,
      unit: 'Ambassaden i Abuja',
      update: { status: 'Pågår', contribution: 'tar det opp i neste tildelingsbrev.' },
      reportedBy: 'Demobruker (Ambassaden i Abuja)',
    });
    expect(updated.etag).not.toBe(created.etag);

    const stale = contributions.saveContribution({
      existing: created,
      measure,
      unit: 'Ambassaden i Abuja',
      update: { status: 'Gjennomført', contribution: 'gammel fane' },
      reportedBy: 'Demobruker (Ambassaden i Abuja)',
    });
    await expect(stale).rejects.toSatisfy(
      (error) =>
        isMeasuresError(error) &&
        error.kind === 'conflict' &&
        error.status === 412 &&
        error.currentContribution?.contribution === 'tar det opp i neste tildelingsbrev.',
    );

    const second = contributions.saveContribution({
      existing: null,
      measure,
      unit: 'Ambassaden i Abuja',
      update: { status: 'Gjennomført', contribution: 'et annet vindu' },
      reportedBy: 'Demobruker (Ambassaden i Abuja)',
    });
    await expect(second).rejects.toSatisfy(
      (error) => isMeasuresError(error) && error.kind === 'conflict',
    );
    const all = await contributions.listContributions({ caseNumber: '11/10298' });
    expect(all.filter((c) => c.unit === 'Ambassaden i Abuja')).toHaveLength(1);
    expect(all.find((c) => c.unit === 'Ambassaden i Abuja')?.contribution).toBe(
      'tar det opp i neste tildelingsbrev.',
    );
  });
});

describe('the plan and its memo settings', () => {
  it('a new plan carries its rule’s dates; one plan per case number', async () => {
    const dates = defaultDates('Instruks 2011: rapport innen ett år', '2024-03-01');
    const plan = await plans.createPlan({
      title: 'Oppfølging av evaluering av noe',
      caseNumber: '24/00100',
      evaluation: 'Evaluering av noe',
      planDate: '2024-03-01',
      reportDue: dates.reportDue,
      deadlineRule: 'Instruks 2011: rapport innen ett år',
      coordinator: 'HUM-seksjonen',
      planState: 'Aktiv',
      memoSettings: '',
    });
    expect(plan).toMatchObject({ caseNumber: '24/00100', reportDue: '2025-03-01' });
    await expect(plans.createPlan({ ...plan, title: 'Dobbel' })).rejects.toSatisfy(
      (error) => isMeasuresError(error) && error.status === 409,
    );
  });

  it('MemoSettings round trip: what one caseworker saves, another reads; a stale save is a conflict', async () => {
    const iom = (await plans.listPlans()).find((p) => p.caseNumber === '11/10298');
    if (!iom) throw new Error('the demo has the IOM plan');
    const defaults = memo2012Settings();
    const read = readStoredMemoSettings(iom.memoSettings, { ...defaults, to: 'standard' });
    expect(read.problem).toBeNull();
    expect(read.settings.to).toBe('Utenriksrådets kontor');

    const changed = { ...read.settings, to: 'Utenriksministeren', copyTo: ['A', 'B'] };
    const saved = await plans.updatePlan(iom.id, iom.etag, {
      memoSettings: writeStoredMemoSettings(changed),
    });
    const other = createGraphPlansApi(createGraphClient({ baseUrl: emulator.baseUrl }), {
      site: emulator.sitePath,
      list: PLANS_LIST_TITLE,
    });
    const seen = (await other.listPlans()).find((p) => p.id === iom.id);
    expect(readStoredMemoSettings(seen?.memoSettings ?? '', defaults)).toEqual({
      settings: changed,
      problem: null,
    });
    await expect(plans.updatePlan(iom.id, iom.etag, { memoSettings: '{}' })).rejects.toSatisfy(
      (error) => isMeasuresError(error) && error.kind === 'conflict',
    );

    await plans.updatePlan(saved.id, saved.etag, { memoSettings: '{ not json' });
    const broken = (await plans.listPlans()).find((p) => p.id === iom.id);
    expect(readStoredMemoSettings(broken?.memoSettings ?? '', defaults)).toEqual({
      settings: defaults,
      problem: 'invalid',
    });
    expect(readStoredMemoSettings('', defaults).problem).toBe('missing');
  });
});
