import type { Contribution, ContributionUpdate } from '../domain';
import { readStatus, type ListItemJson } from './field-mapping';

/** The contributions list's title, beside the measures list on the same site. */
export const CONTRIBUTIONS_LIST_TITLE = 'Oppfølgingsinnspill';

/** The contributions list's columns by internal name: the `$select` of every read. */
export const CONTRIBUTION_FIELDS = [
  'Title',
  'MeasureId',
  'CaseNumber',
  'Unit',
  'Status',
  'Contribution',
  'ReportedBy',
  'ReportedAt',
] as const;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function instant(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** MeasureId is a number column; Graph may send it as 12 or "12". */
function measureIdOf(value: unknown): string {
  // Number.isFinite is false for anything but a number, so `typeof value === 'number'` only
  // narrows the type: its mutant is equivalent.
  if (typeof value === 'number' && Number.isFinite(value)) return String(Math.trunc(value));
  if (typeof value === 'string' && /^\d+(\.0+)?$/.test(value.trim())) {
    return String(Math.trunc(Number(value)));
  }
  return '';
}

/** Graph listItem JSON of the contributions list → Contribution. */
export function toContribution(item: ListItemJson): Contribution {
  const fields = item.fields ?? {};
  return {
    id: text(item.id) || text(fields['id']),
    etag: text(item.eTag) || text(item['@odata.etag']) || text(fields['@odata.etag']),
    measureId: measureIdOf(fields['MeasureId']),
    caseNumber: text(fields['CaseNumber']).trim(),
    unit: text(fields['Unit']).trim(),
    status: readStatus(fields['Status']),
    contribution: text(fields['Contribution']).replace(/\r\n?/g, '\n'),
    reportedBy: text(fields['ReportedBy']),
    reportedAt: instant(fields['ReportedAt']),
    modifiedAt: instant(item.lastModifiedDateTime),
  };
}

/** A new contribution item: Title names unit and measure, so the list reads well in SharePoint. */
export function newContributionFields(input: {
  measureId: string;
  measureTitle: string;
  caseNumber: string;
  unit: string;
}): Record<string, string | number> {
  return {
    Title: `${input.unit}: ${input.measureTitle}`.slice(0, 255),
    MeasureId: Number(input.measureId),
    CaseNumber: input.caseNumber,
    Unit: input.unit,
    Status: 'Ikke påbegynt',
  };
}

/** What a unit's save writes. */
export function contributionUpdateFields(
  update: ContributionUpdate,
  reportedBy: string,
  now: Date,
): Record<string, string | null> {
  return {
    Status: update.status,
    Contribution: update.contribution === '' ? null : update.contribution,
    ReportedBy: reportedBy,
    ReportedAt: now.toISOString(),
  };
}
