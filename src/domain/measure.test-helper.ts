import type { Measure } from './measure';

/** A measure of the demo plan with plausible defaults, for tests: only what a test cares about is given. */
export function testMeasure(id: string, overrides: Partial<Measure> = {}): Measure {
  return {
    id,
    etag: `"${id},1"`,
    title: `Tiltak ${id}`,
    description: '',
    caseNumber: '11/10298',
    section: 'Departementets oppfølging',
    sortOrder: Number(id),
    responsibleUnit: 'HUM-seksjonen',
    contributingUnits: [],
    deadline: null,
    revisedDeadline: null,
    deadlineChangeReason: '',
    status: 'Pågår',
    statusReport: '',
    reportedBy: '',
    reportedAt: null,
    reviewState: 'Ikke vurdert',
    reviewComment: '',
    reviewedBy: '',
    reviewedAt: null,
    createdAt: null,
    modifiedAt: null,
    modifiedBy: '',
    webUrl: '',
    ...overrides,
  };
}
