// The demo plan (fixtures/iom-plan-2011.json) as domain measures, and a factory for made-up
// ones. Test support only: the app reads measures through Graph (src/graph), and so do these.
import seed from '../../../fixtures/iom-plan-2011.json';
import settings2012 from '../../../fixtures/notat-2012-settings.json';
import type { Measure } from '../../../src/domain';
import { toMeasure } from '../../../src/graph/field-mapping';
import type { MemoSettings } from '../../../src/memo/memo-settings';
import { MEMO_PURPOSES } from '../../../src/memo/memo-settings';

type SeedItem = (typeof seed.items)[number];

/** A fixture item as Graph returns it, so the one mapping of the tab (src/graph) reads it. */
function toGraphItem(item: SeedItem, index: number) {
  return {
    id: String(index + 1),
    eTag: `"seed-${index + 1},1"`,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.createdDateTime,
    createdBy: { user: { displayName: item.createdBy } },
    lastModifiedBy: { user: { displayName: item.createdBy } },
    fields: item.fields,
  };
}

/** The 14 measures of the IOM plan of 25.08.2011, with the reports of the memo of 20.12.2012. */
export function seedMeasures(): Measure[] {
  return seed.items.map((item, index) => toMeasure(toGraphItem(item, index)));
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
    approvedOnly: settings2012.approvedOnly,
    language: settings2012.language === 'nn' ? 'nn' : 'nb',
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
    contributingUnits: [],
    revisedDeadline: null,
    deadlineChangeReason: '',
    status: 'Pågår',
    statusReport: `Rapport for tiltak ${id}.`,
    reportedBy: 'Kari Nordmann',
    reportedAt: '2012-12-03T09:12:00Z',
    reviewState: 'Ikke vurdert',
    reviewComment: '',
    reviewedBy: '',
    reviewedAt: null,
    createdAt: '2011-08-25T10:00:00Z',
    modifiedAt: '2012-12-03T09:12:00Z',
    modifiedBy: 'Kari Nordmann',
    webUrl: '',
    ...overrides,
  };
}
