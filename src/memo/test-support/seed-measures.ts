// The demo plan (fixtures/iom-plan-2011.json) as domain measures, and a factory for made-up
// ones. Test support only: the app reads measures through Graph (src/graph).
import seed from '../../../fixtures/iom-plan-2011.json';
import settings2012 from '../../../fixtures/notat-2012-settings.json';
import type { Measure } from '../../domain';
import { isReviewState, isStatus } from '../../domain';
import type { MemoSettings } from '../memo-settings';
import { MEMO_PURPOSES } from '../memo-settings';

type SeedItem = (typeof seed.items)[number];

function toMeasure(item: SeedItem, index: number): Measure {
  const f: Partial<Record<string, unknown>> = item.fields;
  const text = (name: string) => (typeof f[name] === 'string' ? (f[name] as string) : '');
  const status = f.Status;
  const reviewState = f.ReviewState;
  return {
    id: String(index + 1),
    etag: `"seed-${index + 1},1"`,
    title: text('Title'),
    description: text('Description'),
    caseNumber: text('CaseNumber'),
    section: text('Section'),
    sortOrder: typeof f.SortOrder === 'number' ? f.SortOrder : 0,
    responsibleUnit: text('ResponsibleUnit'),
    deadline: text('Deadline') || null,
    status: isStatus(status) ? status : 'Ikke påbegynt',
    statusReport: text('StatusReport'),
    reportedBy: text('ReportedBy'),
    reportedAt: text('ReportedAt') || null,
    reviewState: isReviewState(reviewState) ? reviewState : 'Ikke vurdert',
    reviewComment: text('ReviewComment'),
    createdAt: item.createdDateTime,
    modifiedAt: item.createdDateTime,
    modifiedBy: item.createdBy,
    webUrl: '',
  };
}

/** The 14 measures of the IOM plan of 25.08.2011, with the reports of the memo of 20.12.2012. */
export function seedMeasures(): Measure[] {
  return seed.items.map(toMeasure);
}

/** The header, texts and attachments of the memo of 20.12.2012 (fixtures/notat-2012-settings.json). */
export function memo2012Settings(): MemoSettings {
  const known = MEMO_PURPOSES.find((p) => p === settings2012.purpose);
  if (!known) throw new Error(`notat-2012-settings.json: unknown purpose ${settings2012.purpose}`);
  return {
    to: settings2012.to,
    via: settings2012.via,
    copyTo: settings2012.copyTo,
    from: settings2012.from,
    caseworker: settings2012.caseworker,
    date: settings2012.date,
    caseNumber: settings2012.caseNumber,
    purpose: known,
    subject: settings2012.subject,
    introduction: settings2012.introduction,
    sectionIntroductions: settings2012.sectionIntroductions,
    closing: settings2012.closing,
    attachments: settings2012.attachments,
    includeAppendix: settings2012.includeAppendix,
    exemption: settings2012.exemption,
    includeUnreported: settings2012.includeUnreported,
  };
}

let nextId = 1;

/** A measure with plausible values; override what the test is about. */
export function makeMeasure(overrides: Partial<Measure> = {}): Measure {
  const id = String(nextId++);
  return {
    id,
    etag: `"${id},1"`,
    title: `Tiltak ${id}`,
    description: '',
    caseNumber: '11/10298',
    section: 'Departementets oppfølging',
    sortOrder: Number(id) * 10,
    responsibleUnit: 'HUM-seksjonen',
    deadline: '2012-08-25',
    status: 'Pågår',
    statusReport: `Rapport for tiltak ${id}.`,
    reportedBy: 'Kari Nordmann',
    reportedAt: '2012-12-03T09:12:00Z',
    reviewState: 'Ikke vurdert',
    reviewComment: '',
    createdAt: '2011-08-25T10:00:00Z',
    modifiedAt: '2012-12-03T09:12:00Z',
    modifiedBy: 'Kari Nordmann',
    webUrl: '',
    ...overrides,
  };
}
