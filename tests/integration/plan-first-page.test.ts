// A large plan is shown from its first page on: readPlan (what the tab's refresh runs) over real
// HTTP against the local Graph, with a plan of three pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, createGraphMeasuresApi, type MeasuresApi } from '../../src/graph';
import { PAGE_SIZE } from '../../src/graph/graph-measures-api';
import {
  createLocalWrites,
  readPlan,
  type PlanData,
  type ReadPlanOptions,
} from '../../src/features/shared/plan-sync';
import { startTestEmulator, type EmulatorHandle } from '../support/emulator';

const LARGE_PLAN = '99/00001';
const COUNT = 2 * PAGE_SIZE + 200;

let emulator: EmulatorHandle;
let measures: MeasuresApi;

beforeAll(async () => {
  emulator = await startTestEmulator({ extraMeasures: COUNT });
  const client = createGraphClient({ baseUrl: emulator.baseUrl });
  measures = createGraphMeasuresApi(client, { site: emulator.sitePath, list: emulator.listTitle });
}, 120_000);
afterAll(() => emulator.close());

function options(current: () => PlanData | undefined): ReadPlanOptions {
  return {
    caseNumber: LARGE_PLAN,
    wholeListWhenEmpty: false,
    current,
    isEditing: () => false,
    writes: createLocalWrites(),
  };
}

describe('the first read of a large plan', () => {
  it('shows the first page while the rest is read, then the whole plan', async () => {
    const early: PlanData[] = [];
    const whole = await readPlan(measures, {
      ...options(() => undefined),
      showEarly: (data) => early.push(data),
    });
    expect(early).toHaveLength(1);
    expect(early[0]?.measures).toHaveLength(PAGE_SIZE);
    expect(early[0]?.partial).toBe(true);
    expect(whole.measures).toHaveLength(COUNT);
    expect(whole.partial).toBeUndefined();
    expect(whole.deltaLink).not.toBeNull();
    // The first page is the start of the whole, measure for measure.
    expect(early[0]?.measures.map((m) => m.id)).toEqual(
      whole.measures.slice(0, PAGE_SIZE).map((m) => m.id),
    );
  });

  it('reads in full, not by delta, when a refresh starts while only the first page is shown', async () => {
    let shown: PlanData | undefined;
    await readPlan(measures, {
      ...options(() => shown),
      showEarly: (data) => {
        shown = data;
      },
    });
    const early = shown;
    if (!early) throw new Error('nothing shown early');
    const again = await readPlan(
      measures,
      options(() => early),
    );
    expect(again.measures).toHaveLength(COUNT);
  });

  it('keeps the whole plan on screen when a later full read starts (the delta link expired)', async () => {
    const first = await readPlan(
      measures,
      options(() => undefined),
    );
    const early: PlanData[] = [];
    const stale = { ...first, deltaLink: null };
    const again = await readPlan(measures, {
      ...options(() => stale),
      showEarly: (data) => early.push(data),
    });
    expect(early).toEqual([]);
    expect(again.measures).toHaveLength(COUNT);
  });
});
