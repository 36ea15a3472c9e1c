// The plan's memo (MemoSettings on its item in the plans list) over real HTTP against the local
// Graph: what the export dialog writes, another caseworker's client reads back whole; a save over
// a stale eTag is refused with 412 and changes nothing; keys this version does not know survive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGraphClient,
  createGraphPlansApi,
  isMeasuresError,
  PLANS_LIST_TITLE,
  type PlansApi,
} from '../../src/graph';
import { defaultMemoSettings } from '../../src/memo/memo-settings';
import {
  readStoredMemoSettings,
  writeStoredMemoSettings,
} from '../../src/memo/stored-memo-settings';
import { memo2012Settings, seedMeasures } from '../support/memo/seed-measures';
import { startTestEmulator, type EmulatorHandle } from '../support/emulator';

let emulator: EmulatorHandle;

/** A caseworker's own client of the plans list. */
const caseworker = (): PlansApi =>
  createGraphPlansApi(createGraphClient({ baseUrl: emulator.baseUrl }), {
    site: emulator.sitePath,
    list: PLANS_LIST_TITLE,
  });

async function iomPlan(plans: PlansApi) {
  const plan = (await plans.listPlans()).find((p) => p.caseNumber === '11/10298');
  if (!plan) throw new Error('The demo has the IOM plan in the plans list.');
  return plan;
}

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

describe('the plan’s memo in the plans list', () => {
  it('round-trips a nynorsk memo of approved reports only, and refuses a stale save with 412', async () => {
    const kari = caseworker();
    const ola = caseworker();
    const defaults = defaultMemoSettings({
      caseNumber: '11/10298',
      measures: seedMeasures(),
      userName: 'Kari Nordmann',
      today: new Date('2012-12-20T12:00:00Z'),
    });
    const seen = await iomPlan(ola);
    const before = await iomPlan(kari);
    const read = readStoredMemoSettings(before.memoSettings, defaults);
    expect(read).toEqual({ settings: memo2012Settings(), problem: null });

    // A key a newer version wrote by hand: the dialog's save keeps it.
    const withFuture = JSON.stringify({ ...JSON.parse(before.memoSettings), signature: 'KHL' });
    const prepared = await kari.updatePlan(before.id, before.etag, { memoSettings: withFuture });
    const mine = {
      ...read.settings,
      language: 'nn' as const,
      approvedOnly: true,
      to: 'Utenriksministeren',
    };
    const saved = await kari.updatePlan(prepared.id, prepared.etag, {
      memoSettings: writeStoredMemoSettings(mine, prepared.memoSettings),
    });
    expect(saved.etag).not.toBe(prepared.etag);

    const theirs = await iomPlan(ola);
    expect(readStoredMemoSettings(theirs.memoSettings, defaults)).toEqual({
      settings: mine,
      problem: null,
    });
    expect(JSON.parse(theirs.memoSettings)).toMatchObject({ signature: 'KHL' });

    // Ola still holds the plan as he first read it: his save is refused, and the list keeps Kari's.
    await expect(
      ola.updatePlan(seen.id, seen.etag, {
        memoSettings: writeStoredMemoSettings({ ...defaults, to: 'Ola' }, seen.memoSettings),
      }),
    ).rejects.toSatisfy((error) => isMeasuresError(error) && error.kind === 'conflict');
    expect((await iomPlan(kari)).memoSettings).toBe(theirs.memoSettings);
  });

  it('reads empty and unreadable MemoSettings as the defaults, and says which', async () => {
    const kari = caseworker();
    const defaults = memo2012Settings();
    const plan = await iomPlan(kari);
    const emptied = await kari.updatePlan(plan.id, plan.etag, { memoSettings: '' });
    expect(readStoredMemoSettings(emptied.memoSettings, defaults)).toEqual({
      settings: defaults,
      problem: 'missing',
    });
    const broken = await kari.updatePlan(emptied.id, emptied.etag, { memoSettings: '{ "to": ' });
    expect(readStoredMemoSettings((await iomPlan(kari)).memoSettings, defaults)).toEqual({
      settings: defaults,
      problem: 'invalid',
    });
    // The next save writes whole settings over the unreadable text.
    const fixed = await kari.updatePlan(broken.id, broken.etag, {
      memoSettings: writeStoredMemoSettings({ ...defaults, to: 'A' }, broken.memoSettings),
    });
    expect(readStoredMemoSettings(fixed.memoSettings, defaults).settings.to).toBe('A');
  });
});
