// The state a new data file starts from: the demo site with the measures list, filled from the
// IOM plan of 2011 (fixtures/iom-plan-2011.json) or left empty, plus optional generated measures,
// and the plans list beside it (seed-plans.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateMeasures } from './generated-measures';
import { parseFieldWrites } from '../sharepoint/field-values';
import { createItemRecord, ensureUser, updateItemRecord } from '../sharepoint/item-records';
import { newGuid, seededRandom } from '../sharepoint/ids';
import type { RandomSource } from '../sharepoint/ids';
import { measureListColumns } from './measure-columns';
import type { SeedMeasure } from './seed-measure';
import { buildContributionsList } from './seed-contributions';
import { buildPlansList } from './seed-plans';
import type { EmulatorState, FieldValue, ListRecord } from '../sharepoint/state';
import { siteTimeZone, STATE_FORMAT } from '../sharepoint/state';
import { DEFAULT_SITE_TIME_ZONE } from '../sharepoint/time';

export type SeedKind = 'demo' | 'empty';

const FIXTURE_FILE = resolve(import.meta.dirname, '../../fixtures/iom-plan-2011.json');

export const DEMO_HOSTNAME = 'demo.sharepoint.com';
export const DEMO_SITE_PATH = '/sites/hum';
export const DEMO_LIST_TITLE = 'Oppfølgingstiltak';
// Fixed ids, so links and configuration stay valid across resets.
const DEMO_SITE_ID = `${DEMO_HOSTNAME},7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f,2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819`;
const DEMO_LIST_ID = '8a4e1f62-3b9d-4c57-9e21-6d0f4b7a2c13';
const DEMO_DRIVE_ID = 'b!PhwcfxpLbUyOnwobLD1OXy5dPF5vcEgZorPE1eb3CBlnQ2iKQb0vRLfE';
const DEMO_DRIVE_ROOT_ID = '01DEMOROOTFOLDER7QXEM5ZQGZ3MGSB7WQ';

/** The fields a unit fills in when it reports; before that the plan has only the measure. */
const REPORT_FIELDS = ['StatusReport', 'ReportedBy', 'ReportedAt', 'ReviewComment'];

type Fixture = {
  site: { hostname: string; path: string; displayName: string };
  list: { displayName: string };
  items: SeedMeasure[];
};

function readFixture(): Fixture {
  const parsed: unknown = JSON.parse(readFileSync(FIXTURE_FILE, 'utf8'));
  const fixture = parsed as Fixture;
  if (!Array.isArray(fixture.items) || typeof fixture.site?.displayName !== 'string') {
    throw new Error(`${FIXTURE_FILE} is not a measures fixture`);
  }
  return fixture;
}

/** Adds a measure as SharePoint would hold it: created from the plan, then reported on. */
function addSeedMeasure(
  state: EmulatorState,
  list: ListRecord,
  measure: SeedMeasure,
  random: RandomSource,
): void {
  const values = parseFieldWrites(list.columns, measure.fields, siteTimeZone(state));
  const reportedAt = values.get('ReportedAt');
  if (typeof reportedAt !== 'string') {
    list.items.push(
      createItemRecord(state, list, values, measure.createdBy, measure.createdDateTime, random),
    );
    return;
  }
  const plan = new Map<string, FieldValue | null>(values);
  for (const name of REPORT_FIELDS) plan.delete(name);
  plan.set('Status', 'Ikke påbegynt');
  plan.set('ReviewState', 'Ikke vurdert');
  const item = createItemRecord(
    state,
    list,
    plan,
    measure.createdBy,
    measure.createdDateTime,
    random,
  );
  const reportedBy = values.get('ReportedBy');
  const report = new Map([...values].filter(([name, value]) => plan.get(name) !== value));
  updateItemRecord(
    state,
    item,
    report,
    typeof reportedBy === 'string' ? reportedBy : measure.createdBy,
    reportedAt,
  );
  list.items.push(item);
}

export function buildSeedState(
  kind: SeedKind,
  extraMeasures = 0,
  timeZone: string = DEFAULT_SITE_TIME_ZONE,
): EmulatorState {
  const fixture = readFixture();
  const random = seededRandom(20110825);
  const createdAt = '2011-08-25T08:00:00Z';
  const list: ListRecord = {
    id: DEMO_LIST_ID,
    name: DEMO_LIST_TITLE.replace(/[^A-Za-z0-9_-]/g, ''),
    displayName: DEMO_LIST_TITLE,
    description:
      'Tiltak i oppfølgingsplaner for evalueringer, med status og rapportering per enhet.',
    createdAt,
    modifiedAt: createdAt,
    columns: measureListColumns(random),
    nextItemId: 1,
    items: [],
    tombstones: [],
  };
  const state: EmulatorState = {
    format: STATE_FORMAT,
    epoch: newGuid(),
    changeSeq: 0,
    site: {
      id: DEMO_SITE_ID,
      hostname: DEMO_HOSTNAME,
      path: DEMO_SITE_PATH,
      displayName: fixture.site.displayName,
      description: '',
      createdAt,
      timeZone,
    },
    lists: [list],
    drive: {
      id: DEMO_DRIVE_ID,
      rootId: DEMO_DRIVE_ROOT_ID,
      entries: [
        {
          id: DEMO_DRIVE_ROOT_ID,
          name: 'root',
          parentId: null,
          kind: 'folder',
          size: 0,
          mimeType: '',
          blob: null,
          version: 1,
          createdAt,
          createdBy: 'Demo',
          modifiedAt: createdAt,
          modifiedBy: 'Demo',
        },
      ],
    },
    users: [],
  };
  ensureUser(state, 'Demo');
  const measures = [...(kind === 'demo' ? fixture.items : []), ...generateMeasures(extraMeasures)];
  for (const measure of measures) addSeedMeasure(state, list, measure, random);
  state.lists.push(
    buildPlansList(state, {
      demo: kind === 'demo',
      generated: extraMeasures > 0,
      createdAt,
      random,
    }),
  );
  state.lists.push(
    buildContributionsList(state, list, { demo: kind === 'demo', createdAt, random }),
  );
  return state;
}
