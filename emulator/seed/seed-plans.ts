// The plans list (`Oppfølgingsplaner`) of the demo site: the IOM plan of 25.08.2011 with the header
// and texts of the memo that reported on it (fixtures/notat-2012-settings.json), and the made-up
// plan of the generated measures when there are any.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFieldWrites } from '../sharepoint/field-values';
import { GENERATED_CASE_NUMBER } from './generated-measures';
import type { RandomSource } from '../sharepoint/ids';
import { createItemRecord } from '../sharepoint/item-records';
import { DEADLINE_RULE_CHOICES, planListColumns } from './measure-columns';
import type { EmulatorState, ListRecord } from '../sharepoint/state';
import { siteTimeZone } from '../sharepoint/state';

export const DEMO_PLANS_LIST_TITLE = 'Oppfølgingsplaner';
const DEMO_PLANS_LIST_ID = '5c2b7e90-1d4f-4a36-b8e2-9f0a3c6d1e47';
const MEMO_SETTINGS_FILE = resolve(import.meta.dirname, '../../fixtures/notat-2012-settings.json');

function memoSettingsOf2012(): string {
  const parsed = JSON.parse(readFileSync(MEMO_SETTINGS_FILE, 'utf8')) as Record<string, unknown>;
  delete parsed.$comment;
  return JSON.stringify(parsed);
}

type SeedPlan = { createdBy: string; createdDateTime: string; fields: Record<string, unknown> };

function iomPlan(): SeedPlan {
  return {
    createdBy: 'Kristin Hoem Langsholt',
    createdDateTime: '2011-08-25T10:00:00Z',
    fields: {
      Title: 'Oppfølging av evaluering av IOMs innsats mot menneskehandel',
      CaseNumber: '11/10298',
      Evaluation:
        'Evaluering av International Organization for Migration (IOM) sin innsats mot menneskehandel (Norad 2011)',
      PlanDate: '2011-08-25',
      ReportDue: '2012-08-25',
      DeadlineRule: DEADLINE_RULE_CHOICES[0],
      Coordinator: 'Seksjon for humanitære spørsmål',
      PlanState: 'Aktiv',
      MemoSettings: memoSettingsOf2012(),
    },
  };
}

function generatedPlan(): SeedPlan {
  return {
    createdBy: 'Kari Nordmann',
    createdDateTime: '2011-09-01T08:00:00Z',
    fields: {
      Title: 'Oppfølging av evaluering av tilskuddsforvaltningen (generert for store planer)',
      CaseNumber: GENERATED_CASE_NUMBER,
      Evaluation: 'Evaluering av tilskuddsforvaltningen i utenrikstjenesten',
      PlanDate: '2011-09-01',
      ReportDue: '2012-09-01',
      DeadlineRule: DEADLINE_RULE_CHOICES[1],
      Coordinator: 'Seksjon for økonomi og styring',
      PlanState: 'Aktiv',
    },
  };
}

export function buildPlansList(
  state: EmulatorState,
  options: { demo: boolean; generated: boolean; createdAt: string; random: RandomSource },
): ListRecord {
  const list: ListRecord = {
    id: DEMO_PLANS_LIST_ID,
    name: DEMO_PLANS_LIST_TITLE.replace(/[^A-Za-z0-9_-]/g, ''),
    displayName: DEMO_PLANS_LIST_TITLE,
    description: 'Oppfølgingsplanene: én per saksnummer, med notatoppsettet for rapporteringen.',
    createdAt: options.createdAt,
    modifiedAt: options.createdAt,
    columns: planListColumns(options.random),
    nextItemId: 1,
    items: [],
    tombstones: [],
  };
  const plans = [
    ...(options.demo ? [iomPlan()] : []),
    ...(options.generated ? [generatedPlan()] : []),
  ];
  for (const plan of plans) {
    const values = parseFieldWrites(list.columns, plan.fields, siteTimeZone(state));
    list.items.push(
      createItemRecord(state, list, values, plan.createdBy, plan.createdDateTime, options.random),
    );
  }
  return list;
}
