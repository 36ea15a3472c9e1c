// The contributions list (`Oppfølgingsinnspill`) of the demo site: what the units said on the
// 2011 plan's shared measures (fixtures/iom-contributions-2012.json), each as its unit's own item.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFieldWrites } from '../sharepoint/field-values';
import type { RandomSource } from '../sharepoint/ids';
import { createItemRecord } from '../sharepoint/item-records';
import { contributionListColumns } from './measure-columns';
import type { EmulatorState, ListRecord } from '../sharepoint/state';
import { siteTimeZone } from '../sharepoint/state';

export const DEMO_CONTRIBUTIONS_LIST_TITLE = 'Oppfølgingsinnspill';
const DEMO_CONTRIBUTIONS_LIST_ID = '3e9d5a17-8c42-4f0b-a6d1-2b7c9e4f8a05';
const CONTRIBUTIONS_FILE = resolve(
  import.meta.dirname,
  '../../fixtures/iom-contributions-2012.json',
);
const CASE_NUMBER = '11/10298';

type SeedContribution = {
  measureSortOrder: number;
  unit: string;
  status: string;
  contribution: string;
  reportedBy: string;
  reportedAt: string;
};

function readContributions(): SeedContribution[] {
  const parsed = JSON.parse(readFileSync(CONTRIBUTIONS_FILE, 'utf8')) as { items?: unknown };
  if (!Array.isArray(parsed.items)) throw new Error(`${CONTRIBUTIONS_FILE} has no items`);
  return parsed.items as SeedContribution[];
}

export function buildContributionsList(
  state: EmulatorState,
  measures: ListRecord,
  options: { demo: boolean; createdAt: string; random: RandomSource },
): ListRecord {
  const list: ListRecord = {
    id: DEMO_CONTRIBUTIONS_LIST_ID,
    name: DEMO_CONTRIBUTIONS_LIST_TITLE.replace(/[^A-Za-z0-9_-]/g, ''),
    displayName: DEMO_CONTRIBUTIONS_LIST_TITLE,
    description: 'Innspill fra bidragsytende enheter: ett element per tiltak og enhet.',
    createdAt: options.createdAt,
    modifiedAt: options.createdAt,
    columns: contributionListColumns(options.random),
    nextItemId: 1,
    items: [],
    tombstones: [],
  };
  if (!options.demo) return list;
  for (const seed of readContributions()) {
    const measure = measures.items.find(
      (item) =>
        item.fields['CaseNumber'] === CASE_NUMBER &&
        item.fields['SortOrder'] === seed.measureSortOrder,
    );
    if (!measure) throw new Error(`No demo measure with SortOrder ${seed.measureSortOrder}`);
    const title = measure.fields['Title'];
    const values = parseFieldWrites(
      list.columns,
      {
        Title: `${seed.unit}: ${typeof title === 'string' ? title : ''}`.slice(0, 255),
        MeasureId: Number(measure.id),
        CaseNumber: CASE_NUMBER,
        Unit: seed.unit,
        Status: seed.status,
        Contribution: seed.contribution,
        ReportedBy: seed.reportedBy,
        ReportedAt: seed.reportedAt,
      },
      siteTimeZone(state),
    );
    list.items.push(
      createItemRecord(state, list, values, seed.reportedBy, seed.reportedAt, options.random),
    );
  }
  return list;
}
