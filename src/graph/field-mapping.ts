import {
  isReviewState,
  isStatus,
  REVIEW_STATES,
  STATUSES,
  type Measure,
  type MeasurePatch,
  type MeasureVersion,
  type ReviewState,
  type Status,
} from '../domain';
import type { MeasureField } from './measure-columns';

/** The listItem properties (outside `fields`) that toMeasure reads. */
export const ITEM_PROPERTIES = [
  'id',
  'eTag',
  'createdDateTime',
  'lastModifiedDateTime',
  'lastModifiedBy',
  'webUrl',
] as const;

/** What a listItem looks like on the wire, as far as this app reads it. Everything is optional: toMeasure is tolerant. */
export type ListItemJson = {
  id?: unknown;
  eTag?: unknown;
  '@odata.etag'?: unknown;
  createdDateTime?: unknown;
  lastModifiedDateTime?: unknown;
  lastModifiedBy?: { user?: { displayName?: unknown } } | null;
  webUrl?: unknown;
  fields?: Record<string, unknown> | null;
};

/** A listItemVersion on the wire (`GET …/items/{id}/versions[/{vid}?$expand=fields]`). */
export type ListItemVersionJson = {
  id?: unknown;
  lastModifiedDateTime?: unknown;
  lastModifiedBy?: { user?: { displayName?: unknown } } | null;
  fields?: Record<string, unknown> | null;
};

/** The flat body of `PATCH …/items/{id}/fields`, and the `fields` of `POST …/items`. */
export type FieldsBody = Partial<Record<MeasureField, string | number | null>>;

/** Graph leaves null columns out of `fields`; any non-string (or a missing value) reads as ''. */
function readText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Multi-line plain text: SharePoint's own forms may store CRLF; the app works with \n only. */
function readMultilineText(value: unknown): string {
  return readText(value).replace(/\r\n?/g, '\n');
}

/** One unit per line, as people type them in SharePoint: blank lines and doubles dropped. */
function readUnitLines(value: unknown): string[] {
  const units: string[] = [];
  for (const line of readMultilineText(value).split('\n')) {
    const unit = line.trim();
    if (unit !== '' && !units.includes(unit)) units.push(unit);
  }
  return units;
}

function readNumber(value: unknown): number {
  // Number('') and Number('  ') are 0, the same as a missing value. Without the typeof check,
  // Number.isFinite still refuses a non-number: that mutant is equivalent.
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

function readInstant(value: unknown): string | null {
  // `value === ''` is a shortcut (Date.parse('') is NaN too): its mutants are equivalent.
  if (typeof value !== 'string' || value === '') return null;
  return Number.isNaN(Date.parse(value)) ? null : value;
}

function readDisplayName(identity: ListItemJson['lastModifiedBy']): string {
  return readText(identity?.user?.displayName);
}

/** Unicode- and case-insensitive, whitespace-trimmed match against the column's choices. */
function matchChoice<T extends string>(value: unknown, choices: readonly T[]): T | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.normalize('NFC').trim().toLocaleLowerCase('nb');
  return choices.find((c) => c.toLocaleLowerCase('nb') === wanted);
}

/**
 * Status as the domain knows it. A value outside the choices can only come from a column whose
 * choices were edited in SharePoint (the list refuses such values on write), so it cannot be
 * written back as it is anyway. It reads as 'Ikke påbegynt': the measure then shows up as open
 * and needing a report, instead of being hidden as done, and the unit's next save stores a valid
 * choice. A missing Status is what SharePoint shows for a new item without a default: also not
 * started.
 */
export function readStatus(value: unknown): Status {
  // The fast path: matchChoice finds an exact choice too, so `if (false)` here is equivalent.
  if (isStatus(value)) return value;
  return matchChoice(value, STATUSES) ?? 'Ikke påbegynt';
}

/** ReviewState outside the choices or missing reads as 'Ikke vurdert' (not yet reviewed), for the same reason as readStatus. */
export function readReviewState(value: unknown): ReviewState {
  // The fast path, as in readStatus: `if (false)` here is equivalent.
  if (isReviewState(value)) return value;
  return matchChoice(value, REVIEW_STATES) ?? 'Ikke vurdert';
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date with a wall-clock time but no offset: the date part is the date meant. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const HALF_DAY_MS = 12 * 60 * 60 * 1000;

function isRealCalendarDate(date: string): boolean {
  // Every caller passes text that matched CALENDAR_DATE, so these two guards (there for the type
  // checker) never answer: their mutants are equivalent.
  const match = CALENDAR_DATE.exec(date);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  // Stryker disable next-line BooleanLiteral,LogicalOperator: equivalent because the groups always match
  if (y === undefined || m === undefined || d === undefined) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  // A day past the month's end moves the month, a month past 12 moves the year: either of the
  // month and day checks alone is equivalent given the other two. The year check also refuses a
  // year below 100, which Date.UTC reads as 19xx.
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * A date-only column as `yyyy-mm-dd`, or null.
 *
 * Accepts `2012-08-25`, `2012-08-25T00:00:00Z`, and any other instant. SharePoint stores a
 * date-only value as midnight in the *site's* time zone, and Graph returns it converted to UTC:
 * 25 August on an Oslo site comes back as `2012-08-24T22:00:00Z` (summer) or `…T23:00:00Z`
 * (winter), and on a New York site as `2012-08-25T04:00:00Z`. Taking the UTC date would move every
 * Oslo deadline a day early. The site's time zone is not at hand here (it needs another request
 * and a permission), but the value is always a local midnight, so rounding the instant to the
 * nearest UTC midnight gives the calendar date back for every site whose UTC offset lies between
 * −12 h (exclusive) and +12 h (inclusive), which covers Norway and every site this list is for.
 */
export function readDeadline(value: unknown): string | null {
  // `value === ''` is a shortcut, as in readInstant: its mutants are equivalent.
  if (typeof value !== 'string' || value === '') return null;
  if (CALENDAR_DATE.test(value)) return isRealCalendarDate(value) ? value : null;
  const local = LOCAL_DATE_TIME.exec(value);
  if (local?.[1] !== undefined) return isRealCalendarDate(local[1]) ? local[1] : null;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return null;
  return new Date(instant + HALF_DAY_MS).toISOString().slice(0, 10);
}

/** Graph listItem JSON (with `fields` expanded) → Measure. Missing fields become '' / null / the column's default. */
export function toMeasure(item: ListItemJson): Measure {
  const fields = item.fields ?? {};
  return {
    id: readText(item.id) || readText(fields['id']),
    // The item's eTag is what If-Match compares; @odata.etag carries the same value.
    etag: readText(item.eTag) || readText(item['@odata.etag']) || readText(fields['@odata.etag']),
    title: readText(fields['Title']),
    description: readMultilineText(fields['Description']),
    caseNumber: readText(fields['CaseNumber']),
    section: readText(fields['Section']),
    sortOrder: readNumber(fields['SortOrder']),
    responsibleUnit: readText(fields['ResponsibleUnit']),
    contributingUnits: readUnitLines(fields['ContributingUnits']),
    deadline: readDeadline(fields['Deadline']),
    revisedDeadline: readDeadline(fields['RevisedDeadline']),
    deadlineChangeReason: readText(fields['DeadlineChangeReason']),
    status: readStatus(fields['Status']),
    statusReport: readMultilineText(fields['StatusReport']),
    reportedBy: readText(fields['ReportedBy']),
    reportedAt: readInstant(fields['ReportedAt']),
    reviewState: readReviewState(fields['ReviewState']),
    reviewComment: readMultilineText(fields['ReviewComment']),
    reviewedBy: readText(fields['ReviewedBy']),
    reviewedAt: readInstant(fields['ReviewedAt']),
    createdAt: readInstant(item.createdDateTime),
    modifiedAt: readInstant(item.lastModifiedDateTime),
    modifiedBy: readDisplayName(item.lastModifiedBy),
    webUrl: readText(item.webUrl),
  };
}

/** One listItemVersion (with its fields) → MeasureVersion. A field the version lacks is null, not a guess. */
export function toMeasureVersion(version: ListItemVersionJson): MeasureVersion {
  const fields = version.fields ?? {};
  const status = fields['Status'];
  return {
    id: readText(version.id),
    modifiedAt: readText(version.lastModifiedDateTime),
    modifiedBy: readDisplayName(version.lastModifiedBy),
    status: status === undefined || status === null ? null : readStatus(status),
    statusReport:
      typeof fields['StatusReport'] === 'string' ? readMultilineText(fields['StatusReport']) : null,
    reportedBy: typeof fields['ReportedBy'] === 'string' ? fields['ReportedBy'] : null,
  };
}

/** Optional text: SharePoint stores an emptied text column as null, so '' is sent as null. */
function writeOptionalText(value: string): string | null {
  return value === '' ? null : value;
}

/**
 * A date-only column expects `yyyy-mm-dd`; null clears it (an empty string is refused by SharePoint
 * for date columns). An instant is turned into its calendar date the same way readDeadline does.
 */
function writeDeadline(value: string | null): string | null {
  // readDeadline also gives null for null and '': mutants of this check are equivalent, except
  // one that sends every deadline as null.
  return value === null || value === '' ? null : readDeadline(value);
}

function writeInstant(value: string | null): string | null {
  // `value === null` → false is equivalent: null then falls through and is returned as it is.
  return value === null || value === '' ? null : value;
}

/**
 * MeasurePatch → the flat fields body by internal name. Only the properties the patch carries
 * are written: a PATCH leaves the other columns as they are.
 */
export function toFields(patch: MeasurePatch): FieldsBody {
  const body: FieldsBody = {};
  // Title is required by SharePoint: an empty title is sent as it is, so the list's own validation answers.
  if (patch.title !== undefined) body.Title = patch.title;
  if (patch.description !== undefined) body.Description = writeOptionalText(patch.description);
  if (patch.caseNumber !== undefined) body.CaseNumber = writeOptionalText(patch.caseNumber);
  if (patch.section !== undefined) body.Section = writeOptionalText(patch.section);
  if (patch.sortOrder !== undefined) {
    body.SortOrder = Number.isFinite(patch.sortOrder) ? patch.sortOrder : null;
  }
  if (patch.responsibleUnit !== undefined) {
    body.ResponsibleUnit = writeOptionalText(patch.responsibleUnit);
  }
  if (patch.contributingUnits !== undefined) {
    body.ContributingUnits = writeOptionalText(patch.contributingUnits.join('\n'));
  }
  if (patch.deadline !== undefined) body.Deadline = writeDeadline(patch.deadline);
  if (patch.revisedDeadline !== undefined) {
    body.RevisedDeadline = writeDeadline(patch.revisedDeadline);
  }
  if (patch.deadlineChangeReason !== undefined) {
    body.DeadlineChangeReason = writeOptionalText(patch.deadlineChangeReason);
  }
  if (patch.status !== undefined) body.Status = patch.status;
  if (patch.statusReport !== undefined) body.StatusReport = writeOptionalText(patch.statusReport);
  if (patch.reportedBy !== undefined) body.ReportedBy = writeOptionalText(patch.reportedBy);
  if (patch.reportedAt !== undefined) body.ReportedAt = writeInstant(patch.reportedAt);
  if (patch.reviewState !== undefined) body.ReviewState = patch.reviewState;
  if (patch.reviewComment !== undefined) {
    body.ReviewComment = writeOptionalText(patch.reviewComment);
  }
  if (patch.reviewedBy !== undefined) body.ReviewedBy = writeOptionalText(patch.reviewedBy);
  if (patch.reviewedAt !== undefined) body.ReviewedAt = writeInstant(patch.reviewedAt);
  return body;
}
