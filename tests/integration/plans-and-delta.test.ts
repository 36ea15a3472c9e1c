// The plans list and the refresh by delta, over real HTTP against the local Graph: the plans
// list as seeded and as provisioned on a site that lacks it, reads scoped to one plan (also on a
// list whose CaseNumber lost its index), and changes, deletions and an expired token by delta.
import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGraphClient,
  createGraphMeasuresApi,
  createGraphPlansApi,
  isMeasuresError,
  PLANS_LIST_TITLE,
  type MeasuresApi,
  type PlansApi,
} from '../../src/graph';
import { provisionPlansList } from '../../src/graph/provision-list';
import { PLAN_LIST_COLUMNS } from '../../src/graph/measure-columns';
import { startTestEmulator, type EmulatorHandle } from '../support/emulator';

const DEMO_PLAN = '11/10298';
const LARGE_PLAN = '99/00001';

let emulator: EmulatorHandle;
let client: Client;
let measures: MeasuresApi;
let plans: PlansApi;

beforeAll(async () => {
  emulator = await startTestEmulator({ extraMeasures: 40 });
  client = createGraphClient({ baseUrl: emulator.baseUrl });
  measures = createGraphMeasuresApi(client, { site: emulator.sitePath, list: emulator.listTitle });
  plans = createGraphPlansApi(client, { site: emulator.sitePath, list: PLANS_LIST_TITLE });
});
afterAll(() => emulator.close());

const itemsUrl = () =>
  `${emulator.baseUrl}/sites/${emulator.siteId}/lists/${encodeURIComponent(emulator.listTitle)}/items`;

/** Another user's change, straight to the list. */
async function patchAsOther(id: string, fields: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${itemsUrl()}/${id}/fields`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  });
  expect(response.status).toBe(200);
}

describe('the plans list', () => {
  it('holds the demo plan with the 2012 memo’s settings, and the generated plan', async () => {
    const read = await plans.listPlans();
    expect(read.map((p) => p.caseNumber)).toEqual([DEMO_PLAN, LARGE_PLAN]);
    const iom = read[0];
    expect(iom).toMatchObject({
      title: 'Oppfølging av evaluering av IOMs innsats mot menneskehandel',
      planDate: '2011-08-25',
      coordinator: 'Seksjon for humanitære spørsmål',
      planState: 'Aktiv',
    });
    expect(JSON.parse(iom?.memoSettings ?? '{}')).toMatchObject({
      caseNumber: '11/10298-26',
      from: 'Seksjon for humanitære spørsmål',
    });
  });

  it('is created beside the measures on a site that lacks it, and a second run changes nothing', async () => {
    const list = await fetch(
      `${emulator.baseUrl}/sites/${emulator.siteId}/lists/${encodeURIComponent(PLANS_LIST_TITLE)}`,
      { method: 'DELETE' },
    );
    expect(list.status).toBe(204);
    const missing = await plans.listPlans().catch((e: unknown) => e);
    expect(isMeasuresError(missing) && missing.kind).toBe('not-found');

    const first = await provisionPlansList(client, emulator.sitePath);
    expect(first.created).toBe(true);
    expect(first.addedColumns).toEqual(PLAN_LIST_COLUMNS.map((c) => c.name));
    expect(first.indexedColumns).toEqual(['CaseNumber']);
    const second = await provisionPlansList(client, emulator.sitePath);
    expect(second).toEqual({
      created: false,
      addedColumns: [],
      indexedColumns: [],
      updatedColumns: [],
      conflictingColumns: [],
    });
    // A fresh resolver: the old list's id is gone with it.
    const fresh = createGraphPlansApi(createGraphClient({ baseUrl: emulator.baseUrl }), {
      site: emulator.sitePath,
      list: PLANS_LIST_TITLE,
    });
    expect(await fresh.listPlans()).toEqual([]);
  });
});

describe('reads scoped to the plan', () => {
  it('reads only the plan’s measures', async () => {
    const demo = await measures.listMeasures({ caseNumber: DEMO_PLAN });
    const large = await measures.listMeasures({ caseNumber: LARGE_PLAN });
    expect(demo).toHaveLength(14);
    expect(large).toHaveLength(40);
    expect(new Set(large.map((m) => m.caseNumber))).toEqual(new Set([LARGE_PLAN]));
  });

  it('still answers when CaseNumber lost its index (a list made by hand), thanks to Prefer', async () => {
    const columns = `${emulator.baseUrl}/sites/${emulator.siteId}/lists/${encodeURIComponent(emulator.listTitle)}/columns/CaseNumber`;
    const unindexed = await fetch(columns, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ indexed: false }),
    });
    expect(unindexed.status).toBe(200);
    // Without the header the list refuses, as SharePoint does.
    const bare = await fetch(
      `${itemsUrl()}?$filter=${encodeURIComponent(`fields/CaseNumber eq '${DEMO_PLAN}'`)}`,
    );
    expect(bare.status).toBe(400);
    expect(await measures.listMeasures({ caseNumber: DEMO_PLAN })).toHaveLength(14);
    await fetch(columns, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ indexed: true }),
    });
  });
});

describe('refresh by delta', () => {
  it('answers an unchanged list with nothing, then gives changes and deletions', async () => {
    const link = await measures.startChanges();
    const idle = await measures.readChanges(link);
    expect(idle).toMatchObject({ changed: [], deleted: [] });

    const [first, second] = await measures.listMeasures({ caseNumber: LARGE_PLAN });
    await patchAsOther(first?.id ?? '', { StatusReport: 'Endret av en annen enhet.' });
    const deleted = await fetch(`${itemsUrl()}/${second?.id ?? ''}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    const created = await measures.createMeasure({
      title: 'Nytt tiltak',
      caseNumber: DEMO_PLAN,
      section: 'Departementets oppfølging',
      sortOrder: 999,
      responsibleUnit: 'HUM-seksjonen',
      deadline: null,
    });

    const changes = await measures.readChanges(idle?.next ?? link);
    expect(changes?.changed.map((m) => [m.id, m.statusReport || m.title])).toEqual([
      [first?.id, 'Endret av en annen enhet.'],
      [created.id, 'Nytt tiltak'],
    ]);
    // Changes arrive with every column the tab reads.
    expect(changes?.changed[0]).toMatchObject({ caseNumber: LARGE_PLAN, title: first?.title });
    expect(changes?.deleted).toEqual([second?.id]);
    const after = await measures.readChanges(changes?.next ?? '');
    expect(after).toMatchObject({ changed: [], deleted: [] });
  });

  it('says so (null) when the token expired, so the caller reads the plan again', async () => {
    const link = await measures.startChanges();
    const reset = await fetch(`${emulator.origin}/_emulator/reset`, { method: 'POST' });
    expect(reset.ok).toBe(true);
    expect(await measures.readChanges(link)).toBeNull();
  });
});
